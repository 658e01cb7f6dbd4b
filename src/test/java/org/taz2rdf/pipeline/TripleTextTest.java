package org.taz2rdf.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.StreamRDFBase;
import org.junit.jupiter.api.Test;

/**
 * {@link TripleText} writes what Jena's {@code NodeFmtLib.str(Triple)} writes, so the digests of RDF inputs stay
 * those that earlier versions stored: checked on every triple of the samples' RDF and on terms of every kind.
 */
class TripleTextTest {

    @Test
    void writesWhatNodeFmtLibWrites() throws IOException {
        List<Triple> triples = new ArrayList<>();
        StreamRDFBase collect = new StreamRDFBase() {
            @Override
            public void triple(Triple triple) {
                triples.add(triple);
            }

            @Override
            public void quad(org.apache.jena.sparql.core.Quad quad) {
                triples.add(quad.asTriple());
            }
        };
        RDFParser.source(Path.of("output/samples.trig")).lang(Lang.TRIG).parse(collect);
        RDFParser.fromString("""
                @prefix ex: <https://example.org/> .
                ex:a ex:b "plain", "mit Umlaut ä und \\"Zitat\\"\\n neue Zeile\\t"@de, "42"^^<http://www.w3.org/2001/XMLSchema#integer>,
                    "4.5"^^<http://www.w3.org/2001/XMLSchema#decimal>, "1e3"^^<http://www.w3.org/2001/XMLSchema#double>,
                    "true"^^<http://www.w3.org/2001/XMLSchema#boolean>, "2024-08-13"^^<http://www.w3.org/2001/XMLSchema#date>,
                    "x"^^ex:type, <https://example.org/ä?q=1#frag>, _:blank, "𝄞 supplementary" .
                _:blank ex:c "rdf"@en-GB .
                """, Lang.TURTLE).parse(collect);
        triples.add(Triple.create(NodeFactory.createURI("https://example.org/with space<and>\"quotes\""),
                NodeFactory.createURI("https://example.org/p"), NodeFactory.createLiteralString("a\rb\\c")));
        assertThat(triples).hasSizeGreaterThan(600);

        for (Triple triple : triples) {
            assertThat(TripleText.of(triple)).isEqualTo(NodeFmtLib.str(triple));
        }
    }
}
