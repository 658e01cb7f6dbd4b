package org.taz2rdf.query;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;

/**
 * The type of a query parameter, which turns the text a user gives into an RDF term. Values are bound as terms,
 * never pasted into query text, so no value can change what a query does.
 */
public enum ParameterType {
    /**
     * A plain string literal. Queries look a name up as the mapper writes it, as this literal and as the same text
     * tagged {@code @de}, so either form matches; a name with another language tag does not.
     */
    string,
    /** An absolute IRI. */
    iri,
    /** An {@code xsd:date}, {@code 2024-08-13}. */
    date,
    /** An {@code xsd:integer}. */
    integer;

    /** The term for {@code value}; throws {@link IllegalArgumentException} with a readable reason. */
    public Node toNode(String value) {
        return switch (this) {
            case string -> NodeFactory.createLiteralString(value);
            case iri -> iri(value);
            case date -> {
                try {
                    yield NodeFactory.createLiteralDT(LocalDate.parse(value).toString(), XSDDatatype.XSDdate);
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("'" + value + "' is not a date like 2024-08-13");
                }
            }
            case integer -> {
                try {
                    yield NodeFactory.createLiteralDT(Long.toString(Long.parseLong(value.strip())), XSDDatatype.XSDinteger);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("'" + value + "' is not a whole number");
                }
            }
        };
    }

    private static Node iri(String value) {
        String text = value.startsWith("<") && value.endsWith(">") ? value.substring(1, value.length() - 1) : value;
        try {
            IRIx iri = IRIx.create(text);
            if (!iri.isAbsolute() || iri.hasViolations()) {
                throw new IllegalArgumentException("'" + value + "' is not an absolute IRI");
            }
            return NodeFactory.createURI(iri.str());
        } catch (IRIException e) {
            throw new IllegalArgumentException("'" + value + "' is not an IRI: " + e.getMessage());
        }
    }
}
