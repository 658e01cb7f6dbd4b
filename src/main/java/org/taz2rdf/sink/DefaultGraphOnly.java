package org.taz2rdf.sink;

import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;

/** Sends every quad on as a triple of the default graph: all articles in one graph, for triple formats. */
public final class DefaultGraphOnly extends StreamRDFWrapper {

    public DefaultGraphOnly(StreamRDF destination) {
        super(destination);
    }

    @Override
    public void quad(Quad quad) {
        triple(quad.asTriple());
    }
}
