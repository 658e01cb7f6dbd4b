package org.taz2rdf.sink;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.jena.atlas.io.BufferingWriter;
import org.apache.jena.atlas.io.IO;
import org.apache.jena.atlas.lib.CharSpace;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RIOT;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.writer.WriterStreamRDFBlocks;
import org.apache.jena.riot.writer.WriterStreamRDFPlain;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.vocabulary.SchemaDO;

/**
 * Opens a {@link StreamRDF} that writes one {@link OutputFormat} to an output stream. Streaming formats write
 * as the quads arrive, through the writer Jena registers for the format's {@code jenaFormat()} (the same
 * bytes, see RdfFileWriterTest), with Turtle's line bookkeeping lightened by {@link LineWriter}; JSON-LD
 * collects them and writes at {@code finish()}. The caller calls {@code start()} and {@code finish()}, and
 * closes the output stream afterwards.
 */
public final class RdfFileWriter {

    static {
        // Jena's writer classes are used directly here, not through its registry, which would initialise Jena.
        JenaSystem.init();
    }

    private RdfFileWriter() {}

    public static StreamRDF open(OutputFormat format, OutputStream out) {
        StreamRDF stream = switch (format) {
            case ttl, trig -> new WriterStreamRDFBlocks(new LineWriter(utf8(out)), RIOT.getContext());
            case nt, nq -> new WriterStreamRDFPlain(IO.wrap(utf8(out)), CharSpace.UTF8);
            case jsonld -> new JsonLdCollector(out);
        };
        StreamRDF sink = format.namedGraphs() ? stream : new DefaultGraphOnly(stream);
        return new PrefixesFirst(sink, Prefixes.standard());
    }

    /**
     * UTF-8 characters onto the stream, buffered without a lock per character (Jena's writers print character
     * by character); {@code finish()} flushes them.
     */
    private static Writer utf8(OutputStream out) {
        return new BufferingWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    /** Declares the prefixes right after {@code start()}. */
    private static final class PrefixesFirst extends org.apache.jena.riot.system.StreamRDFWrapper {
        private final Map<String, String> prefixes;

        PrefixesFirst(StreamRDF destination, Map<String, String> prefixes) {
            super(destination);
            this.prefixes = prefixes;
        }

        @Override
        public void start() {
            super.start();
            prefixes.forEach(this::prefix);
        }
    }

    /** Collects the dataset and writes it as compact JSON-LD, schema.org as the default vocabulary. */
    private static final class JsonLdCollector extends org.apache.jena.riot.system.StreamRDFWrapper {
        private final OutputStream out;
        private final DatasetGraph dataset;

        JsonLdCollector(OutputStream out) {
            this(out, DatasetGraphFactory.createTxnMem());
        }

        private JsonLdCollector(OutputStream out, DatasetGraph dataset) {
            super(StreamRDFLib.dataset(dataset));
            this.out = out;
            this.dataset = dataset;
        }

        @Override
        public void prefix(String prefix, String iri) {
            if (!iri.equals(SchemaDO.NS)) {
                super.prefix(prefix, iri);
            }
        }

        @Override
        public void finish() {
            super.finish();
            dataset.prefixes().add("", SchemaDO.NS);
            RDFDataMgr.write(out, dataset, OutputFormat.jsonld.jenaFormat());
        }
    }
}
