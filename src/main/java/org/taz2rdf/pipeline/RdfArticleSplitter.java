package org.taz2rdf.pipeline;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.taz2rdf.rdf.IriMinter;
import org.taz2rdf.rdf.Tazv;
import org.taz2rdf.store.LoadUnit;

/**
 * Splits RDF that {@code convert} wrote back into one {@link LoadUnit} per article. Named graphs ({@code nq},
 * {@code trig}) are taken as they are. The one graph of {@code nt} and {@code ttl} is split by article: each
 * article node (a subject of {@code schema:publisher}) with its fragments and the nodes it points to, and of a
 * related article that is itself an article of the file, only what a related entry says (type, headline,
 * kicker, teaser, tag, cut mark).
 */
final class RdfArticleSplitter {

    /** Objects of these point outside the article (addresses) or to classes; they are not followed. */
    private static final Set<Node> NOT_FOLLOWED = Set.of(RDF.type.asNode(), SchemaDO.url.asNode(),
            SchemaDO.contentUrl.asNode());
    private static final Set<Node> RELATED_FACTS = Set.of(RDF.type.asNode(), SchemaDO.headline.asNode(), Tazv.kicker,
            SchemaDO.description.asNode(), SchemaDO.keywords.asNode(), Tazv.truncated);

    private final IriMinter iris;

    RdfArticleSplitter(IriMinter iris) {
        this.iris = iris;
    }

    List<LoadUnit> split(DatasetGraph dataset, String sourceName) {
        List<LoadUnit> units = new ArrayList<>();
        for (Iterator<Node> graphs = dataset.listGraphNodes(); graphs.hasNext();) {
            Node graph = graphs.next();
            if (graph.isURI() && graph.getURI().startsWith(iris.graphPrefix())) {
                units.add(unit(graph.getURI(), quadsOf(dataset.getGraph(graph), graph), sourceName));
            }
        }
        Graph defaultGraph = dataset.getDefaultGraph();
        for (Node article : articles(defaultGraph)) {
            Optional<String> graph = iris.graphOfArticle(article.getURI());
            graph.ifPresent(name -> units.add(unit(name, closure(defaultGraph, article, NodeFactory.createURI(name)),
                    sourceName)));
        }
        return units;
    }

    private static List<Node> articles(Graph graph) {
        List<Node> articles = new ArrayList<>();
        graph.find(Node.ANY, SchemaDO.publisher.asNode(), Node.ANY).forEachRemaining(t -> {
            if (t.getSubject().isURI()) {
                articles.add(t.getSubject());
            }
        });
        articles.sort(Comparator.comparing(Node::getURI));
        return articles;
    }

    private static List<Quad> closure(Graph graph, Node article, Node graphName) {
        Set<Triple> triples = new HashSet<>();
        Set<Node> visited = new HashSet<>();
        Deque<Node> todo = new ArrayDeque<>(List.of(article));
        while (!todo.isEmpty()) {
            Node node = todo.pop();
            if (!visited.add(node)) {
                continue;
            }
            boolean otherArticle = !node.equals(article) && graph.contains(node, SchemaDO.publisher.asNode(), Node.ANY);
            graph.find(node, Node.ANY, Node.ANY).forEachRemaining(t -> {
                if (otherArticle && !RELATED_FACTS.contains(t.getPredicate())) {
                    return;
                }
                triples.add(t);
                if (t.getObject().isURI() && !NOT_FOLLOWED.contains(t.getPredicate())) {
                    todo.push(t.getObject());
                }
            });
        }
        return triples.stream().map(t -> Quad.create(graphName, t)).toList();
    }

    private static List<Quad> quadsOf(Graph graph, Node graphName) {
        List<Quad> quads = new ArrayList<>();
        graph.find().forEachRemaining(t -> quads.add(Quad.create(graphName, t)));
        return quads;
    }

    /** An article graph from a file; its digest is that of its sorted quads, so it does not hang on their order. */
    static LoadUnit unit(String graph, List<Quad> quads, String sourceName) {
        List<String> lines = new ArrayList<>();
        for (Quad quad : quads) {
            lines.add(TripleText.of(quad.asTriple()));
        }
        lines.sort(null);
        return new LoadUnit(graph, quads, sourceName,
                Digests.sha256(String.join("\n", lines).getBytes(StandardCharsets.UTF_8)));
    }
}
