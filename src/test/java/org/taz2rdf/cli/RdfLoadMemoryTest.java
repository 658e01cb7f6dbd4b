package org.taz2rdf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taz2rdf.bench.CorpusGenerator;

/**
 * {@code load} of an N-Quads file from {@code convert} holds one article at a time, not the file: 500 articles
 * (14 MB of N-Quads) load in a fresh JVM with a 48 MB heap, where reading the file whole ran out of memory.
 */
class RdfLoadMemoryTest {

    @TempDir
    Path dir;

    @Test
    void loadsAnNQuadsFileLargerThanTheHeapAllowsToHoldWhole() throws Exception {
        Path texts = dir.resolve("texts");
        CorpusGenerator.main(new String[] {texts.toString(), "500", "3"});
        Path nquads = dir.resolve("all.nq");
        assertThat(Main.run(new ByteArrayInputStream(new byte[0]), OutputStream.nullOutputStream(),
                new PrintWriter(new StringWriter()), "convert", "-q", "-f", "nq", "-o", nquads.toString(),
                texts.toString())).isZero();
        assertThat(Files.size(nquads)).isGreaterThan(10_000_000);
        Path store = dir.resolve("db");
        Path log = dir.resolve("load.log");

        Process load = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx48m", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "load", "-q", "--loc", store.toString(), nquads.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();

        if (!load.waitFor(300, TimeUnit.SECONDS)) {
            load.destroyForcibly();
        }
        assertThat(load.exitValue()).as(Files.readString(log)).isZero();
        assertThat(Files.readString(log)).contains("500 added");
        ByteArrayOutputStream stats = new ByteArrayOutputStream();
        Main.run(new ByteArrayInputStream(new byte[0]), stats, new PrintWriter(new StringWriter()),
                "stats", "--loc", store.toString());
        assertThat(stats.toString(StandardCharsets.UTF_8)).startsWith("articles          500");
    }
}
