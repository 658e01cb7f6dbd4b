package org.taz2rdf.store;

import java.util.List;
import java.util.Objects;
import org.apache.jena.sparql.core.Quad;

/**
 * One article ready to store: its graph and the quads of that graph, with the name and SHA-256 of the source
 * it came from (for the metadata graph and for skipping unchanged sources).
 */
public record LoadUnit(String graph, List<Quad> quads, String sourceName, String sha256) {

    public LoadUnit {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(sha256, "sha256");
        quads = List.copyOf(quads);
    }
}
