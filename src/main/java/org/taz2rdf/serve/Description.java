package org.taz2rdf.serve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.SchemaDO;
import org.taz2rdf.rdf.IriMinter;

/**
 * What the store says of one IRI, for its linked-data page: for an article graph, the graph; for any other
 * node, the triples about it and about its fragments ({@code #image}, {@code #link-n}) in every article graph,
 * the triples that point at it (which articles a person wrote, which carry a tag), and the headline or name of
 * each node that points at it. Call inside a read transaction.
 */
record Description(Node node, boolean isGraph, List<Triple> triples, List<Triple> incoming, Map<Node, String> labels) {

    static Description of(DatasetGraph dataset, IriMinter iris, Node node) {
        if (node.getURI().startsWith(iris.graphPrefix()) && dataset.containsGraph(node)) {
            List<Triple> triples = new ArrayList<>();
            dataset.find(node, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> triples.add(q.asTriple()));
            return new Description(node, true, triples, List.of(), Map.of());
        }
        Set<Triple> about = new LinkedHashSet<>();
        Set<Triple> pointing = new LinkedHashSet<>();
        dataset.find(Node.ANY, node, Node.ANY, Node.ANY).forEachRemaining(q -> about.add(q.asTriple()));
        dataset.find(Node.ANY, Node.ANY, Node.ANY, node).forEachRemaining(q -> pointing.add(q.asTriple()));
        for (Triple triple : List.copyOf(about)) {
            Node object = triple.getObject();
            if (object.isURI() && object.getURI().startsWith(node.getURI() + "#")) {
                dataset.find(Node.ANY, object, Node.ANY, Node.ANY).forEachRemaining(q -> about.add(q.asTriple()));
            }
        }
        Map<Node, String> labels = new HashMap<>();
        for (Triple triple : pointing) {
            label(dataset, triple.getSubject()).ifPresent(label -> labels.put(triple.getSubject(), label));
        }
        return new Description(node, false, List.copyOf(about), List.copyOf(pointing), Map.copyOf(labels));
    }

    /** A node's headline or name, from any graph. */
    private static Optional<String> label(DatasetGraph dataset, Node node) {
        for (Node predicate : List.of(SchemaDO.headline.asNode(), SchemaDO.name.asNode())) {
            var found = dataset.find(Node.ANY, node, predicate, Node.ANY);
            if (found.hasNext()) {
                Node value = found.next().getObject();
                if (value.isLiteral()) {
                    return Optional.of(value.getLiteralLexicalForm());
                }
            }
        }
        return Optional.empty();
    }

    boolean isEmpty() {
        return triples.isEmpty() && incoming.isEmpty();
    }
}
