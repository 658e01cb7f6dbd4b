package org.taz2rdf.pipeline;

import java.util.List;
import java.util.function.Consumer;
import org.taz2rdf.store.LoadUnit;

/**
 * The articles one input gives, handed out in order: from a list, or read from a large file one article at a time as
 * they are taken ({@link GraphRuns}), so that only one is in memory.
 */
@FunctionalInterface
public interface UnitSource {

    /** Gives every article to {@code action}, in order; may read the input again each time. */
    void forEach(Consumer<? super LoadUnit> action);

    /** The articles of a list. */
    static UnitSource of(List<LoadUnit> units) {
        List<LoadUnit> copy = List.copyOf(units);
        return copy::forEach;
    }
}
