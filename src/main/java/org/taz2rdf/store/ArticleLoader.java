package org.taz2rdf.store;

import java.time.Clock;
import java.util.List;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.taz2rdf.rdf.IriMinter;

/**
 * Loads articles into an {@link ArticleStore} through ordinary TDB2 write transactions, a batch of articles per
 * transaction: each article is written as it arrives, and the transaction is committed after every batch, so a
 * crash at any moment leaves every article either fully old or fully new. The first batch holds
 * {@code batchSize} articles, each later one as many as this loader committed before it: TDB2 leaves a copy of
 * every index block a transaction changes, so a store grows with each commit, and doubling batches keep the
 * commits of a load of N articles to about log2(N / batchSize), while a crash loses at most the running batch.
 * Loading an article replaces its graph exactly; an article whose source digest and taz2rdf version are already
 * recorded is skipped. The store's counts ({@link StoreCounts}) change in the same transactions. After the last
 * batch the related articles known only by title are resolved again, around the articles this loader changed (or
 * over the whole store, when an earlier run stopped before resolving).
 * Close it to abandon an unfinished batch (after an error); only {@link #isStored} may be called from other
 * threads.
 */
public final class ArticleLoader implements AutoCloseable {

    /** Articles per write transaction unless told otherwise. */
    public static final int DEFAULT_BATCH = 2000;

    private final ArticleStore store;
    private final IriMinter iris;
    private final String version;
    private final Clock clock;
    private final int batchSize;
    private final HeadlineKeys keys;
    private final StoreCounts counts;
    private final ResolutionScope changed = new ResolutionScope();
    private Provenance provenance;
    private int inBatch;
    private long committed;
    private int transactions;
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
        this.keys = new HeadlineKeys(store.dataset(), iris);
        this.counts = new StoreCounts(store.dataset(), iris);
    }

    /**
     * Whether a source with this digest is already stored, as committed, by this version of taz2rdf; such a
     * source need not be read again. Safe to call from other threads while this loader writes: a source that the
     * running batch writes is not stored until it commits, and the batch itself skips what is current.
     */
    public boolean isStored(String sha256) {
        return Txn.calculateRead(store.dataset(),
                () -> new Provenance(store.dataset(), iris, version).isCurrentSource(sha256));
    }

    /** Counts one source that {@link #isStored} found unchanged. */
    public void countUnchanged() {
        result = result.plus(new LoadResult(0, 0, 1));
    }

    /** Write transactions committed so far. */
    int transactions() {
        return transactions;
    }

    /** Writes one article in the running batch; commits the batch when it is full. */
    public void add(LoadUnit unit) {
        DatasetGraph dataset = store.dataset();
        if (provenance == null) {
            dataset.begin(TxnType.WRITE);
            provenance = new Provenance(dataset, iris, version);
            keys.startIfEmpty();
            counts.startIfEmpty();
            changed.begin(keys);
        }
        try {
            result = result.plus(write(dataset, unit));
        } catch (RuntimeException | Error e) {
            close();
            throw e;
        }
        if (++inBatch >= Math.max(batchSize, committed)) {
            commit();
        }
    }

    /**
     * Commits the running batch, resolves related articles, counts a store loaded before counts were kept, and
     * returns the totals.
     */
    public LoadResult finish() {
        commit();
        new RelatedResolver(store.dataset(), iris).resolve(changed);
        StoreCounts.ensureComplete(store, iris, () -> { });
        return result;
    }

    /** Abandons the running batch, if any: nothing of it is stored. */
    @Override
    public void close() {
        if (provenance != null) {
            provenance = null;
            inBatch = 0;
            counts.discard();
            store.dataset().abort();
            store.dataset().end();
        }
    }

    private void commit() {
        if (provenance != null) {
            counts.flush();
            store.dataset().commit();
            store.dataset().end();
            provenance = null;
            committed += inBatch;
            inBatch = 0;
            transactions++;
        }
    }

    private LoadResult write(DatasetGraph dataset, LoadUnit unit) {
        if (provenance.isCurrent(unit.graph(), unit.sha256())) {
            return new LoadResult(0, 0, 1);
        }
        Node graph = NodeFactory.createURI(unit.graph());
        boolean existed = dataset.containsGraph(graph) && !dataset.getGraph(graph).isEmpty();
        if (existed) {
            List<Quad> before = Iter.toList(dataset.find(graph, Node.ANY, Node.ANY, Node.ANY));
            changed.note(keys.of(before.iterator()));
            counts.add(GraphCounts.of(before).negated());
        }
        dataset.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
        for (Quad quad : unit.quads()) {
            dataset.add(graph, quad.getSubject(), quad.getPredicate(), quad.getObject());
        }
        provenance.record(unit.graph(), unit.sourceName(), unit.sha256(), clock.instant());
        GraphKeys now = keys.of(unit.quads().iterator());
        keys.record(graph, now);
        changed.note(now);
        counts.add(GraphCounts.of(unit.quads()));
        return existed ? new LoadResult(0, 1, 0) : new LoadResult(1, 0, 0);
    }
}
