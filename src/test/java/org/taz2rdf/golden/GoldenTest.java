package org.taz2rdf.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.taz2rdf.diagnostic.DiagnosticPolicy;
import org.taz2rdf.pipeline.ArticleReader;
import org.taz2rdf.pipeline.Outcome;
import org.taz2rdf.rdf.ArticleMapper;
import org.taz2rdf.rdf.IriMinter;
import org.taz2rdf.sink.OutputFormat;
import org.taz2rdf.sink.RdfFileWriter;
import org.taz2rdf.source.Input;

/**
 * Golden pairs: every input {@code NAME.txt} under {@code golden/} has its expected graph {@code NAME.ttl} and
 * its expected diagnostics {@code NAME.diagnostics} beside it. Graphs are compared as graphs; a mismatch
 * prints both. Run with {@code -Dgolden.update=true} to rewrite the expectations after a deliberate change.
 */
class GoldenTest {

    static final Path ROOT = Path.of("src/test/resources/golden");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    static List<Path> inputs() throws IOException {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(path -> path.toString().endsWith(".txt")).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyInputGivesItsExpectedGraphAndDiagnostics() throws IOException {
        return inputs().stream().map(input -> DynamicTest.dynamicTest(ROOT.relativize(input).toString(),
                () -> check(input)));
    }

    @Test
    void everyExpectationHasItsInput() throws IOException {
        try (Stream<Path> files = Files.walk(ROOT)) {
            List<Path> orphans = files.filter(path -> path.toString().endsWith(".ttl")
                            || path.toString().endsWith(".diagnostics"))
                    .filter(path -> !Files.exists(sibling(path, ".txt")))
                    .toList();
            assertThat(orphans).as("expected files without an input").isEmpty();
        }
    }

    @Test
    void coversEveryRealCapture() throws IOException {
        assertThat(inputs().stream().filter(path -> path.startsWith(ROOT.resolve("real"))).count())
                .isGreaterThanOrEqualTo(48);
    }

    private static void check(Path input) throws IOException {
        Path expectedGraph = sibling(input, ".ttl");
        Path expectedDiagnostics = sibling(input, ".diagnostics");
        Converted actual = convert(input);
        if (UPDATE) {
            Files.writeString(expectedGraph, actual.turtle());
            Files.writeString(expectedDiagnostics, actual.diagnostics());
            return;
        }
        if (!Files.exists(expectedGraph) || !Files.exists(expectedDiagnostics)) {
            fail("no expected " + expectedGraph.getFileName() + " and " + expectedDiagnostics.getFileName()
                    + " beside " + input + "; write them, or run with -Dgolden.update=true and review them");
        }
        Graph expected = parseTurtle(Files.readString(expectedGraph));
        Graph got = parseTurtle(actual.turtle());
        if (!expected.isIsomorphicWith(got)) {
            fail("graph of " + input + " differs from " + expectedGraph + "\n--- expected\n"
                    + Files.readString(expectedGraph) + "\n--- actual\n" + actual.turtle());
        }
        assertThat(actual.diagnostics()).as("diagnostics of " + input).isEqualTo(Files.readString(expectedDiagnostics));
    }

    record Converted(String turtle, String diagnostics) {}

    /** Converts one input as {@code convert} does, naming it by its file name in diagnostics. */
    static Converted convert(Path input) {
        Outcome outcome = new ArticleReader(DiagnosticPolicy.LENIENT)
                .read(new Named(input), Optional.empty());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StreamRDF sink = RdfFileWriter.open(OutputFormat.ttl, out);
        sink.start();
        outcome.articleToWrite().ifPresent(article ->
                new ArticleMapper(new IriMinter(IriMinter.DEFAULT_BASE)).map(article, sink));
        sink.finish();
        String diagnostics = outcome.diagnostics().stream().map(Object::toString)
                .map(line -> line + "\n").collect(Collectors.joining());
        return new Converted(out.toString(StandardCharsets.UTF_8), diagnostics);
    }

    static Graph parseTurtle(String turtle) {
        Model model = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        RDFParser.create().source(new StringReader(turtle)).lang(Lang.TURTLE)
                .errorHandler(ErrorHandlerFactory.errorHandlerStrict).parse(model);
        return model.getGraph();
    }

    private static Path sibling(Path path, String extension) {
        String name = path.getFileName().toString();
        return path.resolveSibling(name.substring(0, name.lastIndexOf('.')) + extension);
    }

    /** A file input shown by its file name only, so expectations do not depend on where the tests run. */
    private record Named(Path path) implements Input {
        @Override
        public String name() {
            return path.getFileName().toString();
        }

        @Override
        public byte[] readAllBytes() throws IOException {
            return Files.readAllBytes(path);
        }
    }
}
