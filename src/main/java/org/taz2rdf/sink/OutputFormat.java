package org.taz2rdf.sink;

import org.apache.jena.riot.RDFFormat;

/**
 * The output formats of {@code convert}, by the short names of Jena's command-line tools. Jena's formats are named
 * in a method, not held in fields, so that listing the options ({@code --help}) does not start Jena's RIOT.
 */
public enum OutputFormat {
    /** Turtle: all articles in one graph, written block by block. */
    ttl(false, true),
    /** N-Triples: all articles in one graph. */
    nt(false, true),
    /** N-Quads: one named graph per article. */
    nq(true, true),
    /** TriG: one named graph per article, written block by block. */
    trig(true, true),
    /** JSON-LD 1.1, compact, schema.org terms as plain names; built in memory (JSON-LD cannot be streamed). */
    jsonld(true, false);

    private final boolean namedGraphs;
    private final boolean streaming;

    OutputFormat(boolean namedGraphs, boolean streaming) {
        this.namedGraphs = namedGraphs;
        this.streaming = streaming;
    }

    /** Jena's format of the same name: RdfFileWriter writes its bytes (RdfFileWriterTest compares them). */
    RDFFormat jenaFormat() {
        return switch (this) {
            case ttl -> RDFFormat.TURTLE_BLOCKS;
            case nt -> RDFFormat.NTRIPLES_UTF8;
            case nq -> RDFFormat.NQUADS_UTF8;
            case trig -> RDFFormat.TRIG_BLOCKS;
            case jsonld -> RDFFormat.JSONLD11_PRETTY;
        };
    }

    /** Whether each article keeps its own named graph in this format. */
    public boolean namedGraphs() {
        return namedGraphs;
    }

    /** Whether the output is written article by article, in constant memory. */
    public boolean streaming() {
        return streaming;
    }
}
