package org.taz2rdf.bench;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;
import org.taz2rdf.diagnostic.DiagnosticPolicy;
import org.taz2rdf.parse.ArticleParser;
import org.taz2rdf.parse.ParseResult;
import org.taz2rdf.pipeline.ArticleReader;
import org.taz2rdf.pipeline.Outcome;
import org.taz2rdf.source.Input;
import org.taz2rdf.source.SourceDocument;
import org.taz2rdf.source.TextDecoder;

/**
 * The parser's inner loop on one typical generated article ({@link TypicalArticle}) held in memory, in each
 * rendering: {@code read} is what {@code convert} does per input before mapping (decode the bytes, parse,
 * apply the diagnostic policy); {@code decode} and {@code parse} are its two halves.
 *
 * <pre>{@code
 * java -cp <test classpath> org.openjdk.jmh.Main ParserBenchmark -f 1 -wi 3 -i 5
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ParserBenchmark {

    @Param({"pipe", "gopher-raw", "gemtext", "cortex"})
    public String rendering;

    private Input input;
    private String name;
    private byte[] bytes;
    private SourceDocument document;
    private final TextDecoder decoder = new TextDecoder();
    private final ArticleParser parser = new ArticleParser();
    private final ArticleReader reader = new ArticleReader(DiagnosticPolicy.LENIENT);

    @Setup
    public void setUp() {
        GeneratedArticle article = TypicalArticle.article();
        CorpusRendering chosen = CorpusRendering.named(rendering);
        name = TypicalArticle.fileName(article, chosen);
        bytes = chosen.render(article);
        input = new MemoryInput(name, bytes);
        document = decoder.decode(name, bytes);
        if (parser.parse(document, Optional.empty()).article().isEmpty()) {
            throw new IllegalStateException("the typical article does not parse in " + rendering);
        }
    }

    @Benchmark
    public Outcome read() {
        return reader.read(input, Optional.empty());
    }

    @Benchmark
    public SourceDocument decode() {
        return decoder.decode(name, bytes);
    }

    @Benchmark
    public ParseResult parse() {
        return parser.parse(document, Optional.empty());
    }

    /** An input already in memory. */
    record MemoryInput(String name, byte[] bytes) implements Input {
        @Override
        public byte[] readAllBytes() {
            return bytes;
        }
    }
}
