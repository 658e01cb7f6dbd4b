package org.taz2rdf.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.taz2rdf.rdf.ArticleMapper;
import org.taz2rdf.source.Input;

/**
 * Reads and maps inputs on several threads and hands the results back in input order ({@link InputOrder}), so
 * that output stays byte-identical to a run on one thread. The consumer runs on the calling thread.
 */
public final class ParallelConversion {

    /** One input's outcome and, where it gave an article to write, that article's quads in output order. */
    public record Mapped(Outcome outcome, List<Quad> quads) {}

    private final ArticleReader reader;
    private final ArticleMapper mapper;
    private final int threads;

    public ParallelConversion(ArticleReader reader, ArticleMapper mapper, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("at least one thread");
        }
        this.reader = reader;
        this.mapper = mapper;
        this.threads = threads;
    }

    public void forEach(List<Input> inputs, Optional<String> explicitId, Consumer<Mapped> consumer) {
        InputOrder.forEach(inputs, threads, "taz2rdf-convert", input -> convert(input, explicitId), consumer);
    }

    private Mapped convert(Input input, Optional<String> explicitId) {
        Outcome outcome = reader.read(input, explicitId);
        List<Quad> quads = new ArrayList<>();
        outcome.articleToWrite().ifPresent(article -> mapper.map(article, new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                quads.add(quad);
            }
        }));
        return new Mapped(outcome, quads);
    }
}
