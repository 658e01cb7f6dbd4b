package org.taz2rdf.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * A TDB2 store of articles on local disk, one named graph per article, queried through the union of the named
 * graphs as default graph. One process at a time may open a store: a second gets a {@link StoreBusyException}
 * naming the process that holds it. Close it when done; it is safe to use from one thread at a time per
 * transaction, as TDB2 is.
 */
public final class ArticleStore implements AutoCloseable {

    private static final Pattern HOLDER = Pattern.compile("process (\\d+)");

    private final Path location;
    private final DatasetGraph dataset;
    private boolean closed;

    private ArticleStore(Path location, DatasetGraph dataset) {
        this.location = location;
        this.dataset = dataset;
    }

    /**
     * Opens the store at {@code location}, creating it if it does not exist. A new store is built beside its
     * place and moved there when it is whole, so a process killed while creating it leaves no broken store.
     */
    public static ArticleStore open(Path location) {
        try {
            if (!exists(location)) {
                createAtomically(location);
            }
            DatasetGraph dataset = DatabaseMgr.connectDatasetGraph(location.toString());
            dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
            return new ArticleStore(location, dataset);
        } catch (DBOpEnvException e) {
            Matcher m = HOLDER.matcher(String.valueOf(e.getMessage()));
            throw new StoreBusyException(location, m.find() ? m.group(1) : null, e);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot create the store folder " + location, e);
        }
    }

    private static void createAtomically(Path location) throws java.io.IOException {
        Path absolute = location.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path building = besideIt(absolute, "creating");
        DatasetGraph fresh = DatabaseMgr.connectDatasetGraph(building.toString());
        org.apache.jena.system.Txn.executeWrite(fresh, () -> { });
        TDBInternal.expel(fresh);
        try {
            if (Files.isDirectory(absolute)) {
                Files.delete(absolute);
            }
            Files.move(building, absolute, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (java.io.IOException e) {
            deleteRecursively(building);
            if (!exists(absolute)) {
                throw e instanceof java.nio.file.DirectoryNotEmptyException
                        ? new java.io.IOException("the folder holds files that are not a TDB2 store", e) : e;
            }
        }
    }

    /** A folder beside {@code location} for this process's work on it: {@code .NAME.PURPOSE-PID}. */
    static Path besideIt(Path location, String purpose) {
        Path absolute = location.toAbsolutePath();
        return absolute.resolveSibling("." + absolute.getFileName() + "." + purpose + "-" + ProcessHandle.current().pid());
    }

    /**
     * Puts the store folder {@code replacement} in the place of {@code location}, both closed: the old folder is
     * moved aside, the new one moved in (each an atomic rename), and the old one deleted.
     */
    static void replace(Path location, Path replacement) {
        Path absolute = location.toAbsolutePath();
        Path old = besideIt(absolute, "replaced");
        try {
            Files.move(absolute, old, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            try {
                Files.move(replacement, absolute, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } catch (java.io.IOException e) {
                Files.move(old, absolute, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                throw e;
            }
            deleteRecursively(old);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot move the new store " + replacement + " to " + location, e);
        }
    }

    /** Deletes a folder and what it holds, if it exists. */
    static void deleteIfPresent(Path folder) {
        try {
            if (Files.exists(folder)) {
                deleteRecursively(folder);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot delete " + folder, e);
        }
    }

    private static void deleteRecursively(Path folder) throws java.io.IOException {
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** Whether {@code location} holds a TDB2 store already. */
    public static boolean exists(Path location) {
        if (!Files.isDirectory(location)) {
            return false;
        }
        try (var entries = Files.list(location)) {
            return entries.anyMatch(entry -> entry.getFileName().toString().startsWith("Data-") && Files.isDirectory(entry));
        } catch (java.io.IOException e) {
            return false;
        }
    }

    public Path location() {
        return location;
    }

    public DatasetGraph dataset() {
        return dataset;
    }

    /** Compacts the store (TDB2 grows with every write transaction) and deletes the old generation. */
    public void compact() {
        DatabaseMgr.compact(dataset, true);
    }

    /** Releases the store, so that another process (or a later open in this one) may use it. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            TDBInternal.expel(dataset);
        }
    }
}
