package org.taz2rdf.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.taz2rdf.diagnostic.DiagnosticPolicy;
import org.taz2rdf.diagnostic.Severity;
import org.taz2rdf.parse.ParseResult.PageKind;
import org.taz2rdf.pipeline.UnitReader;
import org.taz2rdf.pipeline.Units;
import org.taz2rdf.rdf.ArticleMapper;
import org.taz2rdf.rdf.IriMinter;
import org.taz2rdf.source.Input;
import org.taz2rdf.store.ArticleLoader;
import org.taz2rdf.store.ArticleStore;
import org.taz2rdf.store.LoadResult;
import org.taz2rdf.store.LoadUnit;

/** One load run into an open store, with diagnostics, progress and the summary line; shared by load and harvest. */
final class StoreLoading {

    private final ArticleStore store;
    private final IriMinter iris;
    private final DiagnosticPolicy policy;
    private final int batch;
    private final DiagnosticPrinter printer;
    private final PrintWriter err;

    StoreLoading(ArticleStore store, IriMinter iris, DiagnosticPolicy policy, int batch, DiagnosticPrinter printer,
            PrintWriter err) {
        this.store = store;
        this.iris = iris;
        this.policy = policy;
        this.batch = batch;
        this.printer = printer;
        this.err = err;
    }

    /** Loads the inputs; {@code alreadyFailed} counts operands that could not be read. Returns the exit code. */
    int load(List<Input> inputs, Optional<String> explicitId, int alreadyFailed) {
        UnitReader reader = new UnitReader(policy, new ArticleMapper(iris));
        ArticleLoader loader = new ArticleLoader(store, iris, Version.current(), Clock.systemUTC(), batch);
        Progress progress = new Progress(err, Progress.stderrIsTerminal() && inputs.size() > 1, inputs.size());
        int failed = alreadyFailed;
        int menus = 0;
        long warnings = 0;
        long errors = alreadyFailed;
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
                inputs.size() + alreadyFailed, store.location(), result.added(), result.replaced(), result.skipped(),
                failed, menus, warnings, errors));
        return failed > 0 ? ExitCode.INPUT_FAILED.code() : ExitCode.OK.code();
    }
}
