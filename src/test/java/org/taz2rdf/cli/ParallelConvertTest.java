package org.taz2rdf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading and mapping on several threads changes nothing in the output or the diagnostics. */
class ParallelConvertTest {

    private static String[] run(String threads, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        int exit = Main.run(new ByteArrayInputStream(new byte[0]), out, new PrintWriter(err), "convert", "--threads",
                threads, "-f", format, "src/test/resources/golden");
        return new String[] {Integer.toString(exit), out.toString(java.nio.charset.StandardCharsets.UTF_8), err.toString()};
    }

    @ParameterizedTest
    @ValueSource(strings = {"ttl", "nq"})
    void givesTheSameBytesAndDiagnosticsOnOneThreadAndOnFour(String format) {
        String[] one = run("1", format);
        String[] four = run("4", format);
        assertThat(four[0]).isEqualTo(one[0]);
        assertThat(four[1]).isEqualTo(one[1]).contains("NewsArticle");
        assertThat(four[2]).isEqualTo(one[2]);
        assertThat(one[1].length()).isGreaterThan(100_000);
    }
}
