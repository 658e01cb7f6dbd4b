package org.taz2rdf.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code taz2rdf} command: a thin entry point; all work is in the subcommands. */
@Command(
        name = "taz2rdf",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Turns articles of the German daily taz, as served over Gopher and Gemini, into schema.org"
                + " linked data.",
        subcommands = {ConvertCommand.class, LoadCommand.class, QueryCommand.class, StatsCommand.class, ExportCommand.class,
            DeleteCommand.class, CompactCommand.class, HarvestCommand.class, ServeCommand.class, PublishCommand.class,
            CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * Runs the command line and exits with its code. Results go to the standard output's file descriptor itself,
     * not through {@code System.out}, which would swallow a failed write (a full disk, a closed pipe) and let the
     * command report success. An error that escapes it (out of memory, say) is printed and
     * ends the JVM with {@link ExitCode#INTERNAL_ERROR}, even when threads that are not daemons are left waiting
     * (those of Jena's bulk loader are).
     */
    public static void main(String[] args) {
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code;
        try {
            code = run(System.in, new FileOutputStream(FileDescriptor.out), err, args);
        } catch (Throwable e) {
            err.println("taz2rdf: " + e + (e instanceof OutOfMemoryError ? " (run it with a larger -Xmx)" : ""));
            e.printStackTrace(err);
            code = ExitCode.INTERNAL_ERROR.code();
        }
        System.exit(code);
    }

    /**
     * Runs the command line with the given streams; returns the exit code. Data goes to {@code out}, help and
     * version text too; diagnostics go to {@code err}. Used by {@code main} and the tests.
     */
    public static int run(InputStream in, OutputStream out, PrintWriter err, String... args) {
        PrintWriter text = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        try {
            return commandLine(in, out, text, err).execute(args);
        } finally {
            text.flush();
            err.flush();
        }
    }

    private static CommandLine commandLine(InputStream in, OutputStream out, PrintWriter text, PrintWriter err) {
        Logging.quietJena();
        CommandLine commandLine = new CommandLine(new Main(), new CommandFactory(in, out));
        commandLine.setOut(text);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExitCodeExceptionMapper(e -> ExitCode.USAGE.code());
        commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> {
            err.println("taz2rdf: internal error: " + e);
            return ExitCode.INTERNAL_ERROR.code();
        });
        commandLine.getCommandSpec().usageMessage().exitCodeList(ExitCode.helpList());
        for (CommandLine sub : commandLine.getSubcommands().values()) {
            sub.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n")
                    .exitCodeList(ExitCode.helpList(exitCodesOf(sub.getCommand())));
        }
        commandLine.getCommandSpec().exitCodeOnUsageHelp(ExitCode.OK.code());
        return commandLine;
    }

    /** The codes a command declares with {@link ExitCodes}; picocli's help command ends with 0 or 2. */
    static ExitCode[] exitCodesOf(Object command) {
        ExitCodes declared = command.getClass().getAnnotation(ExitCodes.class);
        return declared != null ? declared.value() : new ExitCode[] {ExitCode.OK, ExitCode.USAGE};
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: convert, load, query, stats, export, delete, compact, harvest, serve or publish");
    }
}
