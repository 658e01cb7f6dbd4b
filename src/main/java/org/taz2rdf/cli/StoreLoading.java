package org.taz2rdf.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.taz2rdf.diagnostic.Diagnostic;
import org.taz2rdf.diagnostic.DiagnosticCode;
import org.taz2rdf.diagnostic.DiagnosticPolicy;
import org.taz2rdf.diagnostic.Severity;
import org.taz2rdf.diagnostic.SourcePosition;
import org.taz2rdf.parse.ParseResult.PageKind;
import org.taz2rdf.pipeline.InputChangedException;
import org.taz2rdf.pipeline.InputOrder;
import org.taz2rdf.pipeline.UnitReader;
import org.taz2rdf.pipeline.Units;
import org.taz2rdf.rdf.ArticleMapper;
import org.taz2rdf.rdf.IriMinter;
import org.taz2rdf.source.Input;
import org.taz2rdf.store.ArticleBulkLoader;
import org.taz2rdf.store.ArticleLoader;
import org.taz2rdf.store.ArticleStore;
import org.taz2rdf.store.BulkPlan;
import org.taz2rdf.store.LoadResult;
import org.taz2rdf.store.LoadUnit;

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

    /**
     * Loads the inputs; {@code operandProblems}, already printed, are counted in the summary (an error as a failed
     * input). Returns the exit code.
     */
    int load(List<Input> inputs, Optional<String> explicitId, List<Diagnostic> operandProblems) {
        UnitReader reader = new UnitReader(policy, new ArticleMapper(iris));
        Progress progress = new Progress(err, Progress.stderrIsTerminal() && inputs.size() > 1, inputs.size());
        Tally tally = new Tally(operandProblems);
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
        return summary(inputs.size() + tally.unusableOperands, result, tally);
    }

    /**
     * Builds the store, which must be empty, from the inputs with Jena's bulk loader ({@link ArticleBulkLoader}).
     * A second capture of an article already written is read again afterwards and loaded as an ordinary load would,
     * replacing the first (the counts follow it); then related articles are resolved. Returns the exit code.
     */
    int loadBulk(List<Input> inputs, BulkPlan plan, Optional<String> explicitId, List<Diagnostic> operandProblems) {
        if (!ArticleBulkLoader.holdsNoData(store, iris)) {
            err.println("taz2rdf: --bulk builds a new store, but " + store.location() + " already holds data; load"
                    + " into it without --bulk, or choose an empty --loc");
            return ExitCode.USAGE.code();
        }
        UnitReader reader = new UnitReader(policy, new ArticleMapper(iris));
        boolean terminal = Progress.stderrIsTerminal();
        Progress progress = new Progress(err, terminal && inputs.size() > 1, inputs.size());
        Tally tally = new Tally(operandProblems);
        List<Input> again = new ArrayList<>();
        LoadResult result;
        Progress indexing = new Progress(err, terminal, 0);
        try (ArticleBulkLoader bulk = ArticleBulkLoader.replacing(store, plan, iris, Version.current(),
                Clock.systemUTC(), new IndexProgress(indexing))) {
            InputOrder.forEach(inputs, threads, "taz2rdf-load",
                    each -> new Read(each, reader.read(each, explicitId)),
                    read -> {
                        takeBulk(read, bulk, again, tally, progress);
                        progress.update(++tally.done);
                    });
            progress.clear();
            stage(terminal, "building the indexes of " + bulk.added() + " articles");
            ArticleStore built;
            try {
                built = bulk.finish();
            } finally {
                indexing.clear();
            }
            LoadResult secondCaptures;
            try (ArticleLoader loader = new ArticleLoader(built, iris, Version.current(), Clock.systemUTC(), batch)) {
                stage(terminal, again.isEmpty() ? "resolving related articles"
                        : "loading " + again.size() + " inputs with second captures, resolving related articles");
                InputOrder.forEach(again, threads, "taz2rdf-load",
                        each -> reader.read(each, explicitId),
                        units -> forEachUnit(units, loader::add, tally, progress));
                secondCaptures = loader.finish();
            }
            result = new LoadResult(bulk.added() + secondCaptures.added(), secondCaptures.replaced(),
                    secondCaptures.skipped() - tally.writtenOfReadAgain);
            bulk.install();
        }
        return summary(inputs.size() + tally.unusableOperands, result, tally);
    }

    private void takeBulk(Read read, ArticleBulkLoader bulk, List<Input> again, Tally tally, Progress progress) {
        Units units = read.units();
        report(units, tally, progress);
        if (!units.failed() && units.kind() != PageKind.MENU) {
            Taken taken = new Taken();
            forEachUnit(units, unit -> taken.add(bulk.add(unit)), tally, progress);
            if (taken.written < taken.all) {
                again.add(read.input());
                tally.writtenOfReadAgain += taken.written;
            }
        }
    }

    private void stage(boolean terminal, String what) {
        if (terminal) {
            err.println("taz2rdf: " + what);
            err.flush();
        }
    }

    private int summary(int inputCount, LoadResult result, Tally tally) {
        err.println(String.format(Locale.ROOT,
                "taz2rdf: %d inputs into %s: %d added, %d replaced, %d skipped (unchanged), %d failed, %d menus"
                        + " skipped; %d warnings, %d errors",
                inputCount, store.location(), result.added(), result.replaced(), result.skipped(),
                tally.failed, tally.menus, tally.warnings, tally.errors));
        return tally.failed > 0 ? ExitCode.INPUT_FAILED.code() : ExitCode.OK.code();
    }

    /** Prints an input's diagnostics and counts them and its failure or menu. */
    private void report(Units units, Tally tally, Progress progress) {
        if (!units.diagnostics().isEmpty()) {
            progress.clear();
            units.diagnostics().forEach(printer::print);
        }
        tally.warnings += units.diagnostics().stream().filter(d -> d.severity() == Severity.WARNING).count();
        tally.errors += units.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).count();
        if (units.failed()) {
            tally.failed++;
        } else if (units.kind() == PageKind.MENU) {
            tally.menus++;
        }
    }

    /** An input and what reading it gave. */
    private record Read(Input input, Units units) {}

    private void take(Units units, ArticleLoader loader, Tally tally, Progress progress) {
        report(units, tally, progress);
        if (units.failed() || units.kind() == PageKind.MENU) {
            return;
        }
        if (units.unchanged()) {
            loader.countUnchanged();
        } else {
            forEachUnit(units, loader::add, tally, progress);
        }
    }

    /**
     * Gives the input's articles to {@code action}. An input that cannot be read again (a file that changed after
     * it was checked) is reported and counted as failed; the articles it gave before that stay taken.
     */
    private void forEachUnit(Units units, Consumer<LoadUnit> action, Tally tally, Progress progress) {
        try {
            units.units().forEach(action);
        } catch (InputChangedException e) {
            progress.clear();
            printer.print(new Diagnostic(SourcePosition.wholeInput(units.inputName()), Severity.ERROR,
                    DiagnosticCode.UNREADABLE_INPUT, e.getMessage()));
            tally.failed++;
            tally.errors++;
        }
    }

    /** Articles of one input given to the bulk loader, and how many of them it wrote. */
    private static final class Taken {
        int all;
        int written;

        void add(boolean wasWritten) {
            all++;
            written += wasWritten ? 1 : 0;
        }
    }

    /** What the summary line counts besides the loader's totals. */
    private static final class Tally {
        int failed;
        int menus;
        long warnings;
        long errors;
        int done;
        /** Articles the bulk loader wrote from inputs that are read again for their second captures. */
        int writtenOfReadAgain;

        /** Operands that could not be used at all; each counts as a failed input. */
        final int unusableOperands;

        Tally(List<Diagnostic> operandProblems) {
            for (Diagnostic problem : operandProblems) {
                if (problem.severity() == Severity.ERROR) {
                    failed++;
                    errors++;
                } else {
                    warnings++;
                }
            }
            unusableOperands = failed;
        }
    }
}
