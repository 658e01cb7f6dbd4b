package org.taz2rdf.publish;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small Graph Store Protocol server on 127.0.0.1 for failure tests: it keeps the number of N-Triples lines
 * PUT per graph and answers count queries from them, and it can misbehave per graph: stall, fail once with 500,
 * or answer 204 and keep nothing.
 */
final class FaultyGraphStore implements AutoCloseable {

    enum Fault { STALL, FAIL_ONCE, LIE }

    private static final Pattern GRAPH_IN_QUERY = Pattern.compile("GRAPH <([^>]+)>");

    private final HttpServer server;
    private final Map<String, Integer> stored = new ConcurrentHashMap<>();
    private final Map<String, Fault> faults = new ConcurrentHashMap<>();
    private final List<String> requests = java.util.Collections.synchronizedList(new ArrayList<>());

    FaultyGraphStore() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/store/data", this::graphStore);
        server.createContext("/store/query", this::query);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/store";
    }

    void fault(String graph, Fault fault) {
        faults.put(graph, fault);
    }

    List<String> requests() {
        return List.copyOf(requests);
    }

    Map<String, Integer> stored() {
        return Map.copyOf(stored);
    }

    private void graphStore(HttpExchange exchange) throws IOException {
        String query = exchange.getRequestURI().getRawQuery();
        String graph = URLDecoder.decode(query.substring(query.indexOf("graph=") + 6), StandardCharsets.UTF_8);
        requests.add(exchange.getRequestMethod() + " " + graph);
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Fault fault = faults.get(graph);
        if (fault == Fault.STALL) {
            try {
                Thread.sleep(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
            return;
        }
        if (fault == Fault.FAIL_ONCE) {
            faults.remove(graph);
            respond(exchange, 500, "temporarily broken");
            return;
        }
        if (fault != Fault.LIE) {
            stored.put(graph, (int) body.lines().filter(line -> !line.isBlank()).count());
        }
        respond(exchange, 204, "");
    }

    private void query(HttpExchange exchange) throws IOException {
        String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String query = URLDecoder.decode(form.substring(form.indexOf("query=") + 6), StandardCharsets.UTF_8);
        Matcher m = GRAPH_IN_QUERY.matcher(query);
        int count = m.find() ? stored.getOrDefault(m.group(1), 0) : 0;
        exchange.getResponseHeaders().add("Content-Type", "application/sparql-results+json");
        respond(exchange, 200, "{\"head\":{\"vars\":[\"n\"]},\"results\":{\"bindings\":[{\"n\":{\"type\":\"literal\","
                + "\"datatype\":\"http://www.w3.org/2001/XMLSchema#integer\",\"value\":\"" + count + "\"}}]}}");
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
