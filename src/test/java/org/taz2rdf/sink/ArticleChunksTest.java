package org.taz2rdf.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.taz2rdf.diagnostic.DiagnosticPolicy;
import org.taz2rdf.pipeline.ArticleReader;
import org.taz2rdf.rdf.ArticleMapper;
import org.taz2rdf.rdf.IriMinter;
import org.taz2rdf.source.Input;

/** Articles formatted one at a time add up to what one writer makes of all of them. */
class ArticleChunksTest {

    /** The quads of each golden input, one list per article. */
    static List<List<Quad>> articles() throws IOException {
        ArticleReader reader = new ArticleReader(DiagnosticPolicy.LENIENT);
        ArticleMapper mapper = new ArticleMapper(new IriMinter(IriMinter.DEFAULT_BASE));
        List<List<Quad>> articles = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/golden"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                List<Quad> quads = new ArrayList<>();
                reader.read(new Input.FileInput(file), Optional.empty()).articleToWrite()
                        .ifPresent(article -> mapper.map(article, new StreamRDFBase() {
                            @Override
                            public void quad(Quad quad) {
                                quads.add(quad);
                            }
                        }));
                articles.add(quads);
            }
        }
        return articles;
    }

    @ParameterizedTest
    @EnumSource(value = OutputFormat.class, names = {"ttl", "nt", "nq", "trig"})
    void headerAndChunksAreTheBytesOfOneWriter(OutputFormat format) throws IOException {
        List<List<Quad>> articles = articles();
        ByteArrayOutputStream streamed = new ByteArrayOutputStream();
        StreamRDF writer = RdfFileWriter.open(format, streamed);
        writer.start();
        articles.forEach(quads -> quads.forEach(writer::quad));
        writer.finish();
        ArticleChunks chunks = new ArticleChunks(format);
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        joined.write(chunks.header());
        for (List<Quad> quads : articles) {
            joined.write(chunks.chunk(quads));
        }
        assertThat(articles).hasSizeGreaterThan(20);
        assertThat(joined.toString(StandardCharsets.UTF_8)).isEqualTo(streamed.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anArticleWithoutQuadsAddsNothing() {
        assertThat(new ArticleChunks(OutputFormat.ttl).chunk(List.of())).isEmpty();
    }

    @Test
    void jsonLdIsNotWrittenArticleByArticle() {
        assertThatThrownBy(() -> new ArticleChunks(OutputFormat.jsonld)).isInstanceOf(IllegalArgumentException.class);
    }
}
