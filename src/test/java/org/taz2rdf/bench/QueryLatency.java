package org.taz2rdf.bench;

import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.riot.RDFFormat;
import org.taz2rdf.query.BundledQuery;
import org.taz2rdf.query.Parameter;
import org.taz2rdf.query.QueryRunner;
import org.taz2rdf.query.QueryTimeoutException;
import org.taz2rdf.query.ResultFormat;
import org.taz2rdf.rdf.IriMinter;
import org.taz2rdf.store.ArticleStore;
import org.taz2rdf.store.StoreCounts;

/**
 * Warm latency of every bundled query on a loaded store: opens the store as {@code query} does, picks parameter
 * values from its data ({@link QueryParameters}), runs each query a number of times untimed and then timed
 * through {@link QueryRunner} with the command's default result formats ({@code text}, Turtle), the result
 * written to a stream that discards it, and prints one tab-separated line per query (a query about a tag or an
 * author gets a second line, for a typical one; see {@link QueryParameters#typical}): name, parameters ({@code -}
 * for none), median
 * and 95th percentile (nearest rank), minimum and maximum in milliseconds, the bytes of one result, and the
 * number of timed runs. A query that takes long stops early: warm-up after {@code BUDGET/4} seconds, timed runs
 * after {@code BUDGET} seconds but never below three.
 *
 * <pre>{@code
 * java -cp <test classpath> org.taz2rdf.bench.QueryLatency STORE [WARMUP=5] [MEASURED=20] [BUDGET=60]
 * }</pre>
 */
public final class QueryLatency {

    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    private QueryLatency() {}

    public static void main(String[] args) {
        if (args.length < 1 || args.length > 4) {
            System.err.println("usage: QueryLatency STORE [WARMUP=5] [MEASURED=20] [BUDGET=60]");
            System.exit(2);
        }
        Path location = Path.of(args[0]);
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int measured = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        double budgetMillis = (args.length > 3 ? Integer.parseInt(args[3]) : 60) * 1000.0;
        if (!ArticleStore.exists(location)) {
            System.err.println("QueryLatency: no TDB2 store at " + location);
            System.exit(2);
        }
        try (ArticleStore store = ArticleStore.open(location)) {
            StoreCounts.ensureComplete(store, new IriMinter(IriMinter.DEFAULT_BASE),
                    () -> System.err.println("QueryLatency: counting the store once, as query would"));
            QueryParameters parameters = QueryParameters.of(store.dataset());
            System.err.println("QueryLatency: parameters " + parameters);
            QueryRunner runner = new QueryRunner(store.dataset(), TIMEOUT);
            System.out.println("query\tparams\tp50_ms\tp95_ms\tmin_ms\tmax_ms\tresult_bytes\truns");
            for (BundledQuery bundled : BundledQuery.all()) {
                System.out.println(measure(runner, bundled, parameters, warmup, measured, budgetMillis));
                if (bundled.parameters().stream().anyMatch(p -> p.name().equals("tag") || p.name().equals("author"))) {
                    System.out.println(measure(runner, bundled, parameters.typical(), warmup, measured, budgetMillis));
                }
            }
        }
    }

    private static String measure(QueryRunner runner, BundledQuery bundled, QueryParameters parameters, int warmup,
            int measured, double budgetMillis) {
        Map<String, Node> bindings = new LinkedHashMap<>();
        StringBuilder shown = new StringBuilder();
        for (Parameter parameter : bundled.parameters()) {
            String value = parameters.value(bundled.name(), parameter.name());
            bindings.put(parameter.name(), parameter.type().toNode(value));
            shown.append(shown.length() == 0 ? "" : " ").append(parameter.name()).append('=').append(value);
        }
        if (shown.length() == 0) {
            shown.append('-');
        }
        Query query = QueryRunner.parse(bundled.text());
        CountingSink sink = new CountingSink();
        double[] millis = new double[measured];
        int runs = 0;
        try {
            long warmupStart = System.nanoTime();
            for (int i = 0; i < warmup && (System.nanoTime() - warmupStart) / 1e6 < budgetMillis / 4; i++) {
                runner.run(query, bindings, ResultFormat.text, RDFFormat.TURTLE_PRETTY, sink);
            }
            double spent = 0;
            while (runs < measured && (runs < 3 || spent < budgetMillis)) {
                sink.bytes = 0;
                long start = System.nanoTime();
                runner.run(query, bindings, ResultFormat.text, RDFFormat.TURTLE_PRETTY, sink);
                millis[runs] = (System.nanoTime() - start) / 1e6;
                spent += millis[runs++];
            }
        } catch (QueryTimeoutException e) {
            return String.join("\t", bundled.name(), shown, "timeout", "timeout", "", "", "", Integer.toString(runs));
        }
        double[] timed = Arrays.copyOf(millis, runs);
        Arrays.sort(timed);
        return String.format(Locale.ROOT, "%s\t%s\t%.2f\t%.2f\t%.2f\t%.2f\t%d\t%d", bundled.name(), shown,
                rank(timed, 0.50), rank(timed, 0.95), timed[0], timed[timed.length - 1], sink.bytes, runs);
    }

    /** The nearest-rank percentile of sorted values. */
    static double rank(double[] sorted, double fraction) {
        int index = (int) Math.ceil(fraction * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
    }

    /** Discards what is written and counts the bytes. */
    private static final class CountingSink extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
