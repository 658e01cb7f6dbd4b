package org.taz2rdf.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.taz2rdf.cli.Main;

/**
 * A real triple store started by a test as a child process on 127.0.0.1, logging into its own file, and stopped by
 * its own process handle; plus what the publish tests against such stores share.
 */
final class StoreProcess implements AutoCloseable {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private final Process process;
    private final Path log;

    private StoreProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts {@code command} in {@code dir}, standard output and error into {@code log}. */
    static StoreProcess start(List<String> command, Path dir, Path log) throws IOException {
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        return new StoreProcess(process, log);
    }

    /**
     * Whether a server is installed; in CI a missing one fails the test class. Elsewhere the caller starts nothing
     * and each test is skipped by {@link #assumeInstalled} (an assumption in {@code @BeforeAll} would skip the class
     * with no test and no message in Surefire's report).
     */
    static boolean installed(boolean installed, String what) {
        if (System.getenv("CI") != null) {
            assertThat(installed).as(advice(what)).isTrue();
        }
        return installed;
    }

    static void assumeInstalled(boolean installed, String what) {
        assumeTrue(installed, advice(what));
    }

    private static String advice(String what) {
        return what + " is not installed: run 'bash .ci/setup-stores' first";
    }

    /** Whether {@code program} is an executable on the PATH. */
    static boolean onPath(String program) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    /** A port on 127.0.0.1 that was free a moment ago. */
    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }

    /** Waits until {@code url} answers {@code GET} with 200, failing with the server's log if it dies or stalls. */
    void awaitHttp(String url, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            assertThat(process.isAlive()).as("the server exited early: %s", logTail()).isTrue();
            try {
                HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            assertThat(System.nanoTime()).as("%s not answering after %s: %s", url, limit, logTail()).isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Stops the server: a polite signal first, then a forcible one. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(15, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    record Run(int exit, String out, String err) {}

    static Run taz2rdf(String... args) {
        StringWriter err = new StringWriter();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = Main.run(new ByteArrayInputStream(new byte[0]), out, new PrintWriter(err), args);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString());
    }

    /** The samples as {@code convert -f nq} gives them: per graph, its triples as sorted N-Triples lines. */
    static Map<String, TreeSet<String>> convertedSamples() {
        Run convert = taz2rdf("convert", "-q", "-f", "nq", "samples");
        assertThat(convert.exit()).as(convert.err()).isZero();
        return byGraph(convert.out());
    }

    /** N-Quads, parsed and written again by Jena, per graph as sorted N-Triples lines. */
    static Map<String, TreeSet<String>> byGraph(String nquads) {
        DatasetGraph dataset = DatasetGraphFactory.create();
        RDFParser.fromString(nquads, Lang.NQUADS).parse(dataset);
        Map<String, TreeSet<String>> graphs = new TreeMap<>();
        dataset.find().forEachRemaining(q -> graphs.computeIfAbsent(q.getGraph().getURI(), g -> new TreeSet<>())
                .add(NodeFmtLib.strNodesNT(q.getSubject(), q.getPredicate(), q.getObject()) + " ."));
        return graphs;
    }

    static Map<String, Integer> counts(Map<String, TreeSet<String>> graphs) {
        Map<String, Integer> counts = new TreeMap<>();
        graphs.forEach((graph, triples) -> counts.put(graph, triples.size()));
        return counts;
    }
}
