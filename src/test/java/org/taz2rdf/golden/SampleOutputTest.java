package org.taz2rdf.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.taz2rdf.cli.Main;

/** {@code output/} holds the current RDF of {@code samples/}; regenerate it with {@code bash output/regenerate}. */
class SampleOutputTest {

    @ParameterizedTest
    @CsvSource({"ttl, output/samples.ttl", "trig, output/samples.trig"})
    void outputFolderIsCurrent(String format, String file) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = Main.run(new ByteArrayInputStream(new byte[0]), out, new PrintWriter(new StringWriter()),
                "convert", "-q", "-f", format, "samples");
        assertThat(exit).isZero();
        assertThat(out.toByteArray())
                .as(file + " is stale: run 'bash output/regenerate' and commit the result")
                .isEqualTo(Files.readAllBytes(Path.of(file)));
    }
}
