package org.taz2rdf.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.riot.out.NodeFmtLib;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taz2rdf.bench.CorpusGenerator;
import org.taz2rdf.cli.Main;
import org.taz2rdf.diagnostic.DiagnosticCode;
import org.taz2rdf.diagnostic.DiagnosticPolicy;
import org.taz2rdf.diagnostic.Severity;
import org.taz2rdf.rdf.ArticleMapper;
import org.taz2rdf.rdf.IriMinter;
import org.taz2rdf.source.Input;

/**
 * RDF files from {@code convert} read back into articles: N-Quads and TriG laid out one run per graph are read one
 * graph at a time ({@link GraphRuns}) and give exactly the articles that reading the file whole gives; files laid out
 * otherwise are read whole; a file that is not valid gives an error and no article.
 */
class RdfInputTest {

    private static final IriMinter IRIS = new IriMinter(IriMinter.DEFAULT_BASE);

    @TempDir
    Path dir;

    private Path texts;

    @BeforeEach
    void writeTexts() throws IOException {
        texts = dir.resolve("texts");
        CorpusGenerator.main(new String[] {texts.toString(), "60", "5"});
        try (var samples = Files.list(Path.of("samples"))) {
            for (Path sample : samples.filter(path -> path.toString().endsWith(".txt")).toList()) {
                Files.copy(sample, texts.resolve(sample.getFileName()));
            }
        }
    }

    private Path convert(String format) {
        Path file = dir.resolve("all." + format);
        int exit = Main.run(new ByteArrayInputStream(new byte[0]), OutputStream.nullOutputStream(),
                new PrintWriter(new StringWriter()), "convert", "-q", "-f", format, "-o", file.toString(),
                texts.toString());
        assertThat(exit).isZero();
        return file;
    }

    private static Units read(Path file) {
        return new UnitReader(DiagnosticPolicy.LENIENT, new ArticleMapper(IRIS))
                .read(new Input.FileInput(file), Optional.empty());
    }

    /** Graph name to digest, source and sorted quads of every article the input gives. */
    private static Map<String, String> articles(Units units) {
        Map<String, String> articles = new TreeMap<>();
        units.units().forEach(unit -> {
            TreeSet<String> quads = new TreeSet<>();
            unit.quads().forEach(quad -> quads.add(NodeFmtLib.str(quad)));
            assertThat(articles.put(unit.graph(), unit.sha256() + " " + unit.sourceName() + "\n"
                    + String.join("\n", quads))).as("one unit per graph").isNull();
        });
        return articles;
    }

    /** The same file with its lines shuffled, so that each graph's quads are spread over many runs. */
    private Path shuffled(Path file) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        Collections.shuffle(lines, new Random(7));
        Path spread = dir.resolve("spread-" + file.getFileName());
        Files.write(spread, lines);
        return spread;
    }

    /** The articles without their digest and source: graph name to sorted quads. */
    private static Map<String, String> quads(Units units) {
        Map<String, String> quads = new TreeMap<>();
        articles(units).forEach((graph, article) -> quads.put(graph, article.substring(article.indexOf('\n'))));
        return quads;
    }

    @Test
    void readsConvertedNQuadsAndTrigOneGraphAtATimeAsWholeFilesWouldBeRead() throws IOException {
        Path nquads = convert("nq");
        Path trig = convert("trig");
        Path spread = shuffled(nquads);

        Units streamed = read(nquads);
        Units whole = read(spread);

        assertThat(streamed.units()).isInstanceOf(GraphRuns.class);
        assertThat(read(trig).units()).isInstanceOf(GraphRuns.class);
        assertThat(whole.units()).isNotInstanceOf(GraphRuns.class);
        Map<String, String> articles = articles(streamed);
        assertThat(articles).hasSize(67);
        assertThat(quads(whole)).isEqualTo(quads(streamed));
        assertThat(quads(read(trig))).isEqualTo(quads(streamed));
        assertThat(articles(streamed)).as("read again each time").isEqualTo(articles);
        assertThat(articles.values()).allMatch(a -> a.contains(" all.nq\n"));
    }

    @Test
    void readsTrigWithAGraphInTwoPlacesWhole() throws IOException {
        Path trig = convert("trig");
        String text = Files.readString(trig);
        int second = text.indexOf("\n<" + IRIS.graphPrefix(), text.indexOf("<" + IRIS.graphPrefix()) + 1);
        int third = text.indexOf("\n<" + IRIS.graphPrefix(), second + 1);
        String firstGraph = text.substring(text.indexOf("<" + IRIS.graphPrefix()), text.indexOf('>',
                text.indexOf("<" + IRIS.graphPrefix())) + 1);
        Path twice = dir.resolve("twice.trig");
        Files.writeString(twice, text.substring(0, third) + "\n" + firstGraph
                + " { <https://example.org/extra> <https://example.org/p> \"q\" . }\n" + text.substring(third));

        Units units = read(twice);

        assertThat(units.units()).isNotInstanceOf(GraphRuns.class);
        Map<String, String> quads = quads(units);
        assertThat(quads.keySet()).isEqualTo(quads(read(trig)).keySet());
        String graph = firstGraph.substring(1, firstGraph.length() - 1);
        TreeSet<String> expected = new TreeSet<>(List.of(quads(read(trig)).get(graph).split("\n")));
        expected.add("<" + graph + "> <https://example.org/extra> <https://example.org/p> \"q\"");
        assertThat(new TreeSet<>(List.of(quads.get(graph).split("\n")))).isEqualTo(expected);
    }

    @Test
    void aFileThatChangesAfterItWasCheckedStopsWithAnErrorAfterWhatWasGiven() throws IOException {
        Path nquads = convert("nq");
        Units units = read(nquads);
        List<String> lines = new ArrayList<>(Files.readAllLines(nquads));
        lines.add(lines.size() / 2, "not N-Quads");
        Files.write(nquads, lines);
        List<String> given = new ArrayList<>();

        assertThatThrownBy(() -> units.units().forEach(unit -> given.add(unit.graph())))
                .isInstanceOf(InputChangedException.class).hasMessageStartingWith("changed while it was being loaded");
        assertThat(given).hasSizeBetween(20, 45);
    }

    @Test
    void whatTheTakerThrowsComesThroughAsItIs() {
        Units units = read(convert("nq"));
        IllegalStateException full = new IllegalStateException("disk full");

        assertThatThrownBy(() -> units.units().forEach(unit -> {
            throw full;
        })).isSameAs(full);
    }

    @Test
    void digestsDoNotHangOnHowTheFileIsLaidOut() throws IOException {
        Path nquads = convert("nq");
        Map<String, String> streamed = articles(read(nquads));
        Map<String, String> whole = articles(read(shuffled(nquads)));

        streamed.forEach((graph, article) -> assertThat(whole.get(graph).substring(0, 64))
                .isEqualTo(article.substring(0, 64)));
    }

    @Test
    void readsAFileWithTriplesOutsideTheNamedGraphsWhole() throws IOException {
        Path nquads = convert("nq");
        Path withDefault = dir.resolve("with-default.nq");
        Files.writeString(withDefault, Files.readString(nquads)
                + "<https://example.org/a> <https://example.org/b> \"c\" .\n");

        Units units = read(withDefault);

        assertThat(units.units()).isNotInstanceOf(GraphRuns.class);
        assertThat(articles(units)).isEqualTo(articles(read(nquads)).entrySet().stream().collect(
                TreeMap::new, (m, e) -> m.put(e.getKey(), e.getValue().replace(" all.nq\n", " with-default.nq\n")),
                Map::putAll));
    }

    @Test
    void aFileInvalidNearItsEndGivesAnErrorAndNoArticle() throws IOException {
        Path nquads = convert("nq");
        List<String> lines = new ArrayList<>(Files.readAllLines(nquads));
        lines.add(lines.size() - 3, "<https://example.org/a> <https://example.org/b> .");
        Path broken = dir.resolve("broken.nq");
        Files.write(broken, lines);

        Units units = read(broken);

        assertThat(units.failed()).isTrue();
        assertThat(articles(units)).isEmpty();
        assertThat(units.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.ERROR);
            assertThat(d.code()).isEqualTo(DiagnosticCode.MALFORMED_RESPONSE);
            assertThat(d.message()).startsWith("not valid N-Quads: ").contains("line: " + (lines.size() - 3));
        });
    }

    @Test
    void aFileWithoutArticleGraphsGivesAnError() throws IOException {
        Path other = dir.resolve("other.nq");
        Files.writeString(other, "<https://example.org/a> <https://example.org/b> \"c\" <https://example.org/g> .\n");

        Units units = read(other);

        assertThat(units.failed()).isTrue();
        assertThat(units.diagnostics()).singleElement()
                .satisfies(d -> assertThat(d.code()).isEqualTo(DiagnosticCode.NO_TITLE));
    }

    @Test
    void collectsUnitsInFileOrder() throws IOException {
        Path nquads = convert("nq");
        List<String> graphs = new ArrayList<>();
        for (String line : Files.readAllLines(nquads)) {
            String graph = line.substring(line.lastIndexOf(" <") + 2, line.lastIndexOf('>'));
            if (graphs.isEmpty() || !graphs.get(graphs.size() - 1).equals(graph)) {
                graphs.add(graph);
            }
        }
        List<String> taken = new ArrayList<>();
        read(nquads).units().forEach(unit -> taken.add(unit.graph()));

        assertThat(taken).isEqualTo(graphs).hasSize(67);
        assertThat(taken).allMatch(graph -> graph.startsWith(IRIS.graphPrefix()));
    }
}
