package org.taz2rdf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --help} lists the commands without starting Jena: the option types name Jena's formats in methods, not in
 * fields, so picocli reading them does not initialise RIOT (its languages, writers and logging), which cost about
 * 0.09 s of the start-up. Checked in a fresh JVM, since the tests' own JVM has Jena started long before.
 */
class HelpStartupTest {

    @TempDir
    Path dir;

    @Test
    void helpDoesNotStartJenasRiot() throws Exception {
        Path classes = dir.resolve("classes.log");
        Path output = dir.resolve("output.log");
        Process help = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+init=info:file=" + classes, "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "--help")
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        assertThat(help.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(help.exitValue()).isZero();
        assertThat(Files.readString(output)).contains("convert", "load", "query");
        List<String> initialised = Files.readAllLines(classes).stream().map(line -> line.replace('/', '.')).toList();
        assertThat(initialised).anyMatch(line -> line.contains("picocli.CommandLine"));
        assertThat(initialised).noneMatch(line -> line.contains("org.apache.jena.riot.RDFLanguages")
                || line.contains("org.apache.jena.riot.RDFFormat") || line.contains("org.slf4j.LoggerFactory"));
    }
}
