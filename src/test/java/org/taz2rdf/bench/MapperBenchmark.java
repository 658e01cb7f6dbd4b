package org.taz2rdf.bench;

import java.io.OutputStream;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.taz2rdf.article.Article;
import org.taz2rdf.parse.ArticleParser;
import org.taz2rdf.rdf.ArticleMapper;
import org.taz2rdf.rdf.IriMinter;
import org.taz2rdf.sink.OutputFormat;
import org.taz2rdf.sink.RdfFileWriter;
import org.taz2rdf.source.TextDecoder;

/**
 * The mapper's inner loop: one parsed typical article ({@link TypicalArticle}, in each rendering) mapped to its
 * quads. {@code map} sends them to a {@link StreamRDF} that hands each to JMH's blackhole (mapping, sorting,
 * IRI minting only); {@code mapAndWriteTurtle} and {@code mapAndWriteNTriples} send them through the writer
 * {@code convert} uses, into a stream that discards the bytes, to show what writing adds.
 *
 * <pre>{@code
 * java -cp <test classpath> org.openjdk.jmh.Main MapperBenchmark -f 1 -wi 3 -i 5
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class MapperBenchmark {

    @Param({"pipe", "gopher-raw", "gemtext", "cortex"})
    public String rendering;

    private final ArticleMapper mapper = new ArticleMapper(new IriMinter(IriMinter.DEFAULT_BASE));
    private Article article;
    private StreamRDF turtle;
    private StreamRDF ntriples;

    @Setup
    public void setUp() {
        GeneratedArticle generated = TypicalArticle.article();
        CorpusRendering chosen = CorpusRendering.named(rendering);
        String name = TypicalArticle.fileName(generated, chosen);
        article = new ArticleParser().parse(new TextDecoder().decode(name, chosen.render(generated)), Optional.empty())
                .article().orElseThrow();
        turtle = RdfFileWriter.open(OutputFormat.ttl, OutputStream.nullOutputStream());
        ntriples = RdfFileWriter.open(OutputFormat.nt, OutputStream.nullOutputStream());
        turtle.start();
        ntriples.start();
    }

    @TearDown
    public void tearDown() {
        turtle.finish();
        ntriples.finish();
    }

    @Benchmark
    public void map(Blackhole blackhole) {
        mapper.map(article, new BlackholeStream(blackhole));
    }

    @Benchmark
    public void mapAndWriteTurtle() {
        mapper.map(article, turtle);
    }

    @Benchmark
    public void mapAndWriteNTriples() {
        mapper.map(article, ntriples);
    }

    /** A StreamRDF that discards everything into the blackhole. */
    private static final class BlackholeStream extends StreamRDFBase {
        private final Blackhole blackhole;

        BlackholeStream(Blackhole blackhole) {
            this.blackhole = blackhole;
        }

        @Override
        public void triple(Triple triple) {
            blackhole.consume(triple);
        }

        @Override
        public void quad(Quad quad) {
            blackhole.consume(quad);
        }
    }
}
