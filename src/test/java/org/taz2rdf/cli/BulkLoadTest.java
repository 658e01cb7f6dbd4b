package org.taz2rdf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taz2rdf.bench.CorpusGenerator;

/**
 * {@code load --bulk} builds the store an ordinary load builds from the same inputs: every graph, the metadata,
 * the resolved related articles, the counts and the report, including second captures of an article (replacing
 * the first, or skipped when identical) and inputs that fail.
 */
class BulkLoadTest {

    @TempDir
    Path dir;

    private Path inputs;

    private String[] run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        int exit = Main.run(new ByteArrayInputStream(new byte[0]), out, new PrintWriter(err), args);
        return new String[] {Integer.toString(exit), out.toString(StandardCharsets.UTF_8), err.toString()};
    }

    /**
     * Inputs: the golden texts (some fail, some warn), the samples, 300 generated articles, an identical copy of a
     * sample, and a second capture of another with a changed headline, in a folder read after the first.
     */
    @BeforeEach
    void writeInputs() throws IOException {
        inputs = Files.createDirectories(dir.resolve("inputs"));
        CorpusGenerator.main(new String[] {inputs.resolve("a-generated").toString(), "300", "11"});
        Path again = Files.createDirectories(inputs.resolve("b-again"));
        List<Path> samples;
        try (var files = Files.list(Path.of("samples"))) {
            samples = files.filter(path -> path.toString().endsWith(".txt")).sorted().toList();
        }
        Files.copy(samples.get(0), again.resolve("copy-" + samples.get(0).getFileName()));
        Path recaptured = samples.get(1);
        List<String> lines = Files.readAllLines(recaptured);
        int title = 0;
        while (!lines.get(title).startsWith("# taz.de -- ")) {
            title++;
        }
        lines.set(title, lines.get(title) + " (neu)");
        Files.write(again.resolve("recaptured-" + recaptured.getFileName()), lines);
    }

    /** Loads into a new store; returns the exit code, the report and the store's content, timestamps left out. */
    private String[] load(String name, String... options) {
        String store = dir.resolve(name).toString();
        List<String> args = new java.util.ArrayList<>(List.of("load", "-q", "--loc", store));
        args.addAll(List.of(options));
        args.addAll(List.of("src/test/resources/golden", "samples", inputs.toString()));
        String[] loaded = run(args.toArray(String[]::new));
        String exported = run("export", "--with-store-graphs", "-f", "nq", "--loc", store)[1].lines()
                .filter(line -> !line.contains("generatedAtTime"))
                .sorted()
                .collect(Collectors.joining("\n"));
        return new String[] {loaded[0], loaded[2].replace(store, "STORE"), exported};
    }

    @Test
    void buildsTheStoreAnOrdinaryLoadBuilds() throws IOException {
        String[] ordinary = load("ordinary");

        for (String plan : List.of("phased", "light")) {
            String[] bulk = load(plan, "--bulk", "--loader=" + plan);

            assertThat(bulk[0]).as(plan).isEqualTo(ordinary[0]);
            assertThat(bulk[1]).as(plan).isEqualTo(ordinary[1]).contains(" 1 replaced, 8 skipped (unchanged)");
            assertThat(bulk[2].lines().count()).as(plan).isGreaterThan(40_000);
            assertThat(bulk[2]).as(plan).isEqualTo(ordinary[2]);
            for (String query : List.of("tags", "authors", "most-cited", "unresolved-related")) {
                assertThat(run("query", "--loc", dir.resolve(plan).toString(), query)[1]).as(plan + " " + query)
                        .isEqualTo(run("query", "--loc", dir.resolve("ordinary").toString(), query)[1]);
            }
        }
        try (var left = Files.list(dir)) {
            assertThat(left.map(path -> path.getFileName().toString()))
                    .containsExactlyInAnyOrder("inputs", "ordinary", "phased", "light");
        }
    }

    @Test
    void takesALoaderPlanOnlyWithBulk() {
        String store = dir.resolve("db").toString();

        String[] light = run("load", "--loader=light", "--loc", store, "samples");

        assertThat(light[0]).isEqualTo("2");
        assertThat(light[2]).contains("--loader needs --bulk");
        assertThat(Files.exists(Path.of(store))).isFalse();
    }

    @Test
    void refusesAStoreThatHoldsDataAndLeavesIt() {
        String store = dir.resolve("db").toString();
        run("load", "-q", "--loc", store, "samples");
        String before = run("export", "--with-store-graphs", "-f", "nq", "--loc", store)[1];

        String[] bulk = run("load", "--bulk", "--loc", store, inputs.toString());

        assertThat(bulk[0]).isEqualTo("2");
        assertThat(bulk[2]).contains("--bulk builds a new store, but " + store + " already holds data");
        assertThat(run("export", "--with-store-graphs", "-f", "nq", "--loc", store)[1]).isEqualTo(before);
    }

    @Test
    void fillsAnEmptyStoreThatExists() throws IOException {
        String store = dir.resolve("db").toString();
        String nothing = Files.createDirectories(dir.resolve("nothing")).toString();
        run("load", "-q", "--loc", store, nothing);
        assertThat(Files.isDirectory(Path.of(store, "Data-0001"))).isTrue();
        String ordinary = dir.resolve("ordinary").toString();
        run("load", "-q", "--loc", ordinary, "samples");

        String[] bulk = run("load", "-q", "--bulk", "--loc", store, "samples");

        assertThat(bulk[0]).isEqualTo("0");
        assertThat(bulk[2]).contains(" 7 added, 0 replaced");
        assertThat(run("query", "--loc", store, "tags")[1]).isEqualTo(run("query", "--loc", ordinary, "tags")[1]);
    }
}
