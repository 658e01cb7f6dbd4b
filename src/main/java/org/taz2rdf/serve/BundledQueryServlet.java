package org.taz2rdf.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.taz2rdf.query.BundledQuery;
import org.taz2rdf.query.Parameter;
import org.taz2rdf.query.QueryRunner;
import org.taz2rdf.query.QueryTimeoutException;
import org.taz2rdf.query.ResultFormat;

/**
 * Runs a bundled query by name ({@code /bundled/articles-by-tag?tag=Elon%20Musk}) with its parameters bound as
 * RDF terms, as {@code taz2rdf query} does, so the query page never pastes a value into query text. SELECT and
 * ASK answer SPARQL JSON results, CONSTRUCT answers Turtle.
 */
final class BundledQueryServlet extends HttpServlet {

    private final DatasetGraph dataset;
    private final Duration timeout;

    BundledQueryServlet(DatasetGraph dataset, Duration timeout) {
        this.dataset = dataset;
        this.timeout = timeout;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("^/", "");
        BundledQuery bundled = BundledQuery.named(name).orElse(null);
        if (bundled == null) {
            error(response, HttpServletResponse.SC_NOT_FOUND, "no bundled query '" + name + "'");
            return;
        }
        Map<String, Node> bindings = new LinkedHashMap<>();
        for (Parameter parameter : bundled.parameters()) {
            String value = request.getParameter(parameter.name());
            if (value == null) {
                error(response, HttpServletResponse.SC_BAD_REQUEST, "parameter '" + parameter.name() + "' is missing ("
                        + parameter.description() + ")");
                return;
            }
            try {
                bindings.put(parameter.name(), parameter.type().toNode(value));
            } catch (IllegalArgumentException e) {
                error(response, HttpServletResponse.SC_BAD_REQUEST, parameter.name() + ": " + e.getMessage());
                return;
            }
        }
        Query query = QueryRunner.parse(bundled.text());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new QueryRunner(dataset, timeout).run(query, bindings, ResultFormat.json, RDFFormat.TURTLE_PRETTY, out);
        } catch (QueryTimeoutException e) {
            error(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, e.getMessage());
            return;
        }
        response.setContentType(query.isConstructType() || query.isDescribeType() ? "text/turtle;charset=utf-8"
                : "application/sparql-results+json;charset=utf-8");
        response.getOutputStream().write(out.toByteArray());
    }

    private static void error(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=utf-8");
        response.getOutputStream().write(message.getBytes(StandardCharsets.UTF_8));
    }
}
