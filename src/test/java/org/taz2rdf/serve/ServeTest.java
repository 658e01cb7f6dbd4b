package org.taz2rdf.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taz2rdf.rdf.IriMinter;
import org.taz2rdf.store.ArticleStore;
import org.taz2rdf.testing.SampleStore;

/** The served store is readable, and refuses every way of changing it or reaching beyond it. */
class ServeTest {

    private static final String BASE = "http://127.0.0.1/id/";

    @TempDir
    static Path dir;

    private static ArticleStore store;
    private static FusekiServer server;

    @BeforeAll
    static void serveTheSamples() throws IOException {
        store = ArticleStore.open(dir.resolve("db"));
        SampleStore.load(store, new IriMinter(BASE));
        server = TazServer.build(store.dataset(), new ServerSettings(0, false, "taz", Duration.ofSeconds(2), BASE)).start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    private static String url(String path) {
        return "http://127.0.0.1:" + server.getPort() + path;
    }

    /** Each request on a new client: a refused write may close the connection, which must not fail the next one. */
    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path, String field, String value, String accept) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(field + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8))));
    }

    private static long articleCount() throws Exception {
        HttpResponse<String> response = post("/taz/query", "query",
                "SELECT (COUNT(DISTINCT ?a) AS ?n) { ?a <https://schema.org/publisher> ?p }", "text/csv");
        return Long.parseLong(response.body().lines().toList().get(1).strip());
    }

    @Test
    void answersQueriesOverTheUnionOfTheArticleGraphs() throws Exception {
        assertThat(articleCount()).isEqualTo(7);
    }

    @Test
    void refusesAnonymousUpdates() throws Exception {
        String insert = "INSERT DATA { <http://example.org/s> <http://example.org/p> <http://example.org/o> }";
        assertThat(post("/taz/update", "update", insert, "*/*").statusCode()).isEqualTo(404);
        assertThat(post("/taz/sparql", "update", insert, "*/*").statusCode()).isBetween(400, 499);
        assertThat(post("/taz", "update", insert, "*/*").statusCode()).isBetween(400, 499);
        assertThat(articleCount()).isEqualTo(7);
    }

    @Test
    void refusesGraphStoreWrites() throws Exception {
        for (String path : List.of("/taz/data?graph=http://example.org/g", "/taz?graph=http://example.org/g",
                "/taz/get?graph=http://example.org/g")) {
            HttpRequest.BodyPublisher turtle = HttpRequest.BodyPublishers.ofString("<http://e/s> <http://e/p> <http://e/o> .");
            assertThat(send(HttpRequest.newBuilder(URI.create(url(path))).header("Content-Type", "text/turtle")
                    .PUT(turtle)).statusCode()).as("PUT " + path).isBetween(400, 499);
            assertThat(send(HttpRequest.newBuilder(URI.create(url(path))).header("Content-Type", "text/turtle")
                    .POST(turtle)).statusCode()).as("POST " + path).isBetween(400, 499);
            assertThat(send(HttpRequest.newBuilder(URI.create(url(path))).DELETE()).statusCode())
                    .as("DELETE " + path).isBetween(400, 499);
        }
        assertThat(articleCount()).isEqualTo(7);
    }

    @Test
    void refusesFederatedServiceQueries() throws Exception {
        HttpResponse<String> response = post("/taz/query", "query",
                "SELECT * { SERVICE <" + url("/taz/query") + "> { ?s ?p ?o } } LIMIT 1", "application/sparql-results+json");
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("SERVICE execution disabled");
    }

    @Test
    void sendsNoCorsHeadersToAnotherOrigin() throws Exception {
        HttpResponse<String> preflight = send(HttpRequest.newBuilder(URI.create(url("/taz/query")))
                .header("Origin", "http://evil.example").header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        HttpResponse<String> simple = send(HttpRequest.newBuilder(URI.create(url("/taz/query?query=ASK%7B%7D")))
                .header("Origin", "http://evil.example"));
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(simple.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(simple.statusCode()).isEqualTo(200);
    }

    @Test
    void stopsARunawayQueryAtItsTimeLimit() throws Exception {
        HttpResponse<String> response = post("/taz/query", "query",
                "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }",
                "application/sparql-results+json");
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).startsWith("Query timed out");
    }

    @Test
    void listensOnLoopbackOnlyByDefault() {
        ServerConnector connector = (ServerConnector) server.getJettyServer().getConnectors()[0];
        assertThat(connector.getHost()).isIn("localhost", "127.0.0.1");
    }

    @Test
    void servesTheQueryPageWithTheBundledQueries() throws Exception {
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(url("/"))));
        HttpResponse<String> queries = send(HttpRequest.newBuilder(URI.create(url("/queries.json"))));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<script src=\"/app.js\"></script>");
        assertThat(queries.body()).startsWith("{\"endpoint\":\"/taz/query\",\"queries\":[{\"name\":\"tags\"");
    }

    @Test
    void dereferencesAMintedPersonAsHtmlTurtleAndJsonLd() throws Exception {
        URI person = URI.create(url("/id/person/nicholas-potter"));
        HttpResponse<String> html = send(HttpRequest.newBuilder(person).header("Accept", "text/html"));
        HttpResponse<String> turtle = send(HttpRequest.newBuilder(person).header("Accept", "text/turtle"));
        HttpResponse<String> jsonld = send(HttpRequest.newBuilder(person).header("Accept", "application/ld+json"));
        assertThat(html.body()).contains("<h1>Nicholas Potter</h1>")
                .contains(">X-Gespräch von Musk und Trump: Demonstration der Schwäche</a>");
        assertThat(turtle.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/turtle"));
        assertThat(turtle.body()).contains("\"Nicholas Potter\"");
        assertThat(jsonld.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/ld+json"));
        assertThat(jsonld.body()).contains("Nicholas Potter");
    }

    @Test
    void anArticlePageShowsItsPartsEachLinked() throws Exception {
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(url("/id/graph/9000001"))));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1 id=\"headline\">Hafenumbau in Hamburg: Kräne, Kaimauern und keine Eile</h1>")
                .contains("<li><a href=\"http://127.0.0.1/id/person/jana-wiegand\">Jana Wiegand</a></li>")
                .contains("<li><a href=\"http://127.0.0.1/id/tag/elbe\">Elbe</a></li>")
                .contains("<li><a href=\"https://www.hafenbetriebe.example/stellungnahme-2035\">Stellungnahme</a></li>")
                .contains("<ul id=\"related\">");
    }

    @Test
    void runsABundledQueryWithItsParameterBoundAsATerm() throws Exception {
        HttpResponse<String> byTag = send(HttpRequest.newBuilder(URI.create(url("/bundled/articles-by-tag?tag="
                + URLEncoder.encode("Elon Musk", StandardCharsets.UTF_8)))));
        HttpResponse<String> injected = send(HttpRequest.newBuilder(URI.create(url("/bundled/articles-by-tag?tag="
                + URLEncoder.encode("x\" } } ; DROP ALL ; #", StandardCharsets.UTF_8)))));
        HttpResponse<String> missing = send(HttpRequest.newBuilder(URI.create(url("/bundled/articles-by-tag"))));
        assertThat(byTag.statusCode()).isEqualTo(200);
        assertThat(byTag.body()).contains("X-Gespräch von Musk und Trump: Demonstration der Schwäche");
        assertThat(injected.statusCode()).isEqualTo(200);
        assertThat(injected.body().replaceAll("\\s+", "")).contains("\"bindings\":[]");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).startsWith("parameter 'tag' is missing");
        assertThat(articleCount()).isEqualTo(7);
    }

    @Test
    void answersNotFoundForAnUnknownIri() throws Exception {
        assertThat(send(HttpRequest.newBuilder(URI.create(url("/id/person/nobody")))).statusCode()).isEqualTo(404);
    }
}
