package org.taz2rdf.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.taz2rdf.diagnostic.DiagnosticPolicy;
import org.taz2rdf.diagnostic.Severity;
import org.taz2rdf.parse.ParseResult.PageKind;
import org.taz2rdf.pipeline.InputOrder;
import org.taz2rdf.pipeline.UnitReader;
import org.taz2rdf.pipeline.Units;
import org.taz2rdf.rdf.ArticleMapper;
import org.taz2rdf.rdf.IriMinter;
import org.taz2rdf.source.Input;
import org.taz2rdf.store.ArticleLoader;
import org.taz2rdf.store.ArticleStore;
import org.taz2rdf.store.LoadResult;

/** One load run into an open store, with diagnostics, progress and the summary line; shared by load and harvest. */
final class StoreLoading {

    private final ArticleStore store;
    private final IriMinter iris;
    private final DiagnosticPolicy policy;
    private final int batch;
    private final int threads;
    private final DiagnosticPrinter printer;
    private final PrintWriter err;

    StoreLoading(ArticleStore store, IriMinter iris, DiagnosticPolicy policy, int batch, int threads,
            DiagnosticPrinter printer, PrintWriter err) {
        this.store = store;
        this.iris = iris;
        this.policy = policy;
        this.batch = batch;
        this.threads = threads;
        this.printer = printer;
        this.err = err;
    }

    /** Loads the inputs; {@code alreadyFailed} counts operands that could not be read. Returns the exit code. */
    int load(List<Input> inputs, Optional<String> explicitId, int alreadyFailed) {
        UnitReader reader = new UnitReader(policy, new ArticleMapper(iris));
        Progress progress = new Progress(err, Progress.stderrIsTerminal() && inputs.size() > 1, inputs.size());
        Tally tally = new Tally(alreadyFailed);
        StoreAccess.ensureCounts(store, iris, err);
        LoadResult result;
        try (ArticleLoader loader = new ArticleLoader(store, iris, Version.current(), Clock.systemUTC(), batch)) {
            InputOrder.forEach(inputs, threads, "taz2rdf-load",
                    each -> reader.read(each, explicitId, loader::isStored),
                    units -> {
                        take(units, loader, tally, progress);
                        progress.update(++tally.done);
                    });
            result = loader.finish();
        }
        progress.clear();
        err.println(String.format(Locale.ROOT,
                "taz2rdf: %d inputs into %s: %d added, %d replaced, %d skipped (unchanged), %d failed, %d menus"
                        + " skipped; %d warnings, %d errors",
                inputs.size() + alreadyFailed, store.location(), result.added(), result.replaced(), result.skipped(),
                tally.failed, tally.menus, tally.warnings, tally.errors));
        return tally.failed > 0 ? ExitCode.INPUT_FAILED.code() : ExitCode.OK.code();
    }

    private void take(Units units, ArticleLoader loader, Tally tally, Progress progress) {
        if (!units.diagnostics().isEmpty()) {
            progress.clear();
            units.diagnostics().forEach(printer::print);
        }
        tally.warnings += units.diagnostics().stream().filter(d -> d.severity() == Severity.WARNING).count();
        tally.errors += units.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).count();
        if (units.failed()) {
            tally.failed++;
        } else if (units.unchanged()) {
            loader.countUnchanged();
        } else if (units.kind() == PageKind.MENU) {
            tally.menus++;
        } else {
            units.units().forEach(loader::add);
        }
    }

    /** What the summary line counts besides the loader's totals. */
    private static final class Tally {
        int failed;
        int menus;
        long warnings;
        long errors;
        int done;

        Tally(int alreadyFailed) {
            this.failed = alreadyFailed;
            this.errors = alreadyFailed;
        }
    }
}
