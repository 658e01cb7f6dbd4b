package org.taz2rdf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.taz2rdf.sink.OutputFormat;

/**
 * {@code taz2rdf convert}, driven through {@link Main#run} in this JVM with its own streams (no shaded jar, no
 * process): exit codes, what goes to standard output and standard error, and output that Jena reads back
 * strictly.
 */
class ConvertCommandTest {

    /** The project's copies of the real captures, named {@code NAME-!ID.txt}; else the shared corpus. */
    private static final Path REAL = Path.of("src/test/resources/golden/real");
    private static final Path SHARED = Path.of("../shared/corpus");

    private static final Path SEED = capture("seed-musk-trump");
    private static final Path OTHER_ARTICLE = capture("gopher-001");
    private static final Path MENU = capture("menu-005");

    private static final String SEED_HEADLINE = "X-Gespr\u00E4ch von Musk und Trump: Demonstration der Schw\u00E4che";
    private static final String SEED_SUMMARY =
            "taz2rdf: 1 input: 1 article converted, 0 menus skipped, 0 failed; 3 warnings, 0 errors";

    @TempDir
    Path folder;

    // ---------------------------------------------------------------- converting

    @Test
    void convertsTheSeedToTurtleThatJenaParsesStrictly() {
        Run run = run("convert", SEED.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        Model model = RDFParser.source(new ByteArrayInputStream(run.out())).lang(Lang.TURTLE)
                .errorHandler(ErrorHandlerFactory.errorHandlerStrict).toModel();
        assertThat(headlines(model.getGraph())).contains(SEED_HEADLINE);
        assertThat(run.errLines()).last().isEqualTo(SEED_SUMMARY);
    }

    @Test
    void printsEveryDiagnosticOfTheSeedBeforeTheSummary() {
        Run run = run("convert", SEED.toString());

        assertThat(run.errLines()).containsExactly(
                SEED + ":1:3: warning: no taz article id (!1234567) in the file name, its path or --id; the article"
                        + " gets a minted IRI [NO_ARTICLE_ID]",
                SEED + ":5:3: warning: line cut by a proxy at 79 bytes ('\u2026'); its end is lost and marked as"
                        + " truncated [TRUNCATED_LINE]",
                SEED + ":66:3: warning: line cut by a proxy at 79 bytes ('\u2026'); its end is lost and marked as"
                        + " truncated [TRUNCATED_LINE]",
                SEED_SUMMARY);
    }

    @Test
    void writesByteIdenticalOutputOnEveryRun() {
        for (String format : formatNames()) {
            Run first = run("convert", "-f", format, SEED.toString(), OTHER_ARTICLE.toString());
            Run second = run("convert", "-f", format, SEED.toString(), OTHER_ARTICLE.toString());

            assertThat(second.out()).as("format %s", format).isNotEmpty().isEqualTo(first.out());
            assertThat(second.err()).as("format %s", format).isEqualTo(first.err());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ttl", "nt", "nq", "trig", "jsonld"})
    void writesEveryFormatSoThatJenaReadsItBack(String format) {
        Run run = run("convert", "-f", format, SEED.toString(), OTHER_ARTICLE.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        DatasetGraph dataset = parse(run.out(), lang(format));
        List<String> headlines = dataset.stream(Node.ANY, Node.ANY, SchemaDO.headline.asNode(), Node.ANY)
                .map(q -> q.getObject().getLiteralLexicalForm()).toList();
        assertThat(headlines).contains(SEED_HEADLINE)
                .contains("40 Jahre taz: Die Gr\u00FCnder-Ausgabe: Die bewegte Zeitung");
    }

    @ParameterizedTest
    @ValueSource(strings = {"nq", "trig", "jsonld"})
    void keepsOneNamedGraphPerArticleInQuadFormats(String format) {
        Run run = run("convert", "-f", format, SEED.toString(), OTHER_ARTICLE.toString());

        DatasetGraph dataset = parse(run.out(), lang(format));
        List<Node> graphs = iterate(dataset.listGraphNodes());
        assertThat(graphs).hasSize(2);
        assertThat(dataset.getDefaultGraph().isEmpty()).as("default graph empty").isTrue();
        for (Node graph : graphs) {
            assertThat(dataset.getGraph(graph).find(Node.ANY, RDF.type.asNode(), SchemaDO.NewsArticle.asNode())
                    .filterKeep(t -> dataset.getGraph(graph).contains(t.getSubject(), SchemaDO.articleBody.asNode(),
                            Node.ANY)).toList()).as("articles with a body in graph %s", graph).hasSize(1);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ttl", "nt"})
    void putsAllArticlesInTheDefaultGraphInTripleFormats(String format) {
        Run run = run("convert", "-f", format, SEED.toString(), OTHER_ARTICLE.toString());

        DatasetGraph dataset = parse(run.out(), lang(format));
        assertThat(iterate(dataset.listGraphNodes())).isEmpty();
        assertThat(headlines(dataset.getDefaultGraph())).contains(SEED_HEADLINE,
                "40 Jahre taz: Die Gr\u00FCnder-Ausgabe: Die bewegte Zeitung");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ttl", "nt", "nq", "trig", "jsonld"})
    void writesValidEmptyOutputWhenNoInputIsAnArticle(String format) {
        Run run = run("convert", "-f", format, MENU.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(parse(run.out(), lang(format)).isEmpty()).as("no quads in:%n%s", run.stdout()).isTrue();
    }

    @Test
    void convertsEveryArticleFileInAFolderInPathOrder() throws IOException {
        Path articles = Files.createDirectories(folder.resolve("articles"));
        Path seed = Files.copy(SEED, articles.resolve("b-!6026188.txt"));
        Path menu = Files.copy(MENU, articles.resolve("a-menu.txt"));
        Files.writeString(articles.resolve("notes.md"), "hello\n");

        Run run = run("convert", articles.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.errLines()).containsExactly(
                menu + ":3:1: note: this is a taz menu page ('Nachruf'), not an article; skipped [MENU_PAGE]",
                seed + ":5:3: warning: line cut by a proxy at 79 bytes ('\u2026'); its end is lost and marked as"
                        + " truncated [TRUNCATED_LINE]",
                seed + ":66:3: warning: line cut by a proxy at 79 bytes ('\u2026'); its end is lost and marked as"
                        + " truncated [TRUNCATED_LINE]",
                "taz2rdf: 2 inputs: 1 article converted, 1 menu skipped, 0 failed; 2 warnings, 0 errors");
        assertThat(parse(run.out(), Lang.TURTLE).getDefaultGraph().contains(
                NodeFactory.createURI("https://taz.de/!6026188/"), SchemaDO.headline.asNode(), Node.ANY)).isTrue();
    }

    @Test
    void readsStandardInputForDash() throws IOException {
        Run run = runWithStdin(Files.readAllBytes(SEED), "convert", "-");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(headlines(parse(run.out(), Lang.TURTLE).getDefaultGraph())).contains(SEED_HEADLINE);
        assertThat(run.errLines()).first().isEqualTo("<stdin>:1:3: warning: no taz article id (!1234567) in the"
                + " file name, its path or --id; the article gets a minted IRI [NO_ARTICLE_ID]");
        assertThat(run.errLines()).last().isEqualTo(SEED_SUMMARY);
    }

    @Test
    void takesTheArticleIdFromTheIdOption() {
        Run run = run("convert", "--id", "!6026188", SEED.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(parse(run.out(), Lang.TURTLE).getDefaultGraph().contains(
                NodeFactory.createURI("https://taz.de/!6026188/"), SchemaDO.headline.asNode(), Node.ANY)).isTrue();
        assertThat(run.err()).doesNotContain("NO_ARTICLE_ID");
        assertThat(run.errLines()).last().isEqualTo(
                "taz2rdf: 1 input: 1 article converted, 0 menus skipped, 0 failed; 2 warnings, 0 errors");
    }

    @Test
    void mintsIrisUnderTheBaseOption() {
        Run run = run("convert", "--base", "https://example.org/taz/", SEED.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        String turtle = run.stdout();
        assertThat(turtle).contains("<https://example.org/taz/person/nicholas-potter>")
                .doesNotContain("https://taz2rdf.example/id/");
    }

    // ---------------------------------------------------------------- output file

    @Test
    void writesTheOutputFileAndNothingToStandardOutput() throws IOException {
        Path output = folder.resolve("out/seed.ttl");

        Run run = run("convert", "-o", output.toString(), SEED.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(headlines(parse(Files.readAllBytes(output), Lang.TURTLE).getDefaultGraph()))
                .contains(SEED_HEADLINE);
        assertThat(run.errLines()).last().isEqualTo(SEED_SUMMARY);
    }

    @Test
    void writesTheSameBytesToTheOutputFileAsToStandardOutput() throws IOException {
        for (String format : formatNames()) {
            Path output = folder.resolve("seed." + format);

            Run toFile = run("convert", "-f", format, "-o", output.toString(), SEED.toString());
            Run toStdout = run("convert", "-f", format, SEED.toString());

            assertThat(Files.readAllBytes(output)).as("format %s", format).isEqualTo(toStdout.out());
            assertThat(toFile.out()).isEmpty();
        }
    }

    @Test
    void leavesNoPartFileBehind() throws IOException {
        Path output = folder.resolve("seed.ttl");

        run("convert", "-o", output.toString(), SEED.toString());
        run("convert", "-o", output.toString(), SEED.toString(), "missing.txt");

        assertThat(listFolder()).containsExactly("seed.ttl");
    }

    @Test
    void replacesAnEarlierOutputFile() throws IOException {
        Path output = folder.resolve("seed.ttl");
        Files.writeString(output, "old content\n");

        Run run = run("convert", "-o", output.toString(), SEED.toString());

        assertThat(run.exit()).isZero();
        assertThat(Files.readString(output)).doesNotContain("old content").contains("schema:NewsArticle");
    }

    @Test
    void exitsWithOutputFailedWhenTheOutputFolderCannotBeMade() throws IOException {
        Path file = Files.writeString(folder.resolve("a-file"), "x");
        Path output = file.resolve("out.ttl");

        Run run = run("convert", "-o", output.toString(), SEED.toString());

        assertThat(run.exit()).isEqualTo(ExitCode.OUTPUT_FAILED.code()).isEqualTo(3);
        assertThat(run.errLines()).last().asString().startsWith("taz2rdf: cannot write the output: ");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void leavesStandardOutputOpen() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean[] closed = {false};
        java.io.FilterOutputStream watched = new java.io.FilterOutputStream(out) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };

        int exit = Main.run(InputStream.nullInputStream(), watched, new PrintWriter(new StringWriter()), "convert",
                SEED.toString());

        assertThat(exit).isZero();
        assertThat(closed[0]).as("standard output closed").isFalse();
        assertThat(out.toByteArray()).isNotEmpty();
    }

    // ---------------------------------------------------------------- failed inputs

    @Test
    void reportsMissingInputAndConvertsTheOthers() {
        Run run = run("convert", SEED.toString(), "missing.txt");

        assertThat(run.exit()).isEqualTo(ExitCode.INPUT_FAILED.code()).isEqualTo(1);
        assertThat(run.errLines()).first().isEqualTo("missing.txt: error: no such file or folder [UNREADABLE_INPUT]");
        assertThat(run.errLines()).last().isEqualTo(
                "taz2rdf: 2 inputs: 1 article converted, 0 menus skipped, 1 failed; 3 warnings, 1 error");
        assertThat(headlines(parse(run.out(), Lang.TURTLE).getDefaultGraph())).contains(SEED_HEADLINE);
    }

    @Test
    void warnsOfAFolderWithoutArticleFilesAndConvertsTheOthers() throws IOException {
        Path empty = Files.createDirectories(folder.resolve("empty"));

        Run run = run("convert", "-q", empty.toString(), SEED.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.errLines()).first().asString().startsWith(empty + ": warning: the folder holds no article files (")
                .endsWith("[NO_INPUT_FILES]");
        assertThat(run.errLines()).last().isEqualTo(
                "taz2rdf: 1 input: 1 article converted, 0 menus skipped, 0 failed; 4 warnings, 0 errors");
    }

    @Test
    void strictMakesAFolderWithoutArticleFilesAFailedInput() throws IOException {
        Path empty = Files.createDirectories(folder.resolve("empty"));

        Run run = run("convert", "-q", "--strict", empty.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).first().asString().startsWith(empty + ": error: the folder holds no article files (");
        assertThat(run.errLines()).last().isEqualTo(
                "taz2rdf: 1 input: 0 articles converted, 0 menus skipped, 1 failed; 0 warnings, 1 error");
    }

    @Test
    void reportsTextThatIsNoTazPageAtLineOneAndConvertsTheOthers() throws IOException {
        Path hello = Files.writeString(folder.resolve("hello.txt"), "hello\n");

        Run run = run("convert", hello.toString(), SEED.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).first().isEqualTo(hello + ":1:1: error: expected the taz title line"
                + " '# taz.de -- Kicker: Title', found 'hello' [NO_TITLE]");
        assertThat(run.errLines()).last().isEqualTo(
                "taz2rdf: 2 inputs: 1 article converted, 0 menus skipped, 1 failed; 3 warnings, 1 error");
        Model model = org.apache.jena.rdf.model.ModelFactory.createModelForGraph(
                parse(run.out(), Lang.TURTLE).getDefaultGraph());
        assertThat(model.listSubjectsWithProperty(RDF.type, SchemaDO.NewsArticle).toList()).isNotEmpty();
        assertThat(run.stdout()).doesNotContain("hello");
        assertThat(headlines(model.getGraph())).contains(SEED_HEADLINE);
    }

    @Test
    void reportsEmptyInputAndConvertsTheOthers() throws IOException {
        Path empty = Files.write(folder.resolve("empty.txt"), new byte[0]);

        Run run = run("convert", empty.toString(), SEED.toString());

        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        assertThat(run.errLines()).first().isEqualTo(empty + ": error: the input holds no text [EMPTY_INPUT]");
        assertThat(run.errLines()).last().isEqualTo(
                "taz2rdf: 2 inputs: 1 article converted, 0 menus skipped, 1 failed; 3 warnings, 1 error");
        assertThat(headlines(parse(run.out(), Lang.TURTLE).getDefaultGraph())).contains(SEED_HEADLINE);
    }

    @Test
    void failsEveryInputWithAWarningUnderStrict() {
        Run run = run("convert", "--strict", SEED.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(parse(run.out(), Lang.TURTLE).isEmpty()).as("no triples in:%n%s", run.stdout()).isTrue();
        assertThat(run.errLines()).first().isEqualTo(SEED + ":1:3: error: no taz article id (!1234567) in the file"
                + " name, its path or --id; the article gets a minted IRI [NO_ARTICLE_ID]");
        assertThat(run.errLines()).last().isEqualTo(
                "taz2rdf: 1 input: 0 articles converted, 0 menus skipped, 1 failed; 0 warnings, 3 errors");
    }

    // ---------------------------------------------------------------- menus and notes

    @Test
    void skipsAMenuPageWithANote() {
        Run run = run("convert", MENU.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(parse(run.out(), Lang.TURTLE).isEmpty()).as("no triples in:%n%s", run.stdout()).isTrue();
        assertThat(run.errLines()).containsExactly(
                MENU + ":3:1: note: this is a taz menu page ('Nachruf'), not an article; skipped [MENU_PAGE]",
                "taz2rdf: 1 input: 0 articles converted, 1 menu skipped, 0 failed; 0 warnings, 0 errors");
    }

    @Test
    void hidesNotesWhenQuiet() {
        Run run = run("convert", "--quiet", MENU.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.errLines()).containsExactly(
                "taz2rdf: 1 input: 0 articles converted, 1 menu skipped, 0 failed; 0 warnings, 0 errors");
    }

    @Test
    void keepsWarningsWhenQuiet() {
        Run run = run("convert", "-q", SEED.toString());

        assertThat(run.errLines()).hasSize(4).last().isEqualTo(SEED_SUMMARY);
    }

    // ---------------------------------------------------------------- usage errors

    @Test
    void rejectsTheIdOptionWithTwoInputs() {
        Run run = run("convert", "--id", "5536273", SEED.toString(), OTHER_ARTICLE.toString());

        assertThat(run.exit()).isEqualTo(ExitCode.USAGE.code()).isEqualTo(2);
        assertThat(run.errLines()).first().isEqualTo("--id names the id of one input, but 2 inputs were given");
        assertThat(run.out()).isEmpty();
    }

    /**
     * With {@code --id} and one operand that does not exist, the run stops with "0 inputs were given", which is
     * not what the user gave, and the missing file is never reported.
     */
    @Test
    void reportsTheMissingInputWhenTheIdOptionNamesItsId() {
        Run run = run("convert", "--id", "5536273", "missing.txt");

        assertThat(run.errLines()).first().isEqualTo("missing.txt: error: no such file or folder [UNREADABLE_INPUT]");
        assertThat(run.exit()).isEqualTo(1);
    }

    @Test
    void rejectsAnIdThatIsNotATazArticleId() {
        for (String id : List.of("abc", "123", "!t5007672")) {
            Run run = run("convert", "--id", id, SEED.toString());

            assertThat(run.exit()).as(id).isEqualTo(2);
            assertThat(run.errLines()).first()
                    .isEqualTo("--id takes a taz article id such as 5536273, not '" + id + "'");
            assertThat(run.out()).isEmpty();
        }
    }

    @Test
    void rejectsABaseThatIsNotAnAbsoluteIri() {
        Run run = run("convert", "--base", "not-an-iri", SEED.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.errLines()).first()
                .isEqualTo("--base: base 'not-an-iri' must be an absolute IRI ending in '/' or '#'");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void rejectsAnUnknownFormat() {
        Run run = run("convert", "-f", "xml", SEED.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.errLines()).first().isEqualTo("Invalid value for option '--format': expected one of"
                + " [ttl, nt, nq, trig, jsonld] (case-insensitive) but was 'xml'");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void acceptsFormatNamesInAnyCaseUnderATurkishLocale() {
        Run run = run("convert", "-f", "TRIG", SEED.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(iterate(parse(run.out(), Lang.TRIG).listGraphNodes())).hasSize(1);
    }

    @Test
    void rejectsACommandLineWithoutInputs() {
        Run run = run("convert");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.errLines()).first().isEqualTo("Missing required parameter: 'INPUT'");
    }

    @Test
    void rejectsAnUnknownOption() {
        Run run = run("convert", "--frobnicate", SEED.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.errLines()).first().isEqualTo("Unknown option: '--frobnicate'");
    }

    @Test
    void asksForACommandWhenGivenNone() {
        Run run = run();

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.errLines()).first().isEqualTo("a command is required: convert, load, query, stats, export, delete, compact, harvest, serve or publish");
    }

    // ---------------------------------------------------------------- help and version

    @Test
    void listsItsExitCodesAndEveryFormatInHelp() {
        Run run = run("convert", "--help");

        assertThat(run.exit()).isZero();
        String help = run.stdout();
        assertThat(help).contains("Exit codes:");
        for (ExitCode exit : Main.exitCodesOf(new ConvertCommand(null, null))) {
            String firstWords = exit.meaning().substring(0, 30);
            assertThat(help).as("exit code %d", exit.code())
                    .containsPattern("(?m)^ +" + exit.code() + " +" + java.util.regex.Pattern.quote(firstWords));
        }
        assertThat(Arrays.stream(ExitCode.values()).map(ExitCode::code)).containsExactly(0, 1, 2, 3, 4, 5, 6);
        assertThat(help).contains("Output format: ttl, nt, nq, trig, jsonld");
        for (String format : formatNames()) {
            assertThat(help).contains(format);
        }
        assertThat(run.err()).isEmpty();
    }

    @Test
    void listsTheExitCodesInTheTopLevelHelp() {
        Run run = run("--help");

        assertThat(run.exit()).isZero();
        assertThat(run.stdout()).contains("convert").contains("Exit codes:")
                .containsPattern("(?m)^ +4 +a bug in taz2rdf");
    }

    @Test
    void runsInProcessFromTheCompiledClassesWithoutTheShadedJar() {
        Path codeSource = Path.of(java.net.URI.create(
                Main.class.getProtectionDomain().getCodeSource().getLocation().toString()));

        Run run = run("--version");

        assertThat(codeSource).as("Main is loaded from a class folder, not a jar").isDirectory();
        assertThat(run.exit()).isZero();
        assertThat(run.stdoutLines()).first().isEqualTo("taz2rdf dev");
        assertThat(run.stdout()).contains("Apache Jena 5.6.0");
    }

    // ---------------------------------------------------------------- helpers

    /** What one run of the command line gave. */
    private record Run(int exit, byte[] out, String err) {
        String stdout() {
            return new String(out, StandardCharsets.UTF_8);
        }

        List<String> stdoutLines() {
            return stdout().lines().toList();
        }

        List<String> errLines() {
            return err.lines().toList();
        }
    }

    private static Run run(String... args) {
        return runWithStdin(new byte[0], args);
    }

    private static Run runWithStdin(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        int exit = Main.run(new ByteArrayInputStream(stdin), out, new PrintWriter(err), args);
        return new Run(exit, out.toByteArray(), err.toString());
    }

    private static DatasetGraph parse(byte[] bytes, Lang lang) {
        return RDFParser.source(new ByteArrayInputStream(bytes)).lang(lang).checking(true)
                .errorHandler(ErrorHandlerFactory.errorHandlerStrict).toDatasetGraph();
    }

    private static Lang lang(String format) {
        return switch (format) {
            case "ttl" -> Lang.TURTLE;
            case "nt" -> Lang.NTRIPLES;
            case "nq" -> Lang.NQUADS;
            case "trig" -> Lang.TRIG;
            case "jsonld" -> Lang.JSONLD;
            default -> throw new IllegalArgumentException(format);
        };
    }

    private static List<String> formatNames() {
        return Arrays.stream(OutputFormat.values()).map(Enum::name).toList();
    }

    private static List<String> headlines(org.apache.jena.graph.Graph graph) {
        return graph.find(Node.ANY, SchemaDO.headline.asNode(), Node.ANY)
                .mapWith(t -> t.getObject().getLiteralLexicalForm()).toList();
    }

    private static <T> List<T> iterate(java.util.Iterator<T> iterator) {
        List<T> list = new java.util.ArrayList<>();
        iterator.forEachRemaining(list::add);
        return list;
    }

    private List<String> listFolder() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** A real capture by its corpus name ({@code seed-musk-trump}, {@code menu-005}). */
    private static Path capture(String stem) {
        if (Files.isDirectory(REAL)) {
            try (Stream<Path> files = Files.list(REAL)) {
                Optional<Path> copy = files.filter(p -> {
                    String name = p.getFileName().toString();
                    return name.equals(stem + ".txt") || name.startsWith(stem + "-!") && name.endsWith(".txt");
                }).sorted().findFirst();
                if (copy.isPresent()) {
                    return copy.get();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return SHARED.resolve(stem + ".txt");
    }
}
