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
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Every command's {@code --help} renders, and without picocli complaining about its text (a lone {@code %} in a
 * description, say, which picocli takes for a format conversion and then prints unformatted, with a warning).
 * Picocli prints its warnings to the standard error the JVM had when picocli was first used, so that part runs in
 * a fresh JVM.
 */
class HelpTextTest {

    @TempDir
    Path dir;

    private static List<String> commands() {
        CommandLine root = new CommandLine(new Main(), new CommandFactory(new ByteArrayInputStream(new byte[0]),
                OutputStream.nullOutputStream()));
        return root.getSubcommands().keySet().stream().filter(name -> !name.equals("help")).toList();
    }

    @Test
    void everyHelpRenders() {
        assertThat(help()).contains("Usage: taz2rdf");
        assertThat(commands()).contains("convert", "load", "query", "publish");
        for (String command : commands()) {
            assertThat(help(command)).as(command).contains("Usage: taz2rdf " + command, "Exit codes:");
        }
    }

    @Test
    void noHelpMakesPicocliWarn() throws Exception {
        Path errors = dir.resolve("stderr.log");
        Process helps = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), EveryHelp.class.getName())
                .redirectError(errors.toFile()).redirectOutput(dir.resolve("stdout.log").toFile()).start();

        if (!helps.waitFor(120, TimeUnit.SECONDS)) {
            helps.destroyForcibly();
        }
        assertThat(helps.exitValue()).isZero();
        assertThat(Files.readString(dir.resolve("stdout.log"))).contains("Usage: taz2rdf load");
        assertThat(Files.readString(errors)).isEmpty();
    }

    @Test
    void eachHelpListsTheExitCodesOfItsCommandOnly() {
        CommandLine root = new CommandLine(new Main(), new CommandFactory(new ByteArrayInputStream(new byte[0]),
                OutputStream.nullOutputStream()));
        for (String command : commands()) {
            ExitCodes declared = root.getSubcommands().get(command).getCommand().getClass().getAnnotation(ExitCodes.class);
            assertThat(declared).as(command + " declares its exit codes").isNotNull();
            assertThat(declared.value()).as(command).contains(ExitCode.USAGE, ExitCode.INTERNAL_ERROR);
            if (!command.equals("serve")) {
                assertThat(declared.value()).as(command + " ends by itself").contains(ExitCode.OK);
            }
            assertThat(listedCodes(help(command))).as(command)
                    .containsExactlyElementsOf(Arrays.stream(declared.value()).map(ExitCode::code).toList());
        }
        assertThat(listedCodes(help("query"))).contains(6).doesNotContain(1);
        assertThat(listedCodes(help("convert"))).contains(1, 3).doesNotContain(5, 6);
        assertThat(listedCodes(help())).containsExactly(0, 1, 2, 3, 4, 5, 6);
    }

    @Test
    void theReadmeNamesTheCommandsThatEndWithEachCode() throws Exception {
        CommandLine root = new CommandLine(new Main(), new CommandFactory(new ByteArrayInputStream(new byte[0]),
                OutputStream.nullOutputStream()));
        String readme = Files.readString(Path.of("README.md"));
        for (ExitCode exit : ExitCode.values()) {
            List<String> commands = commands().stream().filter(command -> Arrays.asList(
                    root.getSubcommands().get(command).getCommand().getClass().getAnnotation(ExitCodes.class).value())
                    .contains(exit)).toList();
            String named = commands.size() == commands().size() ? "all"
                    : commands.stream().map(command -> "`" + command + "`").collect(Collectors.joining(", "));
            assertThat(readme).as("README row of exit code %d", exit.code())
                    .containsPattern("(?m)^\\| " + exit.code() + " \\| [^|]+ \\| " + Pattern.quote(named) + " \\|$");
        }
    }

    /** The codes under "Exit codes:" in a help text, in their order. */
    private static List<Integer> listedCodes(String help) {
        String list = help.substring(help.indexOf("Exit codes:"));
        Matcher line = Pattern.compile("(?m)^ +(\\d+) {2,}").matcher(list);
        List<Integer> codes = new java.util.ArrayList<>();
        while (line.find()) {
            codes.add(Integer.parseInt(line.group(1)));
        }
        return codes;
    }

    /** Prints the help of the tool and of every command, in the JVM it is started in. */
    static final class EveryHelp {
        public static void main(String[] args) {
            help();
            commands().forEach(command -> System.out.print(help(command)));
        }
    }

    private static String help(String... command) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        String[] args = new String[command.length + 1];
        System.arraycopy(command, 0, args, 0, command.length);
        args[command.length] = "--help";
        int exit = Main.run(new ByteArrayInputStream(new byte[0]), out, new PrintWriter(err), args);
        if (exit != 0 || !err.toString().isEmpty()) {
            throw new AssertionError("--help of " + String.join(" ", command) + ": exit " + exit + ", " + err);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
