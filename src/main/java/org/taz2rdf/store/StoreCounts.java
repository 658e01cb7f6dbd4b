package org.taz2rdf.store;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.taz2rdf.rdf.IriMinter;
import org.taz2rdf.rdf.Tazv;

/**
 * The counts the bundled whole-store queries read instead of going through every article: articles per tag name
 * and per author name, articles linking to each taz article, and how many taz articles are linked how often. They
 * live in the metadata graph, one node per
 * counted name or article ({@code <…/graph/meta/count/tag/NAME> tazv:tagName "NAME" ; tazv:articleCount 12}),
 * and change in the same write transaction as the article graphs they count: a load or delete adds what each
 * graph it writes counts ({@link GraphCounts}) and subtracts what the graph it replaces or removes counted. A
 * count that reaches zero goes with its node. Changes are gathered in memory and written by {@link #flush} (or
 * when many have gathered), so a common tag is written once per transaction, not once per article.
 * A store loaded before counts were kept gets them once ({@link #ensureComplete}). Call the other methods inside
 * a write transaction.
 */
public final class StoreCounts {

    /** Changes gathered beyond which they are written at once, so that memory stays bounded on a large load. */
    private static final int FLUSH_AT = 100_000;

    /**
     * What is counted, and how its node says what it counts and how many. The last kind counts the cited articles
     * by how many articles link to them, so that the most linked are found among the few most linked times
     * instead of among every cited article; its changes come from writing those of {@link #CITED}.
     */
    private enum Kind {
        TAG("tag", Tazv.tagName, Tazv.articleCount),
        AUTHOR("author", Tazv.authorName, Tazv.articleCount),
        CITED("cited", Tazv.citedArticle, Tazv.citationCount),
        LINKED_TIMES("linked-times", Tazv.timesLinked, Tazv.articleCount);

        final String path;
        final Node label;
        final Node count;

        Kind(String path, Node label, Node count) {
            this.path = path;
            this.label = label;
            this.count = count;
        }

        Node value(String key) {
            return switch (this) {
                case CITED -> NodeFactory.createURI("https://taz.de/!" + key + "/");
                case LINKED_TIMES -> integer(Long.parseLong(key));
                default -> NodeFactory.createLiteralString(key);
            };
        }
    }

    private final DatasetGraph dataset;
    private final Node metadata;
    private final String nodePrefix;
    private final Map<Kind, Map<String, Integer>> pending = new EnumMap<>(Kind.class);
    private final boolean flushes;
    private int pendingSize;

    StoreCounts(DatasetGraph dataset, IriMinter iris) {
        this(dataset, iris, true);
    }

    /**
     * Counts that gather every change in memory and write nothing until {@link #newStoreStatements}: for a store
     * built in bulk, which cannot be read or written while it is built. Memory grows with the names and cited
     * articles counted (some 100 bytes each).
     */
    static StoreCounts gatheringAll(DatasetGraph dataset, IriMinter iris) {
        return new StoreCounts(dataset, iris, false);
    }

    private StoreCounts(DatasetGraph dataset, IriMinter iris, boolean flushes) {
        this.flushes = flushes;
        this.dataset = dataset;
        this.metadata = NodeFactory.createURI(iris.metadataGraph());
        this.nodePrefix = iris.metadataGraph() + "/count/";
        for (Kind kind : Kind.values()) {
            pending.put(kind, new HashMap<>());
        }
    }

    /**
     * Counts the store once if it has articles and no counts yet (it was loaded by an older taz2rdf), in its own
     * write transaction, after telling {@code onCounting}; returns whether it did.
     */
    public static boolean ensureComplete(ArticleStore store, IriMinter iris, Runnable onCounting) {
        DatasetGraph dataset = store.dataset();
        StoreCounts counts = new StoreCounts(dataset, iris);
        if (Txn.calculateRead(dataset, counts::isComplete)) {
            return false;
        }
        return Txn.calculateWrite(dataset, () -> {
            counts.startIfEmpty();
            if (counts.isComplete()) {
                return false;
            }
            onCounting.run();
            counts.countAll();
            return true;
        });
    }

    /** Adds what a graph counts (or, {@link GraphCounts#negated}, subtracts it); written by {@link #flush}. */
    void add(GraphCounts graph) {
        gather(Kind.TAG, graph.tags());
        gather(Kind.AUTHOR, graph.authors());
        gather(Kind.CITED, graph.cited());
        if (flushes && pendingSize > FLUSH_AT) {
            flush();
        }
    }

    /** Writes the gathered changes; call before the transaction commits. */
    void flush() {
        pending.forEach((kind, changes) -> {
            changes.forEach((key, change) -> {
                if (change != 0) {
                    write(kind, key, change);
                }
            });
            changes.clear();
        });
        pendingSize = 0;
    }

    /**
     * The gathered counts as the statements of a store that had none, with the mark that the counts are
     * complete; for {@link #gatheringAll}.
     */
    List<Quad> newStoreStatements() {
        List<Quad> quads = new ArrayList<>();
        Map<String, Integer> times = new HashMap<>();
        for (Kind kind : List.of(Kind.TAG, Kind.AUTHOR, Kind.CITED)) {
            pending.get(kind).forEach((key, count) -> {
                if (count > 0) {
                    Node node = node(kind, key);
                    quads.add(Quad.create(metadata, node, kind.label, kind.value(key)));
                    quads.add(Quad.create(metadata, node, kind.count, integer(count)));
                    if (kind == Kind.CITED) {
                        times.merge(Integer.toString(count), 1, Integer::sum);
                    }
                }
            });
        }
        times.forEach((linked, articles) -> {
            Node node = node(Kind.LINKED_TIMES, linked);
            quads.add(Quad.create(metadata, node, Kind.LINKED_TIMES.label, Kind.LINKED_TIMES.value(linked)));
            quads.add(Quad.create(metadata, node, Kind.LINKED_TIMES.count, integer(articles)));
        });
        quads.add(completeMark());
        return quads;
    }

    /** Forgets the gathered changes (the transaction is abandoned). */
    void discard() {
        pending.values().forEach(Map::clear);
        pendingSize = 0;
    }

    /** Whether the counts cover every article graph (a store loaded before counts were kept has none). */
    boolean isComplete() {
        return dataset.contains(completeMark());
    }

    private Quad completeMark() {
        return Quad.create(metadata, metadata, RDF.type.asNode(), Tazv.CountIndex);
    }

    /** Notes that the counts are complete if no article graph has been recorded yet: a new store starts so. */
    void startIfEmpty() {
        if (!isComplete() && Provenance.recordsNothing(dataset, metadata)) {
            dataset.add(completeMark());
        }
    }

    /** Counts every graph that has provenance from scratch, and notes that the counts are complete. */
    void countAll() {
        discard();
        for (Kind kind : Kind.values()) {
            dataset.deleteAny(metadata, Node.ANY, kind.label, Node.ANY);
            dataset.deleteAny(metadata, Node.ANY, kind.count, Node.ANY);
        }
        for (Node graph : Provenance.recordedGraphs(dataset, metadata)) {
            Iterator<Quad> quads = dataset.find(graph, Node.ANY, Node.ANY, Node.ANY);
            add(GraphCounts.of(() -> quads));
        }
        flush();
        dataset.add(completeMark());
    }

    private void gather(Kind kind, Map<String, Integer> changes) {
        Map<String, Integer> gathered = pending.get(kind);
        changes.forEach((key, change) -> {
            Integer before = gathered.get(key);
            gathered.put(key, before == null ? change : before + change);
            if (before == null) {
                pendingSize++;
            }
        });
    }

    private Node node(Kind kind, String key) {
        return NodeFactory.createURI(nodePrefix + kind.path + "/" + URLEncoder.encode(key, StandardCharsets.UTF_8));
    }

    private void write(Kind kind, String key, int change) {
        Node node = node(kind, key);
        long before = 0;
        Iterator<Quad> counted = dataset.find(metadata, node, kind.count, Node.ANY);
        if (counted.hasNext()) {
            before = ((Number) counted.next().getObject().getLiteralValue()).longValue();
            dataset.deleteAny(metadata, node, kind.count, Node.ANY);
        }
        long after = Math.max(0, before + change);
        if (after > 0) {
            if (before == 0) {
                dataset.add(metadata, node, kind.label, kind.value(key));
            }
            dataset.add(metadata, node, kind.count, integer(after));
        } else {
            dataset.deleteAny(metadata, node, kind.label, Node.ANY);
        }
        if (kind == Kind.CITED && before != after) {
            Map<String, Integer> times = pending.get(Kind.LINKED_TIMES);
            if (before > 0) {
                times.merge(Long.toString(before), -1, Integer::sum);
            }
            if (after > 0) {
                times.merge(Long.toString(after), 1, Integer::sum);
            }
        }
    }

    private static Node integer(long value) {
        return NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDinteger);
    }
}
