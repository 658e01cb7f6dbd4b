package org.taz2rdf.pipeline;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.taz2rdf.rdf.ArticleMapper;
import org.taz2rdf.source.Input;

/**
 * Reads and maps inputs on several threads and hands the results back in input order, so that output stays
 * byte-identical to a run on one thread. At most a small window of inputs is in flight, so memory does not
 * grow with the number of inputs. The consumer runs on the calling thread.
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
        if (threads == 1) {
            inputs.forEach(input -> consumer.accept(convert(input, explicitId)));
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "taz2rdf-convert");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Deque<Future<Mapped>> window = new ArrayDeque<>();
            for (Input input : inputs) {
                window.add(pool.submit(() -> convert(input, explicitId)));
                if (window.size() >= threads * 16) {
                    consumer.accept(next(window));
                }
            }
            while (!window.isEmpty()) {
                consumer.accept(next(window));
            }
        } finally {
            pool.shutdownNow();
        }
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

    private static Mapped next(Deque<Future<Mapped>> window) {
        try {
            return window.poll().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }
}
