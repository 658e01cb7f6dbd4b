package org.taz2rdf.pipeline;

import org.apache.jena.atlas.io.StringWriterI;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFormatter;
import org.apache.jena.riot.out.NodeFormatterTTL;

/**
 * A triple as the line that digests of RDF inputs are made of: the text of Jena's {@code NodeFmtLib.str(Triple)}
 * (each term as Turtle writes it without prefixes, one space apart), written to a plain string writer. Jena's own
 * goes through a line buffer that keeps indentation bookkeeping for every character, which made it the largest cost
 * of loading N-Quads.
 */
final class TripleText {

    private static final NodeFormatter TURTLE = new NodeFormatterTTL();

    private TripleText() {}

    static String of(Triple triple) {
        StringWriterI out = new StringWriterI();
        term(out, triple.getSubject());
        out.print(' ');
        term(out, triple.getPredicate());
        out.print(' ');
        term(out, triple.getObject());
        out.flush();
        return out.toString();
    }

    private static void term(StringWriterI out, Node node) {
        if (node == null) {
            out.print("null");
        } else {
            TURTLE.format(out, node);
        }
    }
}
