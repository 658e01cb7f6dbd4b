package org.taz2rdf.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.taz2rdf.rdf.IriMinter;
import org.taz2rdf.source.InputCollector;
import org.taz2rdf.store.ArticleLoader;
import org.taz2rdf.store.ArticleStore;
import org.taz2rdf.store.BulkPlan;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code taz2rdf load}: articles into the TDB2 store, one named graph each. */
@ExitCodes({ExitCode.OK, ExitCode.INPUT_FAILED, ExitCode.USAGE, ExitCode.OUTPUT_FAILED, ExitCode.INTERNAL_ERROR,
    ExitCode.STORE_BUSY})
@Command(
        name = "load",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        sortOptions = false,
        description = {
            "Loads taz article texts (everything convert reads) and RDF files that convert wrote (.nq, .trig,"
                    + " .nt, .ttl) into a TDB2 store, each article in its own named graph.",
            "Re-loading an article replaces its graph; an article whose source is unchanged is skipped."
                    + " Writes are ordinary TDB2 write transactions, a batch of articles each, so an interrupted"
                    + " load leaves every article either fully old or fully new; run it again to finish."
        })
final class LoadCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "" + ArticleLoader.DEFAULT_BATCH,
            description = "Articles in the first write transaction; each later one takes as many as were committed"
                    + " before it, so that the store grows little (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--bulk",
            description = "Build a new store, in an empty or missing --loc, with Jena's bulk loader (see --loader): at"
                    + " 300,000 articles 1.2 times as fast as write transactions, and the store takes some 30%% less"
                    + " disk. It is built in a folder"
                    + " beside --loc and moved there when whole, so a run that fails or is stopped leaves --loc as"
                    + " it was (one killed outright also leaves that folder, .NAME.bulk-PID, to delete). Needs a"
                    + " larger heap than a load in transactions (e.g. java -Xmx2g).")
    boolean bulk;

    @Option(names = "--loader", paramLabel = "PLAN", defaultValue = "phased",
            description = "With --bulk, how Jena's bulk loader builds the indexes, as tdb2.tdbloader --loader:"
                    + " phased (the data on three threads, then the indexes two and three at a time) or light (the"
                    + " data on two threads, then one index at a time: for a store larger than the memory, where"
                    + " building several indexes at once thrashes the page cache) (default: ${DEFAULT-VALUE}).")
    BulkPlan plan;

    @Mixin
    InputOptions input;

    @Parameters(paramLabel = "INPUT", arity = "1..*",
            description = "Article texts, RDF files from convert, folders, or - for standard input (a text).")
    List<String> operands;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final InputStream stdin;

    LoadCommand(InputStream stdin, OutputStream stdout) {
        this.stdin = stdin;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        IriMinter iris = StoreAccess.iris(store, spec.commandLine());
        if (batch < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--batch must be at least 1");
        }
        if (!bulk && spec.commandLine().getParseResult().hasMatchedOption("--loader")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--loader needs --bulk");
        }
        Optional<String> explicitId = input.explicitId(spec.commandLine());
        int threads = input.threads(spec.commandLine());
        InputCollector.Collected collected = input.collect(stdin, operands, spec.commandLine());
        DiagnosticPrinter printer = input.printer(err);
        return StoreAccess.with(store, err,
                opened -> load(opened, iris, collected, explicitId, threads, printer, err));
    }

    private int load(ArticleStore opened, IriMinter iris, InputCollector.Collected collected,
            Optional<String> explicitId, int threads, DiagnosticPrinter printer, PrintWriter err) {
        collected.problems().forEach(printer::print);
        StoreLoading loading = new StoreLoading(opened, iris, input.policy(), batch, threads, printer, err);
        return bulk
                ? loading.loadBulk(collected.inputs(), plan, explicitId, collected.problems())
                : loading.load(collected.inputs(), explicitId, collected.problems());
    }
}
