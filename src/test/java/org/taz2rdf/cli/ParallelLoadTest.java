package org.taz2rdf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading and mapping on several threads while one writes the store changes nothing in the store or the report. */
class ParallelLoadTest {

    @TempDir
    Path dir;

    private String[] run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        int exit = Main.run(new ByteArrayInputStream(new byte[0]), out, new PrintWriter(err), args);
        return new String[] {Integer.toString(exit), out.toString(StandardCharsets.UTF_8), err.toString()};
    }

    /** Loads the golden inputs (texts that fail, warn and pass) with a small batch; returns exit, export, report. */
    private String[] load(String threads) {
        String store = dir.resolve("db-" + threads).toString();
        String[] loaded = run("load", "-q", "--batch", "3", "--threads", threads, "--loc", store,
                "src/test/resources/golden");
        String[] exported = run("export", "-f", "nq", "--loc", store);
        String report = loaded[2].replace(store, "STORE");
        return new String[] {loaded[0], exported[1], report};
    }

    @Test
    void givesTheSameStoreAndReportOnOneThreadAndOnFour() {
        String[] one = load("1");
        String[] four = load("4");
        assertThat(four[0]).isEqualTo(one[0]);
        assertThat(four[1]).isEqualTo(one[1]).contains("NewsArticle");
        assertThat(four[2]).isEqualTo(one[2]).contains(" added, 0 replaced, 0 skipped (unchanged)");
    }

    @Test
    void skipsUnchangedSourcesOnEveryThreadCount() {
        String store = dir.resolve("db").toString();
        String first = run("load", "-q", "--threads", "1", "--loc", store, "samples")[2];
        assertThat(first).contains(": 7 added, 0 replaced, 0 skipped (unchanged)");
        for (String threads : new String[] {"1", "2", "4"}) {
            String again = run("load", "-q", "--threads", threads, "--loc", store, "samples")[2];
            assertThat(again).as("threads " + threads).contains(": 0 added, 0 replaced, 7 skipped (unchanged)");
        }
    }

    @Test
    void refusesAThreadCountOutOfRange() {
        assertThat(run("load", "--threads", "0", "--loc", dir.resolve("db").toString(), "samples")[0])
                .isEqualTo(Integer.toString(ExitCode.USAGE.code()));
    }
}
