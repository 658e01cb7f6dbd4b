package org.taz2rdf.store;

import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.SchemaDO;
import org.taz2rdf.rdf.IriMinter;
import org.taz2rdf.rdf.Tazv;

/** Counts of what a store holds; article triples exclude the metadata and resolution graphs. */
public record StoreStats(long articles, long triples, long authors, long tags, long links, long related,
        long unresolvedRelated) {

    public static StoreStats of(ArticleStore store, IriMinter iris) {
        DatasetGraph dataset = store.dataset();
        return Txn.calculateRead(dataset, () -> count(dataset, iris));
    }

    private static StoreStats count(DatasetGraph dataset, IriMinter iris) {
        Node meta = NodeFactory.createURI(iris.metadataGraph());
        Node resolved = NodeFactory.createURI(iris.resolutionGraph());
        long triples = 0;
        long articles = 0;
        long links = 0;
        Set<Node> authors = new HashSet<>();
        Set<Node> mainArticles = new HashSet<>();
        for (Iterator<Quad> it = dataset.find(); it.hasNext();) {
            Quad quad = it.next();
            if (quad.getGraph().equals(meta) || quad.getGraph().equals(resolved)) {
                continue;
            }
            triples++;
            Node p = quad.getPredicate();
            if (p.equals(SchemaDO.publisher.asNode())) {
                articles++;
                mainArticles.add(quad.getSubject());
            } else if (p.equals(SchemaDO.author.asNode())) {
                authors.add(quad.getObject());
            } else if (p.equals(SchemaDO.citation.asNode())) {
                links++;
            }
        }
        Set<Node> tags = new HashSet<>();
        Set<Node> related = new HashSet<>();
        long unresolved = 0;
        for (Node article : mainArticles) {
            dataset.find(Node.ANY, article, SchemaDO.keywords.asNode(), Node.ANY).forEachRemaining(q -> tags.add(q.getObject()));
        }
        for (Iterator<Quad> it = dataset.find(Node.ANY, Node.ANY, Tazv.relatedArticle, Node.ANY); it.hasNext();) {
            Quad quad = it.next();
            if (quad.getGraph().equals(resolved) || !related.add(quad.getObject())) {
                continue;
            }
            boolean byTitle = quad.getObject().isURI() && quad.getObject().getURI().startsWith(iris.relatedPrefix());
            if (byTitle && !dataset.contains(resolved, quad.getObject(), OWL.sameAs.asNode(), Node.ANY)) {
                unresolved++;
            }
        }
        return new StoreStats(articles, triples, authors.size(), tags.size(), links, related.size(), unresolved);
    }
}
