package org.taz2rdf.rdf;

import java.util.Comparator;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;

/**
 * The order in which an article's quads are written: by subject, then {@code rdf:type} before other
 * predicates, then by predicate and object. It makes output byte-identical from run to run and diffs short.
 */
final class QuadOrder implements Comparator<Quad> {

    static final QuadOrder INSTANCE = new QuadOrder();

    private static final Node TYPE = RDF.type.asNode();

    @Override
    public int compare(Quad a, Quad b) {
        int c = key(a.getSubject()).compareTo(key(b.getSubject()));
        if (c != 0) {
            return c;
        }
        c = Boolean.compare(!a.getPredicate().equals(TYPE), !b.getPredicate().equals(TYPE));
        if (c != 0) {
            return c;
        }
        c = key(a.getPredicate()).compareTo(key(b.getPredicate()));
        return c != 0 ? c : key(a.getObject()).compareTo(key(b.getObject()));
    }

    private static String key(Node node) {
        if (node.isURI()) {
            return node.getURI();
        }
        if (node.isLiteral()) {
            return node.getLiteralLexicalForm() + "\u0000" + node.getLiteralDatatypeURI() + "\u0000"
                    + node.getLiteralLanguage();
        }
        return node.toString();
    }
}
