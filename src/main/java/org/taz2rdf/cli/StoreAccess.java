package org.taz2rdf.cli;

import java.io.PrintWriter;
import java.util.function.Function;
import org.taz2rdf.rdf.IriMinter;
import org.taz2rdf.store.ArticleStore;
import org.taz2rdf.store.StoreBusyException;
import org.taz2rdf.store.StoreCounts;
import picocli.CommandLine;

/** Opens the store for a command, turning a busy store into a clear message and exit code. */
final class StoreAccess {

    private StoreAccess() {}

    static IriMinter iris(StoreOptions options, CommandLine commandLine) {
        try {
            return new IriMinter(options.base);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(commandLine, "--base: " + e.getMessage());
        }
    }

    /**
     * Counts a store that an older taz2rdf loaded, once, saying so: the bundled queries read the store's counts of
     * tags, authors and links.
     */
    static void ensureCounts(ArticleStore store, IriMinter iris, PrintWriter err) {
        StoreCounts.ensureComplete(store, iris, () -> {
            err.println("taz2rdf: counting the tags, authors and links of " + store.location() + " once (it was"
                    + " loaded by an older taz2rdf); this reads every article");
            err.flush();
        });
    }

    /**
     * Runs {@code work} on the store, which must exist: a command that reads a store does not create an empty one
     * where --loc names none (a mistyped --loc would otherwise answer with nothing and leave a folder behind).
     */
    static int withExisting(StoreOptions options, CommandLine commandLine, Function<ArticleStore, Integer> work) {
        if (!ArticleStore.exists(options.location)) {
            throw new CommandLine.ParameterException(commandLine, "--loc " + options.location + ": no store there;"
                    + " 'taz2rdf load --loc " + options.location + " INPUT...' creates one");
        }
        return with(options, commandLine.getErr(), work);
    }

    /**
     * Runs {@code work} on the store, created if missing, and closes it; returns its exit code. A store that cannot
     * be created there (--loc names a file, say) is an output that cannot be written.
     */
    static int with(StoreOptions options, PrintWriter err, Function<ArticleStore, Integer> work) {
        ArticleStore store;
        boolean creating = !ArticleStore.exists(options.location);
        try {
            store = ArticleStore.open(options.location);
        } catch (java.io.UncheckedIOException | org.apache.jena.atlas.RuntimeIOException e) {
            if (!creating) {
                throw e;
            }
            err.println("taz2rdf: cannot create a store at " + options.location + " (" + e.getMessage()
                    + (e.getCause() != null ? ": " + e.getCause().getMessage() : "") + ")");
            return ExitCode.OUTPUT_FAILED.code();
        } catch (StoreBusyException e) {
            err.println("taz2rdf: " + e.getMessage() + ". TDB2 lets one process use a store at a time: wait for"
                    + " that process to finish (or stop it, e.g. a running 'taz2rdf serve' or Fuseki), then run"
                    + " this again.");
            return ExitCode.STORE_BUSY.code();
        }
        try {
            return work.apply(store);
        } finally {
            store.close();
        }
    }
}
