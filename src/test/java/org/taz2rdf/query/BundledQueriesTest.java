package org.taz2rdf.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.OpWalker;
import org.apache.jena.sparql.algebra.op.OpAssign;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpExtend;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpGraph;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.op.OpLeftJoin;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.algebra.op.OpProject;
import org.apache.jena.sparql.algebra.op.OpQuad;
import org.apache.jena.sparql.algebra.op.OpQuadPattern;
import org.apache.jena.sparql.algebra.op.OpTable;
import org.apache.jena.sparql.algebra.op.OpTriple;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.core.VarExprList;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprVar;
import org.apache.jena.sparql.expr.ExprVars;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.taz2rdf.cli.Main;
import org.taz2rdf.diagnostic.DiagnosticPolicy;
import org.taz2rdf.pipeline.UnitReader;
import org.taz2rdf.rdf.ArticleMapper;
import org.taz2rdf.rdf.IriMinter;
import org.taz2rdf.source.Input;
import org.taz2rdf.store.ArticleLoader;
import org.taz2rdf.store.ArticleStore;
import org.taz2rdf.store.LoadResult;

/**
 * The bundled queries ({@code src/main/resources/queries/}), run over a real TDB2 store loaded through the real
 * pipeline from a fixed corpus (the samples and the golden inputs), each compared with its expected result under
 * {@code src/test/resources/queries/expected/}: {@code NAME.csv} for a SELECT, {@code NAME.nt} (N-Triples, lines
 * sorted) for a CONSTRUCT; a query run a second time with other parameters has {@code NAME--CASE.csv}. Run with
 * {@code -Dgolden.update=true} to rewrite the expectations after a deliberate change, and review the diff. Also:
 * the index and the folder agree, every query declares the parameters it needs and no others, parameter values
 * cannot change what a query does, bad values and runaway queries are refused, and the {@code query} command
 * lists the queries and refuses a missing parameter or an unknown name.
 */
class BundledQueriesTest {

    private static final boolean UPDATE = Boolean.getBoolean("golden.update");
    private static final Path QUERIES = Path.of("src/main/resources/queries");
    private static final Path EXPECTED = Path.of("src/test/resources/queries/expected");
    private static final String CASE_SEPARATOR = "--";

    /**
     * The corpus, fixed so that the expected results change only when it is changed here: the samples and the
     * golden inputs (menus among them, which load nothing). Inputs that hold the same article twice are loaded
     * once (the second is unchanged and skipped).
     */
    private static final List<String> CORPUS = List.of(
            "samples/fictional-multi-author-!9000001.txt",
            "samples/fictional-raw-gemtext-!9000020.txt",
            "samples/fictional-raw-gopher-!9000010.txt",
            "samples/gemini-002-!5018974.txt",
            "samples/gopher-019-!6117218.txt",
            "samples/gopher-026-!5823661.txt",
            "samples/seed-musk-trump.txt",
            "src/test/resources/golden/fictional/fictional-cortex-paragraphs-!9000040.txt",
            "src/test/resources/golden/fictional/fictional-crlf-bom-!9000060.txt",
            "src/test/resources/golden/fictional/fictional-cut-mid-body-!9000050.txt",
            "src/test/resources/golden/fictional/fictional-multi-author-!9000001.txt",
            "src/test/resources/golden/fictional/fictional-no-end-sections-!9000030.txt",
            "src/test/resources/golden/fictional/fictional-no-id.txt",
            "src/test/resources/golden/fictional/fictional-raw-gemtext-!9000020.txt",
            "src/test/resources/golden/fictional/fictional-raw-gemtext-nostatus-!9000021.txt",
            "src/test/resources/golden/fictional/fictional-raw-gopher-!9000010.txt",
            "src/test/resources/golden/fictional/fictional-raw-gopher-menu-!t5000003.txt",
            "src/test/resources/golden/real/gemini-001-!5042313.txt",
            "src/test/resources/golden/real/gemini-002-!5018974.txt",
            "src/test/resources/golden/real/gopher-001-!5536273.txt",
            "src/test/resources/golden/real/gopher-002-!6001773.txt",
            "src/test/resources/golden/real/gopher-003-!6079396.txt",
            "src/test/resources/golden/real/gopher-004-!5816977.txt",
            "src/test/resources/golden/real/gopher-007-!6103375.txt",
            "src/test/resources/golden/real/gopher-009-!5857450.txt",
            "src/test/resources/golden/real/gopher-010-!5867303.txt",
            "src/test/resources/golden/real/gopher-011-!5913279.txt",
            "src/test/resources/golden/real/gopher-012-!5910563.txt",
            "src/test/resources/golden/real/gopher-015-!5747714.txt",
            "src/test/resources/golden/real/gopher-017-!5354251.txt",
            "src/test/resources/golden/real/gopher-018-!5422401.txt",
            "src/test/resources/golden/real/gopher-019-!6117218.txt",
            "src/test/resources/golden/real/gopher-021-!6009114.txt",
            "src/test/resources/golden/real/gopher-022-!5063960.txt",
            "src/test/resources/golden/real/gopher-023-!5351726.txt",
            "src/test/resources/golden/real/gopher-024-!5290656.txt",
            "src/test/resources/golden/real/gopher-026-!5823661.txt",
            "src/test/resources/golden/real/gopher-027-!5065164.txt",
            "src/test/resources/golden/real/gopher-029-!5355921.txt",
            "src/test/resources/golden/real/gopher-030-!5578639.txt",
            "src/test/resources/golden/real/gopher-032-!5087667.txt",
            "src/test/resources/golden/real/gopher-033-!5330194.txt",
            "src/test/resources/golden/real/gopher-034-!5806109.txt",
            "src/test/resources/golden/real/gopher-035-!5885540.txt",
            "src/test/resources/golden/real/gopher-037-!6016479.txt",
            "src/test/resources/golden/real/gopher-038-!5036158.txt",
            "src/test/resources/golden/real/gopher-041-!5956607.txt",
            "src/test/resources/golden/real/menu-001-!p4611.txt",
            "src/test/resources/golden/real/menu-002.txt",
            "src/test/resources/golden/real/menu-003.txt",
            "src/test/resources/golden/real/menu-004.txt",
            "src/test/resources/golden/real/menu-005-!t5007672.txt",
            "src/test/resources/golden/real/menu-006-!t5007672.txt",
            "src/test/resources/golden/real/menu-007-!p4650.txt",
            "src/test/resources/golden/real/menu-008-!t5201005.txt",
            "src/test/resources/golden/real/menu-009-!t5201005.txt",
            "src/test/resources/golden/real/menu-011-!t5012540.txt",
            "src/test/resources/golden/real/menu-013-!a52368.txt",
            "src/test/resources/golden/real/menu-014-!p4644.txt",
            "src/test/resources/golden/real/menu-015-!a25581.txt",
            "src/test/resources/golden/real/menu-016-!t5698201.txt",
            "src/test/resources/golden/real/menu-017-!p4650.txt",
            "src/test/resources/golden/real/menu-018-!p4650.txt",
            "src/test/resources/golden/real/menu-020-!p4621.txt",
            "src/test/resources/golden/real/seed-musk-trump.txt");

    /** The distinct articles of {@link #CORPUS}. */
    private static final int ARTICLES = 40;

    /**
     * Each run of a bundled query: {@code NAME} (expected result {@code NAME.csv} or {@code .nt}) or
     * {@code NAME--CASE} for a further run with other values, and its parameters as a user gives them. Values are
     * chosen so that every result is non-empty and shows what the query is for.
     */
    private static final Map<String, Map<String, String>> CASES = cases(
            "tags", Map.of(),
            "articles-by-tag", Map.of("tag", "Gedicht"),
            "articles-by-tag--shared", Map.of("tag", "Hamburger Hafen"),
            "co-occurring-tags", Map.of("tag", "Hamburger Hafen"),
            "tag-timeline", Map.of("tag", "Hamburger Hafen"),
            "authors", Map.of(),
            "articles-by-author", Map.of("author", "Thomas Gsella"),
            "co-authors", Map.of("author", "Jana Wiegand"),
            "articles-in-date-range", Map.of("from", "2025-01-01", "to", "2025-03-31"),
            "article", Map.of("article", "https://taz.de/!9000001/"),
            "article--resolved", Map.of("article", "https://taz.de/!5823661/"),
            "article-links", Map.of("article", "https://taz.de/!9000001/"),
            "article-links--cut-and-missing", Map.of("article", "https://taz2rdf.example/id/article/e974d0a0f2becb7f"),
            "article-links--no-links-section", Map.of("article", "https://taz.de/!5536273/"),
            "articles-citing", Map.of("article", "https://taz.de/!9000001/"),
            "most-cited", Map.of(),
            "related-articles", Map.of("article", "https://taz.de/!9000001/"),
            "related-articles--resolved", Map.of("article", "https://taz.de/!5823661/"),
            "related-articles--shared-entry", Map.of("article", "https://taz.de/!5885540/"),
            "related-to", Map.of("article", "https://taz.de/!5806109/"),
            "related-to--direct", Map.of("article", "https://taz.de/!9000001/"),
            "related-graph", Map.of(),
            "unresolved-related", Map.of());

    @TempDir
    static Path storeFolder;

    private static ArticleStore store;

    @BeforeAll
    static void loadTheCorpus() {
        store = ArticleStore.open(storeFolder);
        IriMinter iris = new IriMinter(IriMinter.DEFAULT_BASE);
        UnitReader reader = new UnitReader(DiagnosticPolicy.LENIENT, new ArticleMapper(iris));
        ArticleLoader loader = new ArticleLoader(store, iris, "test",
                Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC), 50);
        for (String path : CORPUS) {
            reader.read(new Input.FileInput(Path.of(path)), Optional.empty()).units().forEach(loader::add);
        }
        LoadResult result = loader.finish();
        assertThat(result.added()).as("articles loaded from the corpus").isEqualTo(ARTICLES);
    }

    @AfterAll
    static void closeTheStore() {
        if (store != null) {
            store.close();
        }
    }

    // ---------------------------------------------------------------- expected results

    @TestFactory
    Stream<DynamicTest> everyBundledQueryGivesItsExpectedResult() {
        return CASES.entrySet().stream().map(run -> DynamicTest.dynamicTest(run.getKey(),
                () -> check(run.getKey(), run.getValue())));
    }

    @Test
    void everyBundledQueryIsRunByTheTest() {
        Set<String> run = CASES.keySet().stream().map(BundledQueriesTest::queryName).collect(Collectors.toSet());
        assertThat(BundledQuery.all()).extracting(BundledQuery::name)
                .as("bundled queries without a run (and so without an expected result) in CASES")
                .allMatch(run::contains);
    }

    @Test
    void everyExpectedResultBelongsToARunOfABundledQuery() throws IOException {
        List<String> orphans = new ArrayList<>();
        if (!Files.isDirectory(EXPECTED)) {
            return;
        }
        try (Stream<Path> files = Files.list(EXPECTED)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                int dot = name.lastIndexOf('.');
                String run = dot < 0 ? name : name.substring(0, dot);
                Optional<BundledQuery> query = BundledQuery.named(queryName(run));
                if (!CASES.containsKey(run) || query.isEmpty() || !file.equals(expectedFile(query.get(), run))) {
                    orphans.add(name);
                }
            }
        }
        assertThat(orphans).as("expected results in " + EXPECTED + " without a bundled query run in CASES")
                .isEmpty();
    }

    private static void check(String run, Map<String, String> values) throws IOException {
        BundledQuery query = BundledQuery.named(queryName(run))
                .orElseThrow(() -> new AssertionError("CASES runs '" + run + "', which is no bundled query"));
        assertThat(values.keySet()).as("parameters given to " + run)
                .isEqualTo(query.parameters().stream().map(Parameter::name).collect(Collectors.toSet()));
        String actual = run(query, bindings(query, values));
        Path expected = expectedFile(query, run);
        if (UPDATE) {
            Files.createDirectories(EXPECTED);
            Files.writeString(expected, actual);
        }
        if (!Files.exists(expected)) {
            fail("no expected result " + expected + " for " + run + "; write it, or run with -Dgolden.update=true"
                    + " and review it");
        }
        String want = Files.readString(expected);
        assertThat(rows(want, expected.toString().endsWith(".nt"))).as("rows of " + expected + " (a query that returns nothing proves nothing)")
                .isPositive();
        assertThat(actual).as("result of " + run + " " + values + " against " + expected).isEqualTo(want);
    }

    private static Path expectedFile(BundledQuery query, String run) {
        return EXPECTED.resolve(run + (QueryRunner.parse(query.text()).isConstructType() ? ".nt" : ".csv"));
    }

    private static String queryName(String run) {
        int separator = run.indexOf(CASE_SEPARATOR);
        return separator < 0 ? run : run.substring(0, separator);
    }

    private static Map<String, Node> bindings(BundledQuery query, Map<String, String> values) {
        Map<String, Node> bindings = new LinkedHashMap<>();
        for (Parameter parameter : query.parameters()) {
            bindings.put(parameter.name(), parameter.type().toNode(values.get(parameter.name())));
        }
        return bindings;
    }

    /** A SELECT's CSV with {@code \n} line ends, or a CONSTRUCT's N-Triples with the lines sorted. */
    private static String run(BundledQuery query, Map<String, Node> bindings) {
        Query parsed = QueryRunner.parse(query.text());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new QueryRunner(store.dataset(), Duration.ofSeconds(30))
                .run(parsed, bindings, ResultFormat.csv, RDFFormat.NTRIPLES_UTF8, out);
        String text = out.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
        if (parsed.isConstructType() || parsed.isDescribeType()) {
            return text.lines().filter(line -> !line.isBlank()).sorted()
                    .map(line -> line + "\n").collect(Collectors.joining());
        }
        return text;
    }

    /** Result rows: CSV lines after the header, or N-Triples lines. */
    private static long rows(String result, boolean triples) {
        long lines = result.lines().filter(line -> !line.isBlank()).count();
        return triples ? lines : lines - 1;
    }

    // ---------------------------------------------------------------- the queries themselves

    @Test
    void theIndexListsEveryQueryInTheFolderAndNoOther() throws IOException {
        List<String> indexed = Files.readAllLines(QUERIES.resolve("INDEX")).stream().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        Set<String> files;
        try (Stream<Path> list = Files.list(QUERIES)) {
            files = list.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(".rq"))
                    .map(name -> name.substring(0, name.length() - 3)).collect(Collectors.toCollection(TreeSet::new));
        }
        assertThat(indexed).as("INDEX").doesNotHaveDuplicates();
        assertThat(new TreeSet<>(indexed)).as("names in INDEX against the .rq files beside it").isEqualTo(files);
        assertThat(indexed).as("names are kebab-case").allMatch(name -> name.matches("[a-z0-9]+(-[a-z0-9]+)*"));
        assertThat(BundledQuery.all()).extracting(BundledQuery::name).as("what the classpath gives")
                .containsExactlyElementsOf(indexed);
    }

    @TestFactory
    Stream<DynamicTest> everyQueryParsesAndDeclaresExactlyTheParametersItUses() {
        return BundledQuery.all().stream().map(query -> DynamicTest.dynamicTest(query.name(), () -> {
            assertThat(query.description()).as("description of " + query.name()).isNotBlank();
            long paramLines = query.text().lines().filter(line -> line.strip().matches("#\\s*param:.*")).count();
            assertThat(query.parameters()).as("'# param: NAME TYPE description' lines of " + query.name()
                    + " that were read (a line without a description is dropped)").hasSize((int) paramLines);
            Set<String> declared = new LinkedHashSet<>();
            for (Parameter parameter : query.parameters()) {
                assertThat(declared.add(parameter.name())).as("parameter " + parameter.name() + " declared twice")
                        .isTrue();
                assertThat(parameter.description()).isNotBlank();
            }
            Query parsed = QueryRunner.parse(query.text());
            assertThat(parsed.isSelectType() || parsed.isConstructType()).as(query.name() + " is SELECT or CONSTRUCT")
                    .isTrue();
            VariableUse use = VariableUse.of(parsed);
            Set<String> free = names(use.free());
            assertThat(free).as("variables of " + query.name() + " that nothing in it binds, so they must be"
                    + " parameters").isSubsetOf(declared);
            assertThat(declared).as("declared parameters of " + query.name() + " that it does not use")
                    .isSubsetOf(names(use.mentioned()));
        }));
    }

    private static Set<String> names(Set<Var> vars) {
        return vars.stream().map(Var::getVarName).collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * Which variables a query binds (triple and quad patterns, GRAPH, BIND, VALUES, aggregates, also inside
     * EXISTS and sub-queries) and which it uses (in expressions, projections, ordering and CONSTRUCT templates).
     * A variable that is used but never bound has a value only when the caller gives one: a parameter.
     */
    private static final class VariableUse extends OpVisitorBase {
        private final Set<Var> bound = new HashSet<>();
        private final Set<Var> used = new HashSet<>();

        static VariableUse of(Query query) {
            VariableUse use = new VariableUse();
            use.walk(Algebra.compile(query));
            if (query.isConstructType()) {
                for (Triple triple : query.getConstructTemplate().getTriples()) {
                    Stream.of(triple.getSubject(), triple.getPredicate(), triple.getObject())
                            .filter(Node::isVariable).forEach(node -> use.used.add(Var.alloc(node)));
                }
            }
            if (query.isSelectType()) {
                use.used.addAll(query.getProjectVars());
            }
            return use;
        }

        Set<Var> free() {
            Set<Var> free = new TreeSet<>((a, b) -> a.getVarName().compareTo(b.getVarName()));
            used.stream().filter(var -> !bound.contains(var)).forEach(free::add);
            return free;
        }

        Set<Var> mentioned() {
            Set<Var> all = new HashSet<>(bound);
            all.addAll(used);
            return all;
        }

        private void walk(Op op) {
            OpWalker.walk(op, this);
        }

        private void bind(Node... nodes) {
            for (Node node : nodes) {
                if (node != null && node.isVariable()) {
                    bound.add(Var.alloc(node));
                }
            }
        }

        private void use(Expr expr) {
            if (expr == null) {
                return;
            }
            if (expr instanceof ExprFunctionOp exists) {
                walk(exists.getGraphPattern());
            }
            if (expr instanceof ExprAggregator aggregate) {
                bound.add(aggregate.getVar());
                ExprList args = aggregate.getAggregator().getExprList();
                if (args != null) {
                    args.forEach(this::use);
                }
                return;
            }
            if (expr instanceof ExprVar var) {
                used.add(var.asVar());
            } else if (expr instanceof ExprFunction function) {
                function.getArgs().forEach(this::use);
            } else {
                used.addAll(ExprVars.getNonOpVarsMentioned(expr));
            }
        }

        private void use(ExprList exprs) {
            if (exprs != null) {
                exprs.forEach(this::use);
            }
        }

        private void assign(VarExprList assignments) {
            assignments.forEachVarExpr((var, expr) -> {
                bound.add(var);
                use(expr);
            });
        }

        @Override
        public void visit(OpBGP op) {
            op.getPattern().forEach(t -> bind(t.getSubject(), t.getPredicate(), t.getObject()));
        }

        @Override
        public void visit(OpTriple op) {
            Triple t = op.getTriple();
            bind(t.getSubject(), t.getPredicate(), t.getObject());
        }

        @Override
        public void visit(OpQuadPattern op) {
            bind(op.getGraphNode());
            op.getBasicPattern().forEach(t -> bind(t.getSubject(), t.getPredicate(), t.getObject()));
        }

        @Override
        public void visit(OpQuad op) {
            Quad q = op.getQuad();
            bind(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject());
        }

        @Override
        public void visit(OpPath op) {
            bind(op.getTriplePath().getSubject(), op.getTriplePath().getObject());
        }

        @Override
        public void visit(OpGraph op) {
            bind(op.getNode());
        }

        @Override
        public void visit(OpTable op) {
            bound.addAll(op.getTable().getVars());
        }

        @Override
        public void visit(OpExtend op) {
            assign(op.getVarExprList());
        }

        @Override
        public void visit(OpAssign op) {
            assign(op.getVarExprList());
        }

        @Override
        public void visit(OpFilter op) {
            use(op.getExprs());
        }

        @Override
        public void visit(OpLeftJoin op) {
            use(op.getExprs());
        }

        @Override
        public void visit(OpGroup op) {
            assign(op.getGroupVars());
            op.getAggregators().forEach(this::use);
        }

        @Override
        public void visit(OpOrder op) {
            op.getConditions().forEach(condition -> use(condition.getExpression()));
        }

        @Override
        public void visit(OpProject op) {
            used.addAll(op.getVars());
        }
    }

    @Test
    void theVariableCheckFindsAnUndeclaredAndAnUnusedParameter() {
        Query query = QueryRunner.parse("PREFIX s: <https://schema.org/> SELECT ?a WHERE { ?a s:name ?n"
                + " FILTER(STR(?n) = ?name) FILTER NOT EXISTS { ?a s:url ?u FILTER(?u = ?url) } }");
        assertThat(names(VariableUse.of(query).free())).containsExactly("name", "url");
        assertThat(names(VariableUse.of(query).mentioned())).containsExactlyInAnyOrder("a", "n", "name", "u", "url");
    }

    // ---------------------------------------------------------------- parameters are terms, not text

    @ParameterizedTest
    @ValueSource(strings = {
        "x\" } ; DROP ALL ; #",
        "\"} UNION { ?s ?p ?o }",
        "<https://evil>",
        "Gedicht\" || true || \"",
        "') } ; CLEAR DEFAULT ; SELECT * { ('",
        "\\\" } INSERT DATA { <urn:a> <urn:b> <urn:c> } #"
    })
    void aParameterValueCannotChangeWhatTheQueryDoes(String value) {
        long before = quads();
        BundledQuery query = BundledQuery.named("articles-by-tag").orElseThrow();
        String result = run(query, Map.of("tag", ParameterType.string.toNode(value)));
        assertThat(rows(result, false)).as("rows for tag " + value).isZero();
        assertThat(result).startsWith("article,headline,date");
        assertThat(quads()).as("quads in the store").isEqualTo(before);
    }

    private static long quads() {
        return Txn.calculateRead(store.dataset(), () -> {
            long count = 0;
            for (var it = store.dataset().find(); it.hasNext(); it.next()) {
                count++;
            }
            return count;
        });
    }

    @Test
    void badParameterValuesAreRefusedWithAReadableReason() {
        assertThatThrownBy(() -> ParameterType.date.toNode("2024-13-45"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'2024-13-45' is not a date");
        assertThatThrownBy(() -> ParameterType.date.toNode("13 Aug 2024"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'13 Aug 2024' is not a date");
        for (String notAnIri : List.of("taz.de/!9000001/", "!9000001", "https://taz.de/!1/> } ; DROP ALL ; #",
                "<https://taz.de/ !1>", "")) {
            assertThatThrownBy(() -> ParameterType.iri.toNode(notAnIri)).as(notAnIri)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'" + notAnIri + "'");
        }
        assertThatThrownBy(() -> ParameterType.integer.toNode("12x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'12x' is not a whole number");
        assertThat(ParameterType.iri.toNode("<https://taz.de/!9000001/>").getURI()).isEqualTo("https://taz.de/!9000001/");
        assertThat(ParameterType.date.toNode("2025-03-18").getLiteralLexicalForm()).isEqualTo("2025-03-18");
    }

    @Test
    void theQueryCommandRefusesABadDateOrIriWithExitCode2(@TempDir Path other) {
        Run badDate = cli("query", "--loc", other.toString(), "articles-in-date-range",
                "--param", "from=2025-02-30", "--param", "to=2025-03-31");
        assertThat(badDate.code()).isEqualTo(2);
        assertThat(badDate.err()).contains("--param from").contains("'2025-02-30' is not a date like 2024-08-13");
        Run badIri = cli("query", "--loc", other.toString(), "article-links", "--param", "article=taz.de/!9000001/");
        assertThat(badIri.code()).isEqualTo(2);
        assertThat(badIri.err()).contains("--param article").contains("'taz.de/!9000001/' is not an absolute IRI");
        assertThat(badDate.out() + badIri.out()).isEmpty();
    }

    // ---------------------------------------------------------------- time limit

    @Test
    void aRunawayQueryIsStoppedAtItsTimeLimitAndWritesNothing() {
        Query runaway = QueryRunner.parse("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i ."
                + " ?j ?k ?l . ?m ?o ?p }");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long start = System.nanoTime();
        assertThatThrownBy(() -> new QueryRunner(store.dataset(), Duration.ofSeconds(1))
                .run(runaway, Map.of(), ResultFormat.csv, RDFFormat.NTRIPLES_UTF8, out))
                .isInstanceOf(QueryTimeoutException.class)
                .hasMessageContaining("longer than 1 s");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("time until stopped")
                .isLessThan(Duration.ofSeconds(30));
        assertThat(out.size()).as("bytes written").isZero();
    }

    // ---------------------------------------------------------------- the query command

    @Test
    void queryListShowsEveryBundledQueryWithItsParameters(@TempDir Path other) {
        Run list = cli("query", "--loc", other.toString(), "--list");
        assertThat(list.code()).isZero();
        for (BundledQuery query : BundledQuery.all()) {
            assertThat(list.out()).contains(query.name() + "  " + query.description());
            for (Parameter parameter : query.parameters()) {
                assertThat(list.out()).contains("--param " + parameter.name() + "="
                        + parameter.type().name().toUpperCase(java.util.Locale.ROOT) + "  " + parameter.description());
            }
        }
        assertThat(list.out().lines().filter(line -> !line.startsWith(" ")).count())
                .as("query lines").isEqualTo(BundledQuery.all().size());
    }

    @Test
    void aMissingParameterIsNamed(@TempDir Path other) {
        Run run = cli("query", "--loc", other.toString(), "articles-by-tag");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("articles-by-tag needs --param tag=");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void anUnknownQueryNameIsRefused(@TempDir Path other) {
        Run run = cli("query", "--loc", other.toString(), "articles-by-colour");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("'articles-by-colour' is neither a bundled query");
        assertThat(run.out()).isEmpty();
    }

    record Run(int code, String out, String err) {}

    /** The command line in this JVM; never on the test's own store, which it would close. */
    private static Run cli(String... args) {
        assertThat(Arrays.asList(args)).doesNotContain(storeFolder.toString());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        int code = Main.run(new ByteArrayInputStream(new byte[0]), out, new PrintWriter(err, true), args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, String>> cases(Object... pairs) {
        Map<String, Map<String, String>> cases = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (cases.put((String) pairs[i], (Map<String, String>) pairs[i + 1]) != null) {
                throw new IllegalStateException("run " + pairs[i] + " twice in CASES");
            }
        }
        return cases;
    }
}
