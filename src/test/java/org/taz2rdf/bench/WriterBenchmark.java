package org.taz2rdf.bench;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
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
import org.taz2rdf.parse.ArticleParser;
import org.taz2rdf.rdf.ArticleMapper;
import org.taz2rdf.rdf.IriMinter;
import org.taz2rdf.sink.ArticleChunks;
import org.taz2rdf.sink.OutputFormat;
import org.taz2rdf.sink.RdfFileWriter;
import org.taz2rdf.source.TextDecoder;

/**
 * Writing one typical article's quads ({@link TypicalArticle}, pipe rendering): {@code chunk} is what
 * {@code convert} does per article on its worker threads ({@link ArticleChunks}, the article's bytes on their
 * own); {@code stream} sends the same quads into one writer that stays open, into a stream that discards the
 * bytes, as {@code riot} writes. The difference is the price of formatting articles apart.
 *
 * <pre>{@code
 * java -cp <test classpath> org.openjdk.jmh.Main WriterBenchmark -f 1 -wi 3 -i 5
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class WriterBenchmark {

    @Param({"ttl", "nt"})
    public String format;

    private List<Quad> quads;
    private ArticleChunks chunks;
    private StreamRDF stream;

    @Setup
    public void setUp() {
        GeneratedArticle generated = TypicalArticle.article();
        CorpusRendering pipe = CorpusRendering.named("pipe");
        String name = TypicalArticle.fileName(generated, pipe);
        quads = new ArrayList<>();
        new ArticleMapper(new IriMinter(IriMinter.DEFAULT_BASE)).map(new ArticleParser()
                .parse(new TextDecoder().decode(name, pipe.render(generated)), Optional.empty()).article().orElseThrow(),
                new StreamRDFBase() {
                    @Override
                    public void quad(Quad quad) {
                        quads.add(quad);
                    }
                });
        chunks = new ArticleChunks(OutputFormat.valueOf(format));
        stream = RdfFileWriter.open(OutputFormat.valueOf(format), OutputStream.nullOutputStream());
        stream.start();
    }

    @TearDown
    public void tearDown() {
        stream.finish();
    }

    @Benchmark
    public byte[] chunk() {
        return chunks.chunk(quads);
    }

    @Benchmark
    public void stream() {
        quads.forEach(stream::quad);
    }
}
