package org.taz2rdf.store;

import org.apache.jena.tdb2.loader.main.LoaderPlan;
import org.apache.jena.tdb2.loader.main.LoaderPlans;

/**
 * How Jena's bulk loader writes the data and builds the indexes, named as {@code tdb2.tdbloader --loader} names
 * them: {@code phased} takes the data on three threads (the caller's, one for the node table, one for the first
 * index), then builds two and then three indexes at a time; {@code light} takes the data on two (the node table on
 * the caller's), then builds one index at a time, so that only one index being built needs to fit in the page cache:
 * for a store larger than the memory, where several at once thrash it.
 */
public enum BulkPlan {
    phased(LoaderPlans.loaderPlanPhased),
    light(LoaderPlans.loaderPlanLight);

    private final LoaderPlan plan;

    BulkPlan(LoaderPlan plan) {
        this.plan = plan;
    }

    LoaderPlan plan() {
        return plan;
    }
}
