package org.taz2rdf.store;

import org.apache.jena.tdb2.loader.main.LoaderPlan;
import org.apache.jena.tdb2.loader.main.LoaderPlans;

/**
 * How Jena's bulk loader builds the indexes after writing the data, named as {@code tdb2.tdbloader --loader} names
 * them: {@code phased} two and then three indexes at a time, {@code light} one index at a time, which keeps only one
 * index being built in memory: for a store larger than the page cache, where several at once thrash it.
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
