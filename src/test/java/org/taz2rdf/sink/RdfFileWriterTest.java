package org.taz2rdf.sink;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Our writers make the bytes of the writers Jena registers for the same formats. */
class RdfFileWriterTest {

    @ParameterizedTest
    @EnumSource(value = OutputFormat.class, names = {"ttl", "nt", "nq", "trig"})
    void writesWhatJenasOwnWriterWrites(OutputFormat format) throws IOException {
        List<Quad> quads = new ArrayList<>();
        ArticleChunksTest.articles().forEach(quads::addAll);
        quads.addAll(awkwardLiterals());

        ByteArrayOutputStream ours = new ByteArrayOutputStream();
        StreamRDF writer = RdfFileWriter.open(format, ours);
        writer.start();
        quads.forEach(writer::quad);
        writer.finish();

        ByteArrayOutputStream jenas = new ByteArrayOutputStream();
        StreamRDF registered = StreamRDFWriter.getWriterStream(jenas, format.jenaFormat());
        StreamRDF sink = format.namedGraphs() ? registered : new DefaultGraphOnly(registered);
        sink.start();
        Prefixes.standard().forEach(sink::prefix);
        quads.forEach(sink::quad);
        sink.finish();

        assertThat(quads).hasSizeGreaterThan(1000);
        assertThat(ours.toString(StandardCharsets.UTF_8)).isEqualTo(jenas.toString(StandardCharsets.UTF_8));
    }

    /** Literals that take the writers' other paths: line breaks, quotes, characters outside the BMP, long text. */
    private static List<Quad> awkwardLiterals() {
        Node graph = NodeFactory.createURI("https://example.org/graph");
        Node subject = NodeFactory.createURI("https://example.org/s");
        Node predicate = NodeFactory.createURI("https://schema.org/text");
        List<Quad> quads = new ArrayList<>();
        for (String text : List.of("eins\nzwei", "carriage\r\nreturn", "tab\there", "\"quoted\" and \\", "😀 Gemüse 🥦",
                "x".repeat(20_000) + "😀", "", " leading and trailing ")) {
            quads.add(Quad.create(graph, subject, predicate, NodeFactory.createLiteralLang(text, "de")));
            quads.add(Quad.create(graph, subject, predicate, NodeFactory.createLiteralString(text)));
        }
        return quads;
    }
}
