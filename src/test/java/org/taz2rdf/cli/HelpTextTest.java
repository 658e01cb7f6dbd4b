package org.taz2rdf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every command's {@code --help} renders without picocli complaining about its text (a lone {@code %} in a
 * description, say, which picocli takes for a format conversion and then prints unformatted, with a warning).
 */
class HelpTextTest {

    private static final List<String> COMMANDS = List.of("convert", "load", "query", "stats", "export", "delete",
            "compact", "harvest", "serve", "publish");

    @Test
    void everyHelpRendersWithoutWarnings() {
        PrintStream systemErr = System.err;
        ByteArrayOutputStream warnings = new ByteArrayOutputStream();
        System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
        try {
            assertThat(help()).contains("Usage: taz2rdf");
            for (String command : COMMANDS) {
                assertThat(help(command)).as(command).contains("Usage: taz2rdf " + command, "Exit codes:");
            }
        } finally {
            System.setErr(systemErr);
        }
        assertThat(warnings.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    private static String help(String... command) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        String[] args = new String[command.length + 1];
        System.arraycopy(command, 0, args, 0, command.length);
        args[command.length] = "--help";
        int exit = Main.run(new ByteArrayInputStream(new byte[0]), out, new PrintWriter(err), args);
        assertThat(exit).isZero();
        assertThat(err.toString()).isEmpty();
        return out.toString(StandardCharsets.UTF_8);
    }
}
