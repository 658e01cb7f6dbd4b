package org.taz2rdf.publish;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;

/**
 * HTTP to one remote store: Graph Store Protocol PUT, SPARQL Update and a triple count per graph, each request
 * with a timeout, credentials sent as the store asks (Basic, or Digest after its challenge), redirects never
 * followed. Messages name the address, the status and the store's reason, never the credentials. Overload,
 * gateway and timeout failures are temporary; refusals are not. Thread-safe.
 */
public final class RemoteStore {

    private final StoreProfile.Endpoints endpoints;
    private final Optional<Credentials> credentials;
    private final AuthMode auth;
    private final Duration timeout;
    private final HttpClient http;
    private int digestCount;

    public RemoteStore(StoreProfile.Endpoints endpoints, Optional<Credentials> credentials, AuthMode auth, Duration timeout) {
        this.endpoints = endpoints;
        this.credentials = credentials;
        this.auth = auth;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public StoreProfile.Endpoints endpoints() {
        return endpoints;
    }

    /** Replaces {@code graph} with the N-Triples {@code body}; returns the HTTP status (2xx). */
    public int putGraph(String graph, byte[] ntriples) throws RemoteException {
        return send("PUT", endpoints.graph(graph), "application/n-triples", ntriples, "*/*").statusCode();
    }

    /** Runs a SPARQL Update request. */
    public void update(String update) throws RemoteException {
        send("POST", endpoints.update(), "application/sparql-update;charset=UTF-8", update.getBytes(StandardCharsets.UTF_8), "*/*");
    }

    /** The number of triples the store holds in {@code graph}. */
    public long countTriples(String graph) throws RemoteException {
        String query = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + graph + "> { ?s ?p ?o } }";
        byte[] form = ("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        HttpResponse<byte[]> response = send("POST", endpoints.query(), "application/x-www-form-urlencoded", form,
                "application/sparql-results+json");
        try {
            ResultSet results = ResultSetMgr.read(new ByteArrayInputStream(response.body()), ResultSetLang.RS_JSON);
            return results.hasNext() ? results.next().getLiteral("n").getLong() : 0;
        } catch (RuntimeException e) {
            throw new RemoteException(endpoints.query() + ": the count query gave no readable result", false, e);
        }
    }

    private HttpResponse<byte[]> send(String method, String address, String type, byte[] body, String accept)
            throws RemoteException {
        HttpResponse<byte[]> response = exchange(method, address, type, body, accept, authorization(method, address, null));
        if (response.statusCode() == 401 && auth == AuthMode.digest && credentials.isPresent()) {
            String challenge = response.headers().firstValue("WWW-Authenticate").orElse("");
            response = exchange(method, address, type, body, accept, authorization(method, address, challenge));
        }
        int status = response.statusCode();
        if (status / 100 != 2) {
            String text = readable(response.body());
            String hint = status == 401 && auth != AuthMode.digest && response.headers().firstValue("WWW-Authenticate")
                    .filter(challenge -> challenge.regionMatches(true, 0, "Digest", 0, 6)).isPresent()
                    ? "; the store asks for Digest: use --auth digest" : "";
            throw new RemoteException(method + " " + address + ": HTTP " + status
                    + (text.isEmpty() ? "" : " (" + (text.length() > 200 ? text.substring(0, 200) + "…" : text) + ")")
                    + hint, isTemporary(status, text), null);
        }
        return response;
    }

    /** Overload and gateway answers are worth another try; a 500 too, unless it reports missing rights. */
    private static boolean isTemporary(int status, String text) {
        return status == 429 || status == 502 || status == 503 || status == 504
                || (status == 500 && !text.contains("SECURITY") && !text.contains("ermission"));
    }

    /** An error body as one line of text: markup removed, white space folded. */
    private static String readable(byte[] body) {
        return new String(body, StandardCharsets.UTF_8).replaceAll("(?s)<(script|style)[^>]*>.*?</\\1>", " ")
                .replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").strip();
    }

    private HttpResponse<byte[]> exchange(String method, String address, String type, byte[] body, String accept,
            String authorization) throws RemoteException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(address)).timeout(timeout)
                .header("Content-Type", type).header("Accept", accept)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            throw new RemoteException(method + " " + address + ": no answer within " + timeout.toSeconds() + " s", true, e);
        } catch (IOException e) {
            throw new RemoteException(method + " " + address + ": " + e.getMessage(), true, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RemoteException(method + " " + address + ": interrupted", false, e);
        }
    }

    private synchronized String authorization(String method, String address, String challenge) {
        if (credentials.isEmpty() || auth == AuthMode.none) {
            return null;
        }
        Credentials c = credentials.get();
        if (auth == AuthMode.basic) {
            return "Basic " + Base64.getEncoder().encodeToString((c.user() + ":" + c.password()).getBytes(StandardCharsets.UTF_8));
        }
        if (challenge == null) {
            return null;
        }
        URI uri = URI.create(address);
        String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        return DigestAuth.authorization(challenge, c, method, path, ++digestCount);
    }
}
