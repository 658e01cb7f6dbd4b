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

    /** Runs {@code work} on the opened store and closes it; returns its exit code. */
    static int with(StoreOptions options, PrintWriter err, Function<ArticleStore, Integer> work) {
        ArticleStore store;
        try {
            store = ArticleStore.open(options.location);
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
