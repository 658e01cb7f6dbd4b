package org.taz2rdf.sink;

import org.apache.jena.riot.RDFFormat;

/** The output formats of {@code convert}, by the short names of Jena's command-line tools. */
public enum OutputFormat {
    /** Turtle: all articles in one graph, written block by block. */
    ttl(RDFFormat.TURTLE_BLOCKS, false, true),
    /** N-Triples: all articles in one graph. */
    nt(RDFFormat.NTRIPLES_UTF8, false, true),
    /** N-Quads: one named graph per article. */
    nq(RDFFormat.NQUADS_UTF8, true, true),
    /** TriG: one named graph per article, written block by block. */
    trig(RDFFormat.TRIG_BLOCKS, true, true),
    /** JSON-LD 1.1, compact, schema.org terms as plain names; built in memory (JSON-LD cannot be streamed). */
    jsonld(RDFFormat.JSONLD11_PRETTY, true, false);

    private final RDFFormat jenaFormat;
    private final boolean namedGraphs;
    private final boolean streaming;

    OutputFormat(RDFFormat jenaFormat, boolean namedGraphs, boolean streaming) {
        this.jenaFormat = jenaFormat;
        this.namedGraphs = namedGraphs;
        this.streaming = streaming;
    }

    /** Jena's format of the same name: RdfFileWriter writes its bytes (RdfFileWriterTest compares them). */
    RDFFormat jenaFormat() {
        return jenaFormat;
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
