package org.taz2rdf.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taz2rdf.harvest.TazFixtures;
import org.taz2rdf.harvest.TestGeminiServer;
import org.taz2rdf.harvest.TestGopherServer;
import org.taz2rdf.store.ArticleStore;

/** {@code taz2rdf harvest} as a user runs it, against a Gopher (and a Gemini) server on 127.0.0.1. */
class HarvestCommandTest {

    private static final String META_GRAPH = "https://taz2rdf.example/id/graph/meta";
    private static final String NL = System.lineSeparator();

    @TempDir
    Path dir;

    private TestGopherServer gopher;

    record Run(int exit, String out, String err) {}

    @BeforeEach
    void startGopher() throws IOException {
        gopher = new TestGopherServer();
        gopher.start();
        gopher.putAll(TazFixtures.gopherSite(gopher.port()));
    }

    @AfterEach
    void stopGopher() {
        gopher.close();
    }

    @Test
    void harvestSavesTheSectionAndSaysWhatItDid() throws IOException {
        Path folder = dir.resolve("harvest");

        Run run = run("harvest", section(), "--to", folder.toString(), "--delay", "0");

        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEqualTo("taz2rdf: harvested into " + folder + ": 6 added, 0 changed, 0 unchanged,"
                + " 0 kept (fetched within PT12H), 0 failed, 0 menus failed" + NL);
        try (var files = Files.list(folder)) {
            assertThat(files.map(file -> file.getFileName().toString()).sorted().toList()).containsExactly(
                    "!9000101.gophermap", "!9000102.gophermap", "!9000103.gophermap", "!9000104.gophermap",
                    "!9000105.gophermap", "!9000106.gophermap", "index.tsv");
        }
    }

    @Test
    void reRunsReportKeptUnchangedAndChanged() {
        Path folder = dir.resolve("harvest");
        run("harvest", section(), "--to", folder.toString(), "--delay", "0");

        Run kept = run("harvest", section(), "--to", folder.toString(), "--delay", "0");
        assertThat(kept.exit()).isZero();
        assertThat(kept.err()).endsWith(": 0 added, 0 changed, 0 unchanged, 6 kept (fetched within PT12H), 0 failed,"
                + " 0 menus failed" + NL);

        Run unchanged = run("harvest", section(), "--to", folder.toString(), "--delay", "0", "--max-age", "PT0S");
        assertThat(unchanged.exit()).isZero();
        assertThat(unchanged.err()).endsWith(": 0 added, 0 changed, 6 unchanged, 0 kept (fetched within PT0S),"
                + " 0 failed, 0 menus failed" + NL);

        String selector = TazFixtures.articleSelector("9000105");
        String page = new String(TazFixtures.gopherSite(gopher.port()).get(selector), UTF_8);
        gopher.put(selector, page.replaceFirst("\r\ni> ", "\r\ni> (korrigiert) ").getBytes(UTF_8));
        Run changed = run("harvest", section(), "--to", folder.toString(), "--delay", "0", "--max-age", "PT0S");
        assertThat(changed.exit()).isZero();
        assertThat(changed.err()).endsWith(": 0 added, 1 changed, 5 unchanged, 0 kept (fetched within PT0S),"
                + " 0 failed, 0 menus failed" + NL);
    }

    @Test
    void interruptedHarvestResumesWithTheArticlesItHas() {
        Path folder = dir.resolve("harvest");

        Run first = run("harvest", section(), "--to", folder.toString(), "--delay", "0", "--max", "3");
        assertThat(first.err()).endsWith(": 3 added, 0 changed, 0 unchanged, 0 kept (fetched within PT12H), 0 failed,"
                + " 0 menus failed" + NL);

        Run second = run("harvest", section(), "--to", folder.toString(), "--delay", "0");
        assertThat(second.exit()).isZero();
        assertThat(second.err()).endsWith(": 3 added, 0 changed, 0 unchanged, 3 kept (fetched within PT12H), 0 failed,"
                + " 0 menus failed" + NL);
        for (String id : TazFixtures.SECTION_ARTICLE_IDS) {
            assertThat(gopher.requestCount(TazFixtures.articleSelector(id))).as("requests of %s", id).isEqualTo(1);
        }
    }

    @Test
    void harvestThenLoadGivesTheSameStoreAsLoadingTheRawResponsesByHand() throws IOException {
        Path harvested = dir.resolve("A");
        Path byHand = dir.resolve("B");
        Path store1 = dir.resolve("S1");
        Path store2 = dir.resolve("S2");

        Run harvest = run("harvest", section(), "--to", harvested.toString(), "--load", "--loc", store1.toString(),
                "--delay", "0");
        assertThat(harvest.exit()).as(harvest.err()).isZero();

        Files.createDirectories(byHand);
        Map<String, byte[]> site = TazFixtures.gopherSite(gopher.port());
        for (String id : TazFixtures.SECTION_ARTICLE_IDS) {
            Files.write(byHand.resolve("!" + id + ".gophermap"), site.get("/!" + id));
        }
        Run load = run("load", "--loc", store2.toString(), byHand.toString());
        assertThat(load.exit()).as(load.err()).isZero();

        List<String> fromHarvest = articleQuads(store1);
        List<String> fromHand = articleQuads(store2);
        assertThat(fromHarvest).isNotEmpty();
        for (String id : TazFixtures.SECTION_ARTICLE_IDS) {
            assertThat(fromHarvest).anyMatch(quad -> quad.startsWith("<https://taz.de/!" + id + "/> "));
        }
        assertThat(fromHarvest).isEqualTo(fromHand);
    }

    @Test
    void harvestWithLoadAlsoLoadsArticlesAnEarlierHarvestSavedButDidNotLoad() {
        // As after a harvest --load that was stopped after saving the articles and before loading them.
        Path folder = dir.resolve("harvest");
        Path store = dir.resolve("store");
        run("harvest", section(), "--to", folder.toString(), "--delay", "0");

        Run again = run("harvest", section(), "--to", folder.toString(), "--load", "--loc", store.toString(),
                "--delay", "0");

        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(run("stats", "--loc", store.toString()).out()).startsWith("articles          6" + NL);
    }

    @Test
    void theReadmeCommandKeepsAStoreCurrent() throws IOException {
        List<String> commands = Files.readAllLines(Path.of("README.md"), UTF_8).stream()
                .filter(line -> line.contains("taz2rdf.jar harvest")).toList();
        assertThat(commands).as("README.md shows exactly one harvest command").hasSize(1);
        String command = commands.get(0).strip();
        assertThat(command).startsWith("java -jar target/taz2rdf.jar harvest ");

        // The command as printed, with three changes: the host is the local test server; the two folders (--to,
        // --loc) are in a temporary folder rather than the working directory; and --delay 0, only so that the
        // test does not wait the default second between requests.
        List<String> args = new ArrayList<>();
        String[] words = command.substring("java -jar target/taz2rdf.jar ".length()).split(" +");
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            if ((words[i].equals("--to") || words[i].equals("--loc")) && i + 1 < words.length) {
                args.add(word);
                args.add(dir.resolve(words[++i]).toString());
            } else {
                args.add(word.replace("://taz.de/", "://127.0.0.1:" + gopher.port() + "/"));
            }
        }
        assertThat(args).contains("--to", "--loc", "--load").anyMatch(arg -> arg.contains("127.0.0.1:"));
        args.add("--delay");
        args.add("0");
        String store = args.get(args.indexOf("--loc") + 1);

        Run first = run(args.toArray(String[]::new));
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(run("stats", "--loc", store).out()).startsWith("articles          6" + NL);

        // The section now lists 9000107 too: the same command brings it into the store and leaves the rest.
        gopher.put(TazFixtures.SECTION_SELECTOR, TazFixtures.gopherSite(gopher.port()).get(TazFixtures.AUTHOR_SELECTOR));
        Run second = run(args.toArray(String[]::new));
        assertThat(second.exit()).as(second.err()).isZero();
        assertThat(second.err()).contains(": 1 added, 0 changed, 0 unchanged, 6 kept");
        assertThat(run("stats", "--loc", store).out()).startsWith("articles          7" + NL);
    }

    @Test
    void unreachableHostIsAnInputFailureWithAClearMessage() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        String start = "gopher://127.0.0.1:" + closed + "/1/!p4611";

        Run run = run("harvest", start, "--to", dir.resolve("harvest").toString(), "--delay", "0", "--retries", "0");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).startsWith("taz2rdf: error: " + start + ": cannot connect to 127.0.0.1:" + closed + " (")
                .endsWith(": 0 added, 0 changed, 0 unchanged, 0 kept (fetched within PT12H), 0 failed, 1 menus failed" + NL);
    }

    @Test
    void aFolderThatCannotBeWrittenIsAnOutputFailureWithAClearMessage() throws IOException {
        Path file = dir.resolve("a-file");
        Files.writeString(file, "not a folder");
        Path folder = file.resolve("harvest");

        Run run = run("harvest", section(), "--to", folder.toString(), "--delay", "0");

        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.err()).startsWith("taz2rdf: cannot create " + folder + ": ")
                .endsWith("; what was saved before stays in " + folder + NL);
    }

    @Test
    void aHarvestIndexThatCannotBeReadIsNamedAndNothingIsFetched() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("harvest"));
        Files.writeString(folder.resolve("index.tsv"), "9000101\tgopher://x/\tyesterday\tabc\t!9000101.gophermap\n");

        Run run = run("harvest", section(), "--to", folder.toString(), "--delay", "0");

        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.err()).startsWith("taz2rdf: cannot read the harvest index " + folder.resolve("index.tsv")
                + ": a line is not ID, address, time, SHA-256, file (");
        assertThat(folder.toFile().list()).containsExactly("index.tsv");
    }

    @Test
    void geminiHarvestTrustsTheFirstCertificateAndRefusesAChangedOne() throws IOException {
        try (TestGeminiServer gemini = new TestGeminiServer()) {
            gemini.start();
            gemini.putAll(TazFixtures.geminiSite());
            String start = "gemini://127.0.0.1:" + gemini.port() + "/!p4611/";
            Path folder = dir.resolve("harvest");

            Run first = run("harvest", start, "--to", folder.toString(), "--delay", "0");
            assertThat(first.exit()).as(first.err()).isZero();
            assertThat(first.err()).contains(": 6 added,");
            assertThat(Files.readString(folder.resolve(".known-gemini-hosts")))
                    .isEqualTo("127.0.0.1:" + gemini.port() + " " + gemini.certificateFingerprint() + "\n");
            String trusted = gemini.certificateFingerprint();

            gemini.withNewCertificate();
            Run second = run("harvest", start, "--to", folder.toString(), "--delay", "0", "--max-age", "PT0S");
            assertThat(second.exit()).isEqualTo(1);
            assertThat(second.err()).startsWith("taz2rdf: error: " + start + ": the certificate of 127.0.0.1:"
                    + gemini.port() + " changed (now " + gemini.certificateFingerprint() + ", trusted " + trusted
                    + "); if the change is expected, remove its line from the known hosts file" + NL);
            assertThat(second.err()).endsWith(": 0 added, 0 changed, 0 unchanged, 0 kept (fetched within PT0S),"
                    + " 0 failed, 1 menus failed" + NL);
        }
    }

    @Test
    void aStartThatIsNotGopherOrGeminiIsAUsageError() {
        Path folder = dir.resolve("harvest");

        Run run = run("harvest", "http://taz.de/!p4611/", "--to", folder.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("START 'http://taz.de/!p4611/': not a gopher:// or gemini:// address" + NL);
        assertThat(folder).doesNotExist();
    }

    @Test
    void aMaxAgeThatIsNoDurationIsAUsageError() {
        Path folder = dir.resolve("harvest");

        Run run = run("harvest", section(), "--to", folder.toString(), "--max-age", "twelve hours");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("--max-age takes an ISO-8601 duration such as PT12H or P1D, not 'twelve hours'" + NL);
        assertThat(folder).doesNotExist();
        assertThat(gopher.requests()).isEmpty();
    }

    private String section() {
        return "gopher://127.0.0.1:" + gopher.port() + "/1/!p4611";
    }

    private Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        int exit = Main.run(new ByteArrayInputStream(new byte[0]), out, new PrintWriter(err), args);
        return new Run(exit, out.toString(UTF_8), err.toString());
    }

    /** Every quad of the store but those of the metadata graph, as sorted N-Quads lines. */
    private static List<String> articleQuads(Path location) {
        try (ArticleStore store = ArticleStore.open(location)) {
            DatasetGraph dataset = store.dataset();
            return Txn.calculateRead(dataset, () -> {
                List<String> lines = new ArrayList<>();
                dataset.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(quad -> {
                    if (!quad.getGraph().isURI() || !quad.getGraph().getURI().equals(META_GRAPH)) {
                        lines.add(line(quad));
                    }
                });
                return lines.stream().sorted().distinct().toList();
            });
        }
    }

    private static String line(Quad quad) {
        return NodeFmtLib.strNT(quad.getSubject()) + " " + NodeFmtLib.strNT(quad.getPredicate()) + " "
                + NodeFmtLib.strNT(quad.getObject()) + " " + NodeFmtLib.strNT(quad.getGraph()) + " .";
    }
}
