package org.taz2rdf.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taz2rdf.diagnostic.DiagnosticPolicy;
import org.taz2rdf.pipeline.ArticleReader;
import org.taz2rdf.pipeline.Outcome;
import org.taz2rdf.rdf.ArticleMapper;
import org.taz2rdf.rdf.IriMinter;
import org.taz2rdf.source.Input;
import org.taz2rdf.testing.SchemaOrgVocabulary;

/** Properties that hold for every golden input, real or fictional. */
class InvariantsTest {

    private static final Shapes SHAPES = Shapes.parse(Path.of("ontologies/shapes.ttl").toString());

    static List<Path> inputs() throws IOException {
        return GoldenTest.inputs();
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void givesTheSameGraphUnderEveryLineEndAndAByteOrderMark(Path input) throws IOException {
        String text = Files.readString(input).replace("\uFEFF", "").replace("\r\n", "\n").replace("\r", "\n");
        Graph reference = graphOf(text.getBytes(StandardCharsets.UTF_8));
        for (String variant : List.of(text.replace("\n", "\r\n"), text.replace("\n", "\r"), "\uFEFF" + text)) {
            assertThat(graphOf(variant.getBytes(StandardCharsets.UTF_8)).isIsomorphicWith(reference))
                    .as(input + " under another line end or with a BOM").isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void outputParsesBackUnderTheStrictErrorHandler(Path input) {
        String turtle = GoldenTest.convert(input).turtle();
        assertThat(GoldenTest.parseTurtle(turtle).size()).isGreaterThanOrEqualTo(0);
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void outputConformsToTheShapes(Path input) {
        Graph graph = GoldenTest.parseTurtle(GoldenTest.convert(input).turtle());
        ValidationReport report = ShaclValidator.get().validate(SHAPES, graph);
        if (!report.conforms()) {
            ShLib.printReport(report);
        }
        assertThat(report.conforms()).as("SHACL report for " + input).isTrue();
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void usesOnlySchemaOrgTermsWhereSchemaOrgAllowsThem(Path input) {
        Graph graph = GoldenTest.parseTurtle(GoldenTest.convert(input).turtle());
        assertThat(SchemaOrgVocabulary.instance().violations(ModelFactory.createModelForGraph(graph)))
                .as("schema.org violations in " + input).isEmpty();
    }

    private static Graph graphOf(byte[] bytes) {
        Outcome outcome = new ArticleReader(DiagnosticPolicy.LENIENT).read(new Bytes(bytes), Optional.of("1234567"));
        var dataset = org.apache.jena.sparql.core.DatasetGraphFactory.createTxnMem();
        var sink = org.apache.jena.riot.system.StreamRDFLib.dataset(dataset);
        outcome.article().ifPresent(article -> new ArticleMapper(new IriMinter(IriMinter.DEFAULT_BASE)).map(article, sink));
        return dataset.getUnionGraph();
    }

    private record Bytes(byte[] bytes) implements Input {
        @Override
        public String name() {
            return "input.txt";
        }

        @Override
        public byte[] readAllBytes() {
            return bytes.clone();
        }
    }
}
