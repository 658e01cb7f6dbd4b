package org.taz2rdf.publish;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;

/**
 * Publishes article graphs to a remote store: one Graph Store Protocol {@code PUT} per graph (a replace, so a
 * re-run is harmless), or, for a store without it, one SPARQL Update request per graph ({@code DROP SILENT GRAPH}
 * then {@code INSERT DATA} in chunks). Temporary failures are retried with doubling back-off; a graph that still
 * fails is reported and the rest go on. After the run every sent graph's triple count is checked against what was
 * sent, so a store that answers 200 and stores nothing is caught. Not thread-safe.
 */
public final class Publisher {

    /** How to send: GSP, SPARQL Update, or GSP with Update as fallback when the store lacks GSP. */
    public enum Method { auto, gsp, update }

    /** Hears of each graph, for progress. */
    public interface Listener {
        void sent(String graph, int triples);

        void failed(String graph, String reason);
    }

    /** Pauses between retries; replaced in tests. */
    public interface Sleeper {
        void sleep(long millis) throws InterruptedException;
    }

    static final int TRIPLES_PER_INSERT = 1000;
    private static final long MAX_BACKOFF_MILLIS = 30_000;

    private final RemoteStore remote;
    private final int retries;
    private final Sleeper sleeper;
    private final Listener listener;
    private Method method;

    public Publisher(RemoteStore remote, Method method, int retries, Sleeper sleeper, Listener listener) {
        this.remote = remote;
        this.method = method;
        this.retries = retries;
        this.sleeper = sleeper;
        this.listener = listener;
    }

    public PublishResult publish(Iterable<GraphToSend> graphs) {
        Map<String, Integer> sent = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        for (GraphToSend graph : graphs) {
            List<String> lines = new ArrayList<>(new TreeSet<>(ntriples(graph.triples())));
            try {
                send(graph.graph(), lines);
                sent.put(graph.graph(), lines.size());
                listener.sent(graph.graph(), lines.size());
            } catch (RemoteException e) {
                failures.add(graph.graph() + ": " + e.getMessage());
                listener.failed(graph.graph(), e.getMessage());
            }
        }
        int verified = 0;
        for (Map.Entry<String, Integer> graph : sent.entrySet()) {
            try {
                long stored = withRetries(() -> remote.countTriples(graph.getKey()));
                if (stored == graph.getValue()) {
                    verified++;
                } else {
                    failures.add(graph.getKey() + ": sent " + graph.getValue() + " triples, the store holds " + stored);
                }
            } catch (RemoteException e) {
                failures.add(graph.getKey() + ": cannot check the stored triples: " + e.getMessage());
            }
        }
        return new PublishResult(sent.size(), verified, failures);
    }

    private void send(String graph, List<String> lines) throws RemoteException {
        if (method != Method.update) {
            try {
                byte[] body = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
                withRetries(() -> remote.putGraph(graph, body));
                return;
            } catch (RemoteException e) {
                if (method == Method.gsp || !lacksGraphStore(e)) {
                    throw e;
                }
                method = Method.update;
            }
        }
        withRetries(() -> {
            remote.update(updateRequest(graph, lines));
            return 0;
        });
    }

    /** A store without the Graph Store Protocol answers its endpoint with 404, 405 or 501. */
    private static boolean lacksGraphStore(RemoteException e) {
        String message = String.valueOf(e.getMessage());
        return message.contains(": HTTP 404") || message.contains(": HTTP 405") || message.contains(": HTTP 501");
    }

    static String updateRequest(String graph, List<String> lines) {
        StringBuilder update = new StringBuilder("DROP SILENT GRAPH <").append(graph).append(">");
        for (int from = 0; from < lines.size(); from += TRIPLES_PER_INSERT) {
            update.append(" ;\nINSERT DATA { GRAPH <").append(graph).append("> {\n");
            lines.subList(from, Math.min(lines.size(), from + TRIPLES_PER_INSERT)).forEach(l -> update.append(l).append('\n'));
            update.append("} }");
        }
        return update.append('\n').toString();
    }

    private static List<String> ntriples(List<Triple> triples) {
        List<String> lines = new ArrayList<>(triples.size());
        for (Triple triple : triples) {
            lines.add(NodeFmtLib.strNodesNT(triple.getSubject(), triple.getPredicate(), triple.getObject()) + " .");
        }
        return lines;
    }

    private interface Call<T> {
        T run() throws RemoteException;
    }

    private <T> T withRetries(Call<T> call) throws RemoteException {
        long backoff = 500;
        for (int attempt = 0; ; attempt++) {
            try {
                return call.run();
            } catch (RemoteException e) {
                if (!e.retryable() || attempt >= retries) {
                    throw e;
                }
                try {
                    sleeper.sleep(backoff);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
                backoff = Math.min(backoff * 2, MAX_BACKOFF_MILLIS);
            }
        }
    }
}
