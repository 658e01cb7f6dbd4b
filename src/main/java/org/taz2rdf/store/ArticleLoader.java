package org.taz2rdf.store;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.taz2rdf.rdf.IriMinter;

/**
 * Loads articles into an {@link ArticleStore} through ordinary TDB2 write transactions, a batch of articles per
 * transaction: a crash at any moment leaves every article either fully old or fully new. Loading an article
 * replaces its graph exactly; an article whose source digest and taz2rdf version are already recorded is
 * skipped. After each batch the related articles known only by title are resolved again. Not thread-safe.
 */
public final class ArticleLoader {

    /** Articles per write transaction unless told otherwise. */
    public static final int DEFAULT_BATCH = 2000;

    private final ArticleStore store;
    private final IriMinter iris;
    private final String version;
    private final Clock clock;
    private final int batchSize;
    private final List<LoadUnit> pending = new ArrayList<>();
    private LoadResult result = LoadResult.NONE;

    public ArticleLoader(ArticleStore store, IriMinter iris, String version, Clock clock, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1");
        }
        this.store = store;
        this.iris = iris;
        this.version = version;
        this.clock = clock;
        this.batchSize = batchSize;
    }

    /**
     * Whether a source with this digest is already stored by this version of taz2rdf (and not waiting in the
     * current batch); such a source need not be read again. Counts it as skipped when true.
     */
    public boolean skipIfStored(String sha256) {
        boolean stored = pending.stream().noneMatch(unit -> unit.sha256().equals(sha256))
                && org.apache.jena.system.Txn.calculateRead(store.dataset(),
                        () -> new Provenance(store.dataset(), iris, version).isCurrentSource(sha256));
        if (stored) {
            result = result.plus(new LoadResult(0, 0, 1));
        }
        return stored;
    }

    /** Queues one article; writes a batch when it is full. */
    public void add(LoadUnit unit) {
        pending.add(unit);
        if (pending.size() >= batchSize) {
            flush();
        }
    }

    /** Writes what is queued, resolves related articles, and returns the totals so far. */
    public LoadResult finish() {
        flush();
        new RelatedResolver(store.dataset(), iris).resolve();
        return result;
    }

    private void flush() {
        if (pending.isEmpty()) {
            return;
        }
        List<LoadUnit> batch = List.copyOf(pending);
        pending.clear();
        DatasetGraph dataset = store.dataset();
        result = result.plus(Txn.calculateWrite(dataset, () -> write(dataset, batch)));
    }

    private LoadResult write(DatasetGraph dataset, List<LoadUnit> batch) {
        Provenance provenance = new Provenance(dataset, iris, version);
        int added = 0;
        int replaced = 0;
        int skipped = 0;
        for (LoadUnit unit : batch) {
            if (provenance.isCurrent(unit.graph(), unit.sha256())) {
                skipped++;
                continue;
            }
            Node graph = NodeFactory.createURI(unit.graph());
            boolean existed = dataset.containsGraph(graph) && !dataset.getGraph(graph).isEmpty();
            dataset.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
            for (Quad quad : unit.quads()) {
                dataset.add(graph, quad.getSubject(), quad.getPredicate(), quad.getObject());
            }
            provenance.record(unit.graph(), unit.sourceName(), unit.sha256(), clock.instant());
            if (existed) {
                replaced++;
            } else {
                added++;
            }
        }
        return new LoadResult(added, replaced, skipped);
    }
}
