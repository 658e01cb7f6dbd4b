package org.taz2rdf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taz2rdf.rdf.IriMinter;
import org.taz2rdf.rdf.Tazv;
import org.taz2rdf.store.ArticleStore;

/** The store commands as a user runs them: load, stats, export, delete, compact, query. */
class StoreCommandsTest {

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {}

    private Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        int exit = Main.run(new ByteArrayInputStream(new byte[0]), out, new PrintWriter(err), args);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString());
    }

    private String store() {
        return dir.resolve("db").toString();
    }

    @Test
    void loadsTheSamplesAndSaysWhatItDid() {
        Run load = run("load", "-q", "--loc", store(), "samples");
        assertThat(load.exit()).isZero();
        assertThat(load.err()).endsWith("taz2rdf: 7 inputs into " + store() + ": 7 added, 0 replaced, 0 skipped"
                + " (unchanged), 0 failed, 0 menus skipped; 6 warnings, 0 errors" + System.lineSeparator());
        Run again = run("load", "-q", "--loc", store(), "samples");
        assertThat(again.err()).contains(": 0 added, 0 replaced, 7 skipped (unchanged), 0 failed");
    }

    @Test
    void aStoreWithoutCountsIsCountedOnceByTheNextCommandThatSaysSo() {
        run("load", "-q", "--loc", store(), "samples");
        String tags = run("query", "--loc", store(), "tags").out();
        assertThat(tags).contains("\"Elon Musk\"");
        try (ArticleStore opened = ArticleStore.open(Path.of(store()))) {
            DatasetGraph dataset = opened.dataset();
            Node meta = NodeFactory.createURI(new IriMinter(IriMinter.DEFAULT_BASE).metadataGraph());
            Txn.executeWrite(dataset, () -> dataset.deleteAny(meta, meta, RDF.type.asNode(), Tazv.CountIndex));
        }
        Run counting = run("query", "--loc", store(), "tags");
        assertThat(counting.err()).startsWith("taz2rdf: counting the tags, authors and links of " + store() + " once");
        assertThat(counting.out()).isEqualTo(tags);
        Run counted = run("query", "--loc", store(), "tags");
        assertThat(counted.err()).isEmpty();
        assertThat(counted.out()).isEqualTo(tags);
    }

    @Test
    void reportsABadInputAndLoadsTheRest() throws Exception {
        Path bad = dir.resolve("bad.txt");
        java.nio.file.Files.writeString(bad, "not a taz page\n");
        Run load = run("load", "-q", "--loc", store(), bad.toString(), "samples/gopher-019-!6117218.txt");
        assertThat(load.exit()).isEqualTo(1);
        assertThat(load.err()).contains(bad + ":1:1: error: expected the taz title line '# taz.de -- Kicker: Title',"
                + " found 'not a taz page' [NO_TITLE]");
        assertThat(run("stats", "--loc", store()).out()).startsWith("articles          1" + System.lineSeparator());
    }

    @Test
    void warnsOfAFolderWithoutArticleFilesAndCountsOnlyTheInputsItRead() throws Exception {
        Path rdf = dir.resolve("rdf");
        java.nio.file.Files.createDirectories(rdf);
        java.nio.file.Files.writeString(rdf.resolve("articles.nq"), "");
        Path bad = dir.resolve("bad.txt");
        java.nio.file.Files.writeString(bad, "not a taz page\n");
        Run load = run("load", "-q", "--loc", store(), rdf.toString(), bad.toString(), "missing.txt",
                "samples/gopher-019-!6117218.txt");
        assertThat(load.exit()).isEqualTo(1);
        assertThat(load.err()).contains(rdf + ": warning: the folder holds no article files (")
                .contains("missing.txt: error: no such file or folder [UNREADABLE_INPUT]");
        assertThat(load.err().lines().reduce((a, b) -> b).orElseThrow()).isEqualTo("taz2rdf: 3 inputs into " + store()
                + ": 1 added, 0 replaced, 0 skipped (unchanged), 2 failed, 0 menus skipped; 1 warnings, 2 errors");
    }

    @Test
    void statsCountTheSamples() {
        run("load", "-q", "--loc", store(), "samples");
        Run stats = run("stats", "--loc", store());
        assertThat(stats.exit()).isZero();
        assertThat(stats.out().lines()).contains("articles          7", "authors           8", "links             16");
    }

    @Test
    void exportGivesBackEveryArticleGraph() {
        run("load", "-q", "--loc", store(), "samples");
        Run export = run("export", "--loc", store(), "-f", "nq");
        DatasetGraph dataset = DatasetGraphFactory.create();
        RDFParser.create().source(new StringReader(export.out())).lang(Lang.NQUADS)
                .errorHandler(ErrorHandlerFactory.errorHandlerStrict).parse(dataset);
        assertThat(export.exit()).isZero();
        assertThat(dataset.size()).isEqualTo(7);
        assertThat(export.err()).isEqualTo("taz2rdf: exported 7 graphs from " + store() + System.lineSeparator());
    }

    @Test
    void exportOfNamedArticlesWarnsOfAnUnknownIdAndCountsOnlyWhatItWrote() {
        run("load", "-q", "--loc", store(), "samples");
        Run export = run("export", "--loc", store(), "-f", "nq", "9000010", "!1234567");
        assertThat(export.exit()).isZero();
        assertThat(export.err()).isEqualTo("taz2rdf: warning: article 1234567 is not in the store"
                + System.lineSeparator() + "taz2rdf: exported 1 graphs from " + store() + ", 1 not found"
                + System.lineSeparator());
        assertThat(export.out().lines()).isNotEmpty()
                .allMatch(line -> line.endsWith("<https://taz2rdf.example/id/graph/9000010> ."));
    }

    @Test
    void deleteRemovesAnArticleAndWarnsOfAnUnknownId() {
        run("load", "-q", "--loc", store(), "samples");
        Run delete = run("delete", "--loc", store(), "9000010", "!1234567");
        assertThat(delete.exit()).isZero();
        assertThat(delete.err()).isEqualTo("taz2rdf: warning: article 1234567 is not in the store"
                + System.lineSeparator() + "taz2rdf: 1 deleted, 1 not found" + System.lineSeparator());
        assertThat(run("stats", "--loc", store()).out()).startsWith("articles          6");
    }

    @Test
    void compactKeepsTheArticles() {
        run("load", "-q", "--loc", store(), "samples");
        run("delete", "--loc", store(), "9000010");
        Run compact = run("compact", "--loc", store());
        assertThat(compact.exit()).isZero();
        assertThat(compact.err()).isEqualTo("taz2rdf: compacted " + store() + " into a new generation; the old one was deleted" + System.lineSeparator());
        assertThat(run("stats", "--loc", store()).out()).startsWith("articles          6");
    }

    @Test
    void answersOwnSparqlOverTheUnionOfTheArticleGraphs() {
        run("load", "-q", "--loc", store(), "samples");
        Run query = run("query", "--loc", store(), "--results", "csv",
                "SELECT (COUNT(DISTINCT ?a) AS ?n) { ?a <https://schema.org/publisher> ?p }");
        assertThat(query.exit()).isZero();
        assertThat(query.out()).isEqualTo("n\r\n7\r\n");
    }

    @Test
    void aQueryThatCannotBeRunIsAUsageErrorNotABug() {
        run("load", "-q", "--loc", store(), "samples");
        Run regex = run("query", "--loc", store(), "SELECT * { ?s ?p ?o FILTER(regex(?o, \"(\")) }");
        assertThat(regex.exit()).isEqualTo(2);
        assertThat(regex.err()).startsWith("taz2rdf: the query cannot be run: Regex pattern exception");
        Run service = run("query", "--loc", store(), "--timeout", "5",
                "SELECT * { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }");
        assertThat(service.exit()).isEqualTo(2);
        assertThat(service.err()).startsWith("taz2rdf: the query failed: ");
    }

    @Test
    void aResultThatCannotBeWrittenEndsWithThreeEvenOnStandardOutput() throws Exception {
        run("load", "-q", "--loc", store(), "samples");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.exists(Path.of("/dev/full")), "/dev/full");
        for (List<String> command : List.of(List.of("query", "tags"), List.of("export"), List.of("stats"),
                List.of("query", "--list"), List.of("convert", "samples"))) {
            List<String> args = new java.util.ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), Main.class.getName()));
            args.addAll(command);
            if (!command.get(0).equals("convert")) {
                args.addAll(List.of("--loc", store()));
            }
            Process process = new ProcessBuilder(args).redirectOutput(new java.io.File("/dev/full"))
                    .redirectError(dir.resolve("err.txt").toFile()).start();
            assertThat(process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as(String.join(" ", command)).isEqualTo(3);
            assertThat(java.nio.file.Files.readString(dir.resolve("err.txt"))).as(String.join(" ", command))
                    .containsAnyOf("No space left on device", "cannot write to standard output")
                    .doesNotContain("internal error");
        }
    }

    @Test
    void rejectsInvalidSparqlWithItsPosition() {
        run("load", "-q", "--loc", store(), "samples");
        Run query = run("query", "--loc", store(), "SELECT ?a WHERE { ?a ?b }");
        assertThat(query.exit()).isEqualTo(2);
        assertThat(query.err()).startsWith("taz2rdf: the query is not valid SPARQL: ").contains("line 1");
    }

    @Test
    void commandsThatReadAStoreRefuseALocWithoutOneAndCreateNothing() {
        String missing = dir.resolve("no-such-store").toString();
        List<List<String>> commands = List.of(
                List.of("query", "tags"), List.of("stats"), List.of("export"), List.of("delete", "9000010"),
                List.of("compact"), List.of("serve", "--port", "0"),
                List.of("publish", "--to", "http://127.0.0.1:9/taz", "--dry-run"));
        for (List<String> command : commands) {
            List<String> args = new java.util.ArrayList<>(command);
            args.addAll(1, List.of("--loc", missing));
            Run run = run(args.toArray(String[]::new));
            assertThat(run.exit()).as(String.join(" ", command)).isEqualTo(2);
            assertThat(run.err()).as(String.join(" ", command)).startsWith("--loc " + missing
                    + ": no store there; 'taz2rdf load --loc " + missing + " INPUT...' creates one");
            assertThat(Path.of(missing)).as(String.join(" ", command)).doesNotExist();
        }
        java.nio.file.Path emptyFolder = dir.resolve("empty");
        emptyFolder.toFile().mkdir();
        assertThat(run("stats", "--loc", emptyFolder.toString()).exit()).isEqualTo(2);
        assertThat(emptyFolder.toFile().list()).isEmpty();
    }

    @Test
    void aQueryFileThatCannotBeReadIsAUsageError() {
        run("load", "-q", "--loc", store(), "samples");
        Path missing = dir.resolve("missing.rq");
        Run query = run("query", "--loc", store(), "--file", missing.toString());
        assertThat(query.exit()).isEqualTo(2);
        assertThat(query.err()).startsWith("--file " + missing + ": no such file");
        Run folder = run("query", "--loc", store(), "--file", dir.toString());
        assertThat(folder.exit()).isEqualTo(2);
        assertThat(folder.err()).startsWith("--file " + dir + ": cannot be read");
    }

    @Test
    void serveOnAPortInUseSaysSoInsteadOfFailingAsABug() throws Exception {
        run("load", "-q", "--loc", store(), "samples");
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            Run serve = run("serve", "--loc", store(), "--port", String.valueOf(taken.getLocalPort()));
            assertThat(serve.exit()).isEqualTo(2);
            assertThat(serve.err()).contains("taz2rdf: cannot listen on 127.0.0.1:" + taken.getLocalPort() + " (")
                    .contains("is another server using that port? Choose another with --port");
        }
        assertThat(run("stats", "--loc", store()).exit()).as("the store was closed").isZero();
    }

    @Test
    void loadIntoALocThatIsAFileSaysSoAndLeavesTheFile() throws Exception {
        Path file = dir.resolve("a-file");
        java.nio.file.Files.writeString(file, "kept");
        for (Path loc : List.of(file, file.resolve("db"))) {
            Run load = run("load", "-q", "--loc", loc.toString(), "samples");
            assertThat(load.exit()).as(loc.toString()).isEqualTo(3);
            assertThat(load.err()).as(loc.toString()).startsWith("taz2rdf: cannot create a store at " + loc + " (");
        }
        assertThat(java.nio.file.Files.readString(file)).isEqualTo("kept");
        assertThat(dir.toFile().list()).containsExactly("a-file");
        Path notAStore = java.nio.file.Files.createDirectories(dir.resolve("notes"));
        java.nio.file.Files.writeString(notAStore.resolve("todo.txt"), "kept");
        Run intoFolder = run("load", "-q", "--loc", notAStore.toString(), "samples");
        assertThat(intoFolder.exit()).isEqualTo(3);
        assertThat(intoFolder.err()).startsWith("taz2rdf: cannot create a store at " + notAStore + " (")
                .contains("the folder holds files that are not a TDB2 store");
        assertThat(notAStore.toFile().list()).containsExactly("todo.txt");
    }
}
