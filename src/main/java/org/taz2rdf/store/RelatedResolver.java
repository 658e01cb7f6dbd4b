package org.taz2rdf.store;

import java.util.HashMap;
import java.util.Iterator;
import java.util.HashSet;
import java.util.Map;
import java.util.TreeSet;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.SchemaDO;
import org.taz2rdf.article.Folding;
import org.taz2rdf.rdf.IriMinter;
import org.taz2rdf.rdf.Tazv;

/**
 * Joins related articles known only by title ({@code …/related/…}) to loaded articles with the same normalised
 * headline (umlauts, ß, quotes and punctuation folded), where exactly one loaded article has it. The joins live in
 * their own graph, worked out anew from the whole store in one write transaction and written as the difference
 * to what the graph held (so a load that changes no join writes nothing there), and article graphs stay exactly
 * as converted:
 * {@code <referring> tazv:relatedArticle <real>} (which queries over the union find directly) and
 * {@code <by-title> owl:sameAs <real>}.
 */
final class RelatedResolver {

    private static final Node HEADLINE = SchemaDO.headline.asNode();
    private static final Node PUBLISHER = SchemaDO.publisher.asNode();

    private final DatasetGraph dataset;
    private final IriMinter iris;

    RelatedResolver(DatasetGraph dataset, IriMinter iris) {
        this.dataset = dataset;
        this.iris = iris;
    }

    /** Rebuilds the resolution graph; returns the number of joins made. */
    int resolve() {
        return Txn.calculateWrite(dataset, this::rebuild);
    }

    private int rebuild() {
        Node resolved = NodeFactory.createURI(iris.resolutionGraph());
        Map<String, TreeSet<String>> articlesByHeadline = articlesByHeadline();
        Set<Quad> joins = new HashSet<>();
        for (Iterator<Quad> it = dataset.find(Node.ANY, Node.ANY, Tazv.relatedArticle, Node.ANY); it.hasNext();) {
            Quad quad = it.next();
            Node related = quad.getObject();
            if (!related.isURI() || !related.getURI().startsWith(iris.relatedPrefix())) {
                continue;
            }
            String key = headlineKey(quad.getGraph(), related);
            TreeSet<String> matches = key == null ? null : articlesByHeadline.get(key);
            if (matches != null && matches.size() == 1 && !matches.first().equals(quad.getSubject().getURI())) {
                Node real = NodeFactory.createURI(matches.first());
                joins.add(Quad.create(resolved, quad.getSubject(), Tazv.relatedArticle, real));
                joins.add(Quad.create(resolved, related, OWL.sameAs.asNode(), real));
            }
        }
        int made = (int) joins.stream().filter(join -> join.getPredicate().equals(Tazv.relatedArticle)).count();
        Set<Quad> stale = new HashSet<>();
        dataset.find(resolved, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(quad -> {
            if (!joins.remove(quad)) {
                stale.add(quad);
            }
        });
        stale.forEach(dataset::delete);
        joins.forEach(dataset::add);
        return made;
    }

    private Map<String, TreeSet<String>> articlesByHeadline() {
        Map<String, TreeSet<String>> byHeadline = new HashMap<>();
        for (Iterator<Quad> it = dataset.find(Node.ANY, Node.ANY, PUBLISHER, Node.ANY); it.hasNext();) {
            Quad quad = it.next();
            String key = headlineKey(quad.getGraph(), quad.getSubject());
            if (key != null && quad.getSubject().isURI()) {
                byHeadline.computeIfAbsent(key, k -> new TreeSet<>()).add(quad.getSubject().getURI());
            }
        }
        return byHeadline;
    }

    private String headlineKey(Node graph, Node node) {
        Iterator<Quad> headlines = dataset.find(graph, node, HEADLINE, Node.ANY);
        if (!headlines.hasNext()) {
            return null;
        }
        Node headline = headlines.next().getObject();
        String key = headline.isLiteral() ? Folding.slug(headline.getLiteralLexicalForm()) : "";
        return key.isEmpty() ? null : key;
    }
}
