package org.taz2rdf.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.SchemaDO;
import org.taz2rdf.article.Folding;
import org.taz2rdf.rdf.Tazv;

/**
 * The headline keys of one article graph, read from its quads in one pass: the keys of its articles' headlines,
 * and its references to related articles known only by title, with their titles' keys. A key is a headline
 * folded (umlauts, ß, quotes and punctuation); a headline that folds to nothing has none.
 */
record GraphKeys(Set<String> headlines, List<TitleReference> references) {

    /** An article of the graph that refers to a related article known only by title, and that title's key. */
    record TitleReference(Node referrer, Node title, String key) {}

    private static final Node HEADLINE = SchemaDO.headline.asNode();
    private static final Node PUBLISHER = SchemaDO.publisher.asNode();

    /** Reads the keys from the quads of one graph; {@code relatedPrefix} starts the IRIs of titles' nodes. */
    static GraphKeys of(Iterator<Quad> quads, String relatedPrefix) {
        Map<Node, String> firstHeadline = new HashMap<>();
        List<Node> articles = new ArrayList<>();
        List<Quad> related = new ArrayList<>();
        while (quads.hasNext()) {
            Quad quad = quads.next();
            Node predicate = quad.getPredicate();
            if (predicate.equals(HEADLINE)) {
                firstHeadline.putIfAbsent(quad.getSubject(), key(quad.getObject()));
            } else if (predicate.equals(PUBLISHER) && quad.getSubject().isURI()) {
                articles.add(quad.getSubject());
            } else if (predicate.equals(Tazv.relatedArticle) && isByTitle(quad.getObject(), relatedPrefix)) {
                related.add(quad);
            }
        }
        Set<String> headlines = new LinkedHashSet<>();
        articles.forEach(article -> addKey(headlines, firstHeadline.get(article)));
        List<TitleReference> references = new ArrayList<>();
        for (Quad reference : related) {
            String key = firstHeadline.get(reference.getObject());
            if (key != null) {
                references.add(new TitleReference(reference.getSubject(), reference.getObject(), key));
            }
        }
        return new GraphKeys(headlines, references);
    }

    /** A headline's key; null when it folds to nothing. */
    static String key(Node headline) {
        String key = headline.isLiteral() ? Folding.slug(headline.getLiteralLexicalForm()) : "";
        return key.isEmpty() ? null : key;
    }

    static boolean isByTitle(Node related, String relatedPrefix) {
        return related.isURI() && related.getURI().startsWith(relatedPrefix);
    }

    private static void addKey(Set<String> keys, String key) {
        if (key != null) {
            keys.add(key);
        }
    }
}
