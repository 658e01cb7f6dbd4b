package org.taz2rdf.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.taz2rdf.rdf.IriMinter;
import org.taz2rdf.rdf.Tazv;

/**
 * The metadata graph: for each article graph, PROV-O says which source it was derived from (by name, never a
 * local absolute path, and SHA-256), which version of taz2rdf made it, and when. Run metadata never goes into an
 * article's graph. Call inside a transaction.
 */
final class Provenance {

    static final String PROV = "http://www.w3.org/ns/prov#";
    private static final Node ENTITY = NodeFactory.createURI(PROV + "Entity");
    private static final Node SOFTWARE_AGENT = NodeFactory.createURI(PROV + "SoftwareAgent");
    private static final Node DERIVED_FROM = NodeFactory.createURI(PROV + "wasDerivedFrom");
    private static final Node ATTRIBUTED_TO = NodeFactory.createURI(PROV + "wasAttributedTo");
    private static final Node GENERATED_AT = NodeFactory.createURI(PROV + "generatedAtTime");

    private final DatasetGraph dataset;
    private final IriMinter iris;
    private final Node graph;
    private final Node agent;

    Provenance(DatasetGraph dataset, IriMinter iris, String version) {
        this.dataset = dataset;
        this.iris = iris;
        this.graph = NodeFactory.createURI(iris.metadataGraph());
        this.agent = NodeFactory.createURI(iris.agent(version));
    }

    /** Whether {@code articleGraph} was made by this version from a source with this digest. */
    boolean isCurrent(String articleGraph, String sha256) {
        Node article = NodeFactory.createURI(articleGraph);
        return dataset.contains(graph, article, DERIVED_FROM, NodeFactory.createURI(iris.source(sha256)))
                && dataset.contains(graph, article, ATTRIBUTED_TO, agent);
    }

    /** Whether some article graph was made by this version from a source with this digest. */
    boolean isCurrentSource(String sha256) {
        Node source = NodeFactory.createURI(iris.source(sha256));
        var derived = dataset.find(graph, Node.ANY, DERIVED_FROM, source);
        while (derived.hasNext()) {
            if (dataset.contains(graph, derived.next().getSubject(), ATTRIBUTED_TO, agent)) {
                return true;
            }
        }
        return false;
    }

    /** Replaces what the metadata graph says of {@code articleGraph}. */
    void record(String articleGraph, String sourceName, String sha256, Instant time) {
        forget(articleGraph);
        statements(articleGraph, sourceName, sha256, time).forEach(dataset::add);
    }

    /** What the metadata graph says of {@code articleGraph}, as quads in it. */
    List<Quad> statements(String articleGraph, String sourceName, String sha256, Instant time) {
        Node article = NodeFactory.createURI(articleGraph);
        Node source = NodeFactory.createURI(iris.source(sha256));
        return List.of(
                quad(article, RDF.type.asNode(), ENTITY),
                quad(article, DERIVED_FROM, source),
                quad(article, ATTRIBUTED_TO, agent),
                quad(article, GENERATED_AT, NodeFactory.createLiteralDT(time.toString(), XSDDatatype.XSDdateTime)),
                quad(source, RDF.type.asNode(), ENTITY),
                quad(source, RDFS.label.asNode(), NodeFactory.createLiteralString(sourceName)),
                quad(source, Tazv.sha256, NodeFactory.createLiteralString(sha256)),
                quad(agent, RDF.type.asNode(), SOFTWARE_AGENT));
    }

    /** Removes what the metadata graph says of {@code articleGraph} (its source node stays if shared). */
    void forget(String articleGraph) {
        dataset.deleteAny(graph, NodeFactory.createURI(articleGraph), Node.ANY, Node.ANY);
    }

    /** Whether the metadata graph records nothing yet: the store is new. */
    static boolean recordsNothing(DatasetGraph dataset, Node metadata) {
        return !dataset.find(metadata, Node.ANY, RDF.type.asNode(), ENTITY).hasNext();
    }

    /** The article graphs that the metadata graph records and the store holds. */
    static List<Node> recordedGraphs(DatasetGraph dataset, Node metadata) {
        List<Node> graphs = new ArrayList<>();
        dataset.find(metadata, Node.ANY, RDF.type.asNode(), ENTITY).forEachRemaining(quad -> {
            if (dataset.containsGraph(quad.getSubject())) {
                graphs.add(quad.getSubject());
            }
        });
        return graphs;
    }

    private Quad quad(Node s, Node p, Node o) {
        return Quad.create(graph, s, p, o);
    }
}
