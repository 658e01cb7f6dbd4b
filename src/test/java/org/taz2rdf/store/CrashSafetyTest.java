package org.taz2rdf.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.jena.riot.out.NodeFmtLib;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taz2rdf.cli.Main;
import org.taz2rdf.diagnostic.DiagnosticPolicy;
import org.taz2rdf.pipeline.UnitReader;
import org.taz2rdf.rdf.ArticleMapper;
import org.taz2rdf.source.Input;

/**
 * A load killed with SIGKILL in the middle leaves every article complete or absent, and running the load again
 * completes it. The kill comes once articles are being committed, so it falls inside the load. A bulk load killed
 * while it builds leaves the store it was to fill as empty as it was, and running it again builds it.
 */
class CrashSafetyTest {

    private static final int ARTICLES = 1200;

    @TempDir
    Path dir;

    @Test
    void aLoadKilledMidwayLeavesEveryArticleWholeOrAbsentAndARerunCompletesIt() throws Exception {
        Path inputs = Files.createDirectories(dir.resolve("articles"));
        List<Path> files = StoreFixture.generated(inputs, ARTICLES);
        Map<String, TreeSet<String>> expected = expectedGraphs(files);
        Path store = dir.resolve("db");
        boolean killedMidway = killOnceWriting(child -> store, true, "--batch", "1", "--loc", store.toString(),
                inputs.toString());

        int whole;
        try (ArticleStore opened = ArticleStore.open(store)) {
            whole = checkWholeOrAbsent(opened, expected);
            StoreFixture.load(opened, files);
            assertThat(checkWholeOrAbsent(opened, expected)).as("articles after the re-run").isEqualTo(ARTICLES);
        }
        assertThat(killedMidway).as("the load was still running when killed (" + whole + " articles in)").isTrue();
        assertThat(whole).as("articles stored before the kill").isLessThan(ARTICLES);
    }

    @Test
    void aBulkLoadKilledMidwayLeavesTheStoreEmptyAndARerunBuildsIt() throws Exception {
        Path inputs = Files.createDirectories(dir.resolve("articles"));
        Map<String, TreeSet<String>> expected = expectedGraphs(StoreFixture.generated(inputs, ARTICLES));
        Path store = dir.resolve("db");
        boolean killedMidway = killOnceWriting(child -> dir.resolve(".db.bulk-" + child.pid()), true, "--bulk",
                "--loc", store.toString(), inputs.toString());

        assertThat(killedMidway).as("the bulk load was still running when killed").isTrue();
        try (ArticleStore opened = ArticleStore.open(store)) {
            assertThat(checkWholeOrAbsent(opened, expected)).as("articles in the store after the kill").isZero();
            assertThat(ArticleBulkLoader.holdsNoData(opened, StoreFixture.IRIS)).isTrue();
        }
        StringWriter err = new StringWriter();
        int exit = Main.run(new ByteArrayInputStream(new byte[0]), OutputStream.nullOutputStream(),
                new PrintWriter(err), "load", "-q", "--bulk", "--loc", store.toString(), inputs.toString());
        assertThat(exit).as(err.toString()).isZero();
        try (ArticleStore opened = ArticleStore.open(store)) {
            assertThat(checkWholeOrAbsent(opened, expected)).as("articles after the re-run").isEqualTo(ARTICLES);
        }
    }

    @Test
    void aBulkLoadStoppedMidwayDeletesWhatItBuilt() throws Exception {
        Path inputs = Files.createDirectories(dir.resolve("articles"));
        StoreFixture.generated(inputs, ARTICLES);
        Path store = dir.resolve("db");
        boolean stoppedMidway = killOnceWriting(child -> dir.resolve(".db.bulk-" + child.pid()), false, "--bulk",
                "--loc", store.toString(), inputs.toString());

        assertThat(stoppedMidway).as("the bulk load was still running when stopped").isTrue();
        try (var left = Files.list(dir)) {
            assertThat(left.map(path -> path.getFileName().toString())).containsExactlyInAnyOrder("articles", "db",
                    "load.log");
        }
        try (ArticleStore opened = ArticleStore.open(store)) {
            assertThat(ArticleBulkLoader.holdsNoData(opened, StoreFixture.IRIS)).isTrue();
        }
    }

    /**
     * Runs {@code load -q OPTIONS…} in a child JVM and stops it, with SIGKILL or else SIGTERM, once the store it
     * writes (which {@code written} names for the child) holds some node data; returns whether it was still running
     * then.
     */
    private boolean killOnceWriting(Function<Process, Path> written, boolean sigkill, String... options)
            throws Exception {
        List<String> args = new ArrayList<>(List.of("load", "-q"));
        args.addAll(List.of(options));
        Process load = ChildJvm.start(Main.class, dir.resolve("load.log"), args.toArray(String[]::new));
        Path store = written.apply(load);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (load.isAlive() && nodeData(store) < 200_000 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        boolean killedMidway = load.isAlive();
        if (sigkill) {
            load.destroyForcibly();
        } else {
            load.destroy();
        }
        load.waitFor(30, TimeUnit.SECONDS);
        return killedMidway;
    }

    /** Asserts each article graph equals its expected graph or is empty; returns how many are whole. */
    private static int checkWholeOrAbsent(ArticleStore store, Map<String, TreeSet<String>> expected) {
        int whole = 0;
        for (Map.Entry<String, TreeSet<String>> article : expected.entrySet()) {
            TreeSet<String> stored = StoreFixture.graph(store.dataset(), article.getKey());
            if (!stored.isEmpty()) {
                assertThat(stored).as("graph " + article.getKey()).isEqualTo(article.getValue());
                whole++;
            }
        }
        return whole;
    }

    private static Map<String, TreeSet<String>> expectedGraphs(List<Path> files) {
        UnitReader reader = new UnitReader(DiagnosticPolicy.LENIENT, new ArticleMapper(StoreFixture.IRIS));
        Map<String, TreeSet<String>> expected = new HashMap<>();
        for (Path file : files) {
            reader.read(new Input.FileInput(file), Optional.empty()).units().forEach(unit -> {
                TreeSet<String> lines = new TreeSet<>();
                unit.quads().forEach(quad -> lines.add(NodeFmtLib.str(quad.asTriple())));
                expected.put(unit.graph(), lines);
            });
        }
        return expected;
    }

    /** The size of the store's node data (0 while there is none), which grows as articles are committed (the index files are preallocated). */
    private static long nodeData(Path store) {
        return store.resolve("Data-0001").resolve("nodes-data.obj").toFile().length();
    }
}
