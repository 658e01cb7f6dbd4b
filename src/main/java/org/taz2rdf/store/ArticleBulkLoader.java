package org.taz2rdf.store;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Iterator;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.taz2rdf.rdf.IriMinter;

/**
 * Builds a new store with Jena's bulk loader (the one behind {@code tdb2.tdbloader --loader=phased}, or
 * {@code =light}: {@link BulkPlan}): faster
 * than write transactions, and the store takes less disk. That loader writes outside
 * transactions, so the store is built in a folder beside the target, which must be empty, and takes the target's
 * place only when it is whole ({@link #install}); until then the target stays as it was. A build that fails
 * is deleted by {@link #close}, one whose process is stopped (Ctrl-C, SIGTERM) as the JVM exits; one whose process
 * is killed outright leaves only its folder ({@code .NAME.bulk-PID}).
 * <p>
 * Each article graph is written once: {@link #add} refuses an article whose graph this build already holds (a
 * second capture of the same article). The caller loads those, after {@link #finish}, through an
 * {@link ArticleLoader} on the built store, which replaces graphs as an ordinary load does; that loader's
 * {@link ArticleLoader#finish} then resolves related articles over the whole store, as it does for a store left
 * unresolved. For this the metadata graph gets each article's provenance and keys, the marks that the keys are
 * complete and resolving is pending, and the store's counts ({@link StoreCounts}), gathered in memory while the
 * articles are written and written after them.
 */
public final class ArticleBulkLoader implements AutoCloseable {

    private final ArticleStore target;
    private final Path folder;
    private final DatasetGraph dataset;
    private final DataLoader loader;
    private final StreamRDF stream;
    private final Provenance provenance;
    private final HeadlineKeys keys;
    private final StoreCounts counts;
    private final Clock clock;
    private final SeenNames graphs = new SeenNames();
    private final Thread deleteOnExit;
    private final Consumer<String> indexProgress;
    private volatile boolean indexing;
    private ArticleStore built;
    private boolean bulkFinished;
    private boolean installed;

    private ArticleBulkLoader(ArticleStore target, Path folder, BulkPlan plan, IriMinter iris, String version,
            Clock clock, Consumer<String> indexProgress) {
        this.target = target;
        this.folder = folder;
        this.clock = clock;
        this.indexProgress = indexProgress;
        this.dataset = DatabaseMgr.connectDatasetGraph(folder.toString());
        this.loader = LoaderFactory.createLoader(plan.plan(), dataset, this::monitor);
        this.stream = loader.stream();
        this.provenance = new Provenance(dataset, iris, version);
        this.keys = new HeadlineKeys(dataset, iris);
        this.counts = StoreCounts.gatheringAll(dataset, iris);
        this.deleteOnExit = new Thread(() -> ArticleStore.deleteIfPresent(folder), "taz2rdf-bulk-cleanup");
        Runtime.getRuntime().addShutdownHook(deleteOnExit);
    }

    /**
     * Starts building a store to take the place of {@code target}, which stays open (and so locked against other
     * processes) until {@link #install}. The plan says how the indexes are built; {@code indexProgress} gets the
     * messages of Jena's loader while {@link #finish} builds them (the index and the items done, from several
     * threads), for a progress line.
     *
     * @throws IllegalStateException if the target holds data ({@link #holdsNoData})
     */
    public static ArticleBulkLoader replacing(ArticleStore target, BulkPlan plan, IriMinter iris, String version,
            Clock clock, Consumer<String> indexProgress) {
        if (!holdsNoData(target, iris)) {
            throw new IllegalStateException(target.location() + " holds data");
        }
        Path folder = ArticleStore.besideIt(target.location(), "bulk");
        ArticleStore.deleteIfPresent(folder);
        ArticleBulkLoader bulk = new ArticleBulkLoader(target, folder, plan, iris, version, clock, indexProgress);
        bulk.loader.startBulk();
        bulk.stream.start();
        bulk.stream.quad(bulk.keys.completeMark());
        bulk.stream.quad(bulk.keys.pendingMark());
        return bulk;
    }

    /**
     * Whether the store holds nothing but the marks a load leaves on its metadata graph (a load that wrote no
     * article leaves them): a bulk load may replace it.
     */
    public static boolean holdsNoData(ArticleStore store, IriMinter iris) {
        Node metadata = NodeFactory.createURI(iris.metadataGraph());
        return Txn.calculateRead(store.dataset(), () -> {
            Iterator<Quad> quads = store.dataset().find();
            while (quads.hasNext()) {
                Quad quad = quads.next();
                if (!quad.getGraph().equals(metadata) || !quad.getSubject().equals(metadata)) {
                    return false;
                }
            }
            return true;
        });
    }

    /**
     * Writes one article, unless this build already holds its graph (or, rarely, a graph whose name has the same
     * 64-bit hash): then returns false, and the caller loads it after {@link #finish}.
     */
    public boolean add(LoadUnit unit) {
        if (bulkFinished) {
            throw new IllegalStateException("the bulk load is finished");
        }
        if (!graphs.add(unit.graph())) {
            return false;
        }
        Node graph = NodeFactory.createURI(unit.graph());
        for (Quad quad : unit.quads()) {
            stream.quad(Quad.create(graph, quad.getSubject(), quad.getPredicate(), quad.getObject()));
        }
        provenance.statements(unit.graph(), unit.sourceName(), unit.sha256(), clock.instant()).forEach(stream::quad);
        keys.statements(graph, keys.of(unit.quads().iterator())).forEach(stream::quad);
        counts.add(GraphCounts.of(unit.quads()));
        return true;
    }

    /** Articles written so far. */
    public int added() {
        return graphs.size();
    }

    /**
     * Builds the indexes and opens the built store, for the articles {@link #add} refused and for resolving and
     * counting ({@link ArticleLoader}). The store stays this loader's: {@link #install} or {@link #close} closes it.
     */
    public ArticleStore finish() {
        counts.newStoreStatements().forEach(stream::quad);
        indexing = true;
        stream.finish();
        loader.finishBulk();
        indexing = false;
        bulkFinished = true;
        TDBInternal.expel(dataset);
        built = ArticleStore.open(folder);
        return built;
    }

    /** Closes the built store and the target, and moves the built store into the target's place. */
    public void install() {
        if (built == null) {
            throw new IllegalStateException("finish the bulk load first");
        }
        forgetDeleteOnExit();
        built.close();
        target.close();
        ArticleStore.replace(target.location(), folder);
        installed = true;
    }

    /** Abandons a build that was not installed: its folder is deleted, the target stays as it was. */
    @Override
    public void close() {
        if (installed) {
            return;
        }
        if (!bulkFinished) {
            bulkFinished = true;
            loader.finishException(new IllegalStateException("bulk load abandoned"));
            TDBInternal.expel(dataset, true);
        }
        if (built != null) {
            built.close();
        }
        ArticleStore.deleteIfPresent(folder);
        forgetDeleteOnExit();
    }

    private void monitor(String format, Object... args) {
        if (indexing) {
            String message;
            try {
                message = String.format(Locale.ROOT, format, args);
            } catch (java.util.IllegalFormatException e) {
                message = format;
            }
            indexProgress.accept(message);
        }
    }

    private void forgetDeleteOnExit() {
        try {
            Runtime.getRuntime().removeShutdownHook(deleteOnExit);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs or has run: nothing to forget
        }
    }
}
