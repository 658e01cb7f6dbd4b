package org.taz2rdf.pipeline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a function over items on a small pool of threads and hands the results to a consumer on the calling
 * thread, in the items' order: what the consumer sees is the same as on one thread. At most a window of items is
 * in flight, so memory does not grow with the number of items. With one thread nothing is started.
 */
public final class InputOrder {

    /** Threads unless told otherwise: the machines taz2rdf is measured on have two cores. */
    public static final int DEFAULT_THREADS = 2;

    /** Items in flight per thread: enough to keep the pool busy while the consumer writes a batch. */
    private static final int WINDOW_PER_THREAD = 16;

    private InputOrder() {}

    public static <I, O> void forEach(List<I> items, int threads, String threadName, Function<I, O> work,
            Consumer<O> consumer) {
        if (threads < 1) {
            throw new IllegalArgumentException("at least one thread");
        }
        if (threads == 1) {
            items.forEach(item -> consumer.accept(work.apply(item)));
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            return thread;
        });
        try {
            Deque<Future<O>> window = new ArrayDeque<>();
            for (I item : items) {
                window.add(pool.submit(() -> work.apply(item)));
                if (window.size() >= threads * WINDOW_PER_THREAD) {
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

    private static <O> O next(Deque<Future<O>> window) {
        try {
            return window.poll().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }
}
