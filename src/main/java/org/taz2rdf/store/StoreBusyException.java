package org.taz2rdf.store;

import java.nio.file.Path;

/** Another process holds the store; TDB2 allows one process per store directory. */
public final class StoreBusyException extends RuntimeException {

    private final Path location;
    private final String holder;

    public StoreBusyException(Path location, String holder, Throwable cause) {
        super("the store " + location + " is in use by " + (holder == null ? "another process" : "process " + holder), cause);
        this.location = location;
        this.holder = holder;
    }

    public Path location() {
        return location;
    }

    /** The process id that holds the store, or null where TDB2 does not say. */
    public String holder() {
        return holder;
    }
}
