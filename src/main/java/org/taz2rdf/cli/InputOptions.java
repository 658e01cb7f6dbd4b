package org.taz2rdf.cli;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.taz2rdf.diagnostic.DiagnosticPolicy;
import org.taz2rdf.pipeline.InputOrder;
import org.taz2rdf.source.InputCollector;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The options of the commands that read articles: {@code --id}, {@code --strict}, {@code --quiet},
 * {@code --threads}.
 */
final class InputOptions {

    @Option(names = "--id", paramLabel = "ID",
            description = "The taz article id of the single INPUT (e.g. 5536273 or !5536273), where its name holds none.")
    String id;

    @Option(names = "--strict", description = "Treat warnings as errors: an input with a warning fails and is not written.")
    boolean strict;

    @Option(names = {"-q", "--quiet"}, description = "Print only warnings, errors and the summary, no notes.")
    boolean quiet;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "" + InputOrder.DEFAULT_THREADS,
            description = "Threads that read, parse and map articles; results are taken in input order, so the"
                    + " outcome is the same as on one thread (default: ${DEFAULT-VALUE}).")
    int threads;

    DiagnosticPolicy policy() {
        return strict ? DiagnosticPolicy.STRICT : DiagnosticPolicy.LENIENT;
    }

    /** The number of {@code --threads}, checked. */
    int threads(CommandLine commandLine) {
        if (threads < 1 || threads > 64) {
            throw new CommandLine.ParameterException(commandLine, "--threads takes 1 to 64");
        }
        return threads;
    }

    /** The id given with {@code --id}, checked. */
    Optional<String> explicitId(CommandLine commandLine) {
        return ArticleIdOption.parse(id, commandLine);
    }

    /** Collects the inputs; {@code --id} fits one input only. */
    InputCollector.Collected collect(InputStream stdin, List<String> operands, CommandLine commandLine) {
        InputCollector.Collected found = new InputCollector(stdin).collect(operands);
        InputCollector.Collected collected = new InputCollector.Collected(found.inputs(),
                found.problems().stream().map(policy()::apply).toList());
        int given = collected.inputs().size() + collected.unusable();
        if (id != null && given > 1) {
            throw new CommandLine.ParameterException(commandLine,
                    "--id names the id of one input, but " + given + " inputs were given");
        }
        return collected;
    }

    DiagnosticPrinter printer(java.io.PrintWriter err) {
        return new DiagnosticPrinter(err, quiet);
    }
}
