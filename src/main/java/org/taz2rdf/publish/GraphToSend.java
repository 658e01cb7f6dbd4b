package org.taz2rdf.publish;

import java.util.List;
import org.apache.jena.graph.Triple;

/** One article graph to publish: its name and its triples. */
public record GraphToSend(String graph, List<Triple> triples) {

    public GraphToSend {
        triples = List.copyOf(triples);
    }
}
