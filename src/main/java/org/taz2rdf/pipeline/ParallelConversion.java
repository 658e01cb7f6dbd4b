package org.taz2rdf.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.taz2rdf.rdf.ArticleMapper;
import org.taz2rdf.source.Input;

/**
 * Reads and maps inputs on several threads, finishes each article's quads there too (e.g. formats them), and
 * hands the results back in input order ({@link InputOrder}), so that output stays byte-identical to a run on one
 * thread. The consumer runs on the calling thread.
 *
 * @param <R> what {@code finish} makes of an article's quads
 */
public final class ParallelConversion<R> {

    /** One input's outcome and what was made of the quads of the article it gave (of no quads, if none). */
    public record Mapped<R>(Outcome outcome, R product) {}

    private final ArticleReader reader;
    private final ArticleMapper mapper;
    private final int threads;
    private final Function<List<Quad>, R> finish;

    public ParallelConversion(ArticleReader reader, ArticleMapper mapper, int threads, Function<List<Quad>, R> finish) {
        if (threads < 1) {
            throw new IllegalArgumentException("at least one thread");
        }
        this.reader = reader;
        this.mapper = mapper;
        this.threads = threads;
        this.finish = finish;
    }

    public void forEach(List<Input> inputs, Optional<String> explicitId, Consumer<Mapped<R>> consumer) {
        InputOrder.forEach(inputs, threads, "taz2rdf-convert", input -> convert(input, explicitId), consumer);
    }

    private Mapped<R> convert(Input input, Optional<String> explicitId) {
        Outcome outcome = reader.read(input, explicitId);
        List<Quad> quads = new ArrayList<>();
        outcome.articleToWrite().ifPresent(article -> mapper.map(article, new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                quads.add(quad);
            }
        }));
        return new Mapped<>(outcome, finish.apply(quads));
    }
}
