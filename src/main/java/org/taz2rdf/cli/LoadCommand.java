package org.taz2rdf.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.taz2rdf.diagnostic.Severity;
import org.taz2rdf.parse.ParseResult.PageKind;
import org.taz2rdf.pipeline.UnitReader;
import org.taz2rdf.pipeline.Units;
import org.taz2rdf.rdf.ArticleMapper;
import org.taz2rdf.rdf.IriMinter;
import org.taz2rdf.source.Input;
import org.taz2rdf.source.InputCollector;
import org.taz2rdf.store.ArticleLoader;
import org.taz2rdf.store.ArticleStore;
import org.taz2rdf.store.LoadResult;
import org.taz2rdf.store.LoadUnit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code taz2rdf load}: articles into the TDB2 store, one named graph each. */
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
            description = "Articles per write transaction (default: ${DEFAULT-VALUE}).")
    int batch;

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
        Optional<String> explicitId = input.explicitId(spec.commandLine());
        InputCollector.Collected collected = input.collect(stdin, operands, spec.commandLine());
        DiagnosticPrinter printer = input.printer(err);
        collected.problems().forEach(printer::print);
        return StoreAccess.with(store, err, opened -> load(opened, iris, collected, explicitId, printer, err));
    }

    private int load(ArticleStore opened, IriMinter iris, InputCollector.Collected collected,
            Optional<String> explicitId, DiagnosticPrinter printer, PrintWriter err) {
        UnitReader reader = new UnitReader(input.policy(), new ArticleMapper(iris));
        ArticleLoader loader = new ArticleLoader(opened, iris, Version.current(), Clock.systemUTC(), batch);
        List<Input> inputs = collected.inputs();
        Progress progress = new Progress(err, Progress.stderrIsTerminal() && inputs.size() > 1, inputs.size());
        int failed = collected.problems().size();
        int menus = 0;
        long warnings = 0;
        long errors = collected.problems().size();
        int done = 0;
        for (Input each : inputs) {
            Units units = reader.read(each, explicitId, loader::skipIfStored);
            if (!units.diagnostics().isEmpty()) {
                progress.clear();
                units.diagnostics().forEach(printer::print);
            }
            warnings += units.diagnostics().stream().filter(d -> d.severity() == Severity.WARNING).count();
            errors += units.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).count();
            if (units.failed()) {
                failed++;
            } else if (units.kind() == PageKind.MENU) {
                menus++;
            } else {
                for (LoadUnit unit : units.units()) {
                    loader.add(unit);
                }
            }
            progress.update(++done);
        }
        LoadResult result = loader.finish();
        progress.clear();
        err.println(String.format(Locale.ROOT,
                "taz2rdf: %d inputs into %s: %d added, %d replaced, %d skipped (unchanged), %d failed, %d menus"
                        + " skipped; %d warnings, %d errors",
                inputs.size() + collected.problems().size(), opened.location(), result.added(), result.replaced(),
                result.skipped(), failed, menus, warnings, errors));
        return failed > 0 ? ExitCode.INPUT_FAILED.code() : ExitCode.OK.code();
    }
}
