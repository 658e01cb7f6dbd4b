package org.taz2rdf.store;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.taz2rdf.rdf.IriMinter;
import org.taz2rdf.rdf.Tazv;

/**
 * The headline keys in a store ({@link GraphKeys}). The metadata graph records, for each article graph, the keys
 * of its articles ({@code tazv:headlineKey}) and of the titles it refers to ({@code tazv:relatedKey}), so that
 * {@link RelatedResolver} finds the graphs a change concerns without reading the whole store.
 * {@link Provenance#forget} drops a graph's keys with the rest of what the metadata graph says of it. Call inside a
 * transaction.
 */
final class HeadlineKeys {

    private static final Node HEADLINE = SchemaDO.headline.asNode();
    private static final Node PUBLISHER = SchemaDO.publisher.asNode();
    private static final Node ENTITY = NodeFactory.createURI(Provenance.PROV + "Entity");

    private final DatasetGraph dataset;
    private final IriMinter iris;
    private final Node metadata;

    HeadlineKeys(DatasetGraph dataset, IriMinter iris) {
        this.dataset = dataset;
        this.iris = iris;
        this.metadata = NodeFactory.createURI(iris.metadataGraph());
    }

    /** The keys of what a graph holds in the store. */
    GraphKeys read(Node graph) {
        return of(dataset.find(graph, Node.ANY, Node.ANY, Node.ANY));
    }

    /** The keys of a graph's quads. */
    GraphKeys of(Iterator<Quad> quads) {
        return GraphKeys.of(quads, iris.relatedPrefix());
    }

    /** The key of the node's first headline in the graph; null when it has none or it folds to nothing. */
    String key(Node graph, Node node) {
        Iterator<Quad> headlines = dataset.find(graph, node, HEADLINE, Node.ANY);
        return headlines.hasNext() ? GraphKeys.key(headlines.next().getObject()) : null;
    }

    /** The articles of a graph: the subjects, IRIs, that have a publisher. */
    List<Node> articles(Node graph) {
        List<Node> articles = new ArrayList<>();
        dataset.find(graph, Node.ANY, PUBLISHER, Node.ANY).forEachRemaining(quad -> {
            if (quad.getSubject().isURI()) {
                articles.add(quad.getSubject());
            }
        });
        return articles;
    }

    /** The graph's references to related articles known only by title whose titles have keys. */
    List<GraphKeys.TitleReference> titleReferences(Node graph) {
        List<GraphKeys.TitleReference> references = new ArrayList<>();
        dataset.find(graph, Node.ANY, Tazv.relatedArticle, Node.ANY).forEachRemaining(quad -> {
            if (isByTitle(quad.getObject())) {
                String key = key(graph, quad.getObject());
                if (key != null) {
                    references.add(new GraphKeys.TitleReference(quad.getSubject(), quad.getObject(), key));
                }
            }
        });
        return references;
    }

    boolean isByTitle(Node related) {
        return GraphKeys.isByTitle(related, iris.relatedPrefix());
    }

    /** Records a graph's keys; after {@link Provenance#record}, which forgets the old ones. */
    void record(Node graph, GraphKeys keys) {
        statements(graph, keys).forEach(dataset::add);
    }

    /** What the metadata graph says of a graph's keys, as quads in it. */
    List<Quad> statements(Node graph, GraphKeys keys) {
        List<Quad> quads = new ArrayList<>();
        keys.headlines().forEach(key -> quads.add(keyQuad(graph, Tazv.headlineKey, key)));
        keys.references().forEach(reference -> quads.add(keyQuad(graph, Tazv.relatedKey, reference.key())));
        return quads;
    }

    /** The graphs whose article has this key. */
    List<Node> graphsWithHeadline(String key) {
        return subjects(Tazv.headlineKey, key);
    }

    /** The graphs that refer to a title with this key. */
    List<Node> graphsReferringTo(String key) {
        return subjects(Tazv.relatedKey, key);
    }

    /** The graphs that refer to some title with a key, each once. */
    Iterator<Node> referringGraphs() {
        return Iter.iter(dataset.find(metadata, Node.ANY, RDF.type.asNode(), ENTITY)).map(Quad::getSubject)
                .filter(graph -> dataset.contains(metadata, graph, Tazv.relatedKey, Node.ANY));
    }

    /** Whether every article graph has its keys recorded (a store loaded before keys were recorded has not). */
    boolean isComplete() {
        return dataset.contains(completeMark());
    }

    /** Notes that the index is complete if no article graph has been recorded yet: a new store starts complete. */
    void startIfEmpty() {
        if (!isComplete() && Provenance.recordsNothing(dataset, metadata)) {
            dataset.add(completeMark());
        }
    }

    /** Whether article graphs were written since related articles were last resolved. */
    boolean isPending() {
        return dataset.contains(pendingMark());
    }

    void markPending() {
        dataset.add(pendingMark());
    }

    void clearPending() {
        dataset.delete(pendingMark());
    }

    /** The statement that article graphs were written since related articles were last resolved. */
    Quad pendingMark() {
        return Quad.create(metadata, metadata, RDF.type.asNode(), Tazv.ResolutionPending);
    }

    /** The statement that every article graph has its keys recorded. */
    Quad completeMark() {
        return Quad.create(metadata, metadata, RDF.type.asNode(), Tazv.HeadlineKeyIndex);
    }

    /** Records the keys of every graph that has provenance, and notes that the index is complete. */
    void recordAll() {
        for (Node graph : Provenance.recordedGraphs(dataset, metadata)) {
            dataset.deleteAny(metadata, graph, Tazv.headlineKey, Node.ANY);
            dataset.deleteAny(metadata, graph, Tazv.relatedKey, Node.ANY);
            record(graph, read(graph));
        }
        dataset.add(completeMark());
    }

    private List<Node> subjects(Node predicate, String key) {
        List<Node> graphs = new ArrayList<>();
        dataset.find(metadata, Node.ANY, predicate, NodeFactory.createLiteralString(key))
                .forEachRemaining(quad -> graphs.add(quad.getSubject()));
        return graphs;
    }

    private Quad keyQuad(Node graph, Node predicate, String key) {
        return Quad.create(metadata, graph, predicate, NodeFactory.createLiteralString(key));
    }
}
