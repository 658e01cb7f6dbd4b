package org.taz2rdf.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.taz2rdf.rdf.IriMinter;
import org.taz2rdf.sink.Prefixes;

/**
 * Dereferences the IRIs that taz2rdf mints (people, tags, related articles, articles without a taz id, article
 * graphs): the request path under the base's path names the IRI. A browser gets an HTML page; a client that
 * asks for Turtle, N-Triples or JSON-LD gets the node's description (for an article graph: the graph) in that
 * syntax. Unknown IRIs answer 404.
 */
final class LinkedDataServlet extends HttpServlet {

    private final DatasetGraph dataset;
    private final IriMinter iris;

    LinkedDataServlet(DatasetGraph dataset, IriMinter iris) {
        this.dataset = dataset;
        this.iris = iris;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String basePath = java.net.URI.create(iris.base()).getRawPath();
        String path = request.getRequestURI();
        if (!path.startsWith(basePath)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Node node = NodeFactory.createURI(iris.base() + path.substring(basePath.length()));
        RDFFormat format = negotiate(request.getHeader("Accept"));
        Description description = Txn.calculateRead(dataset, () -> Description.of(dataset, iris, node));
        if (description.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "nothing is known of " + node.getURI());
            return;
        }
        response.setHeader("Vary", "Accept");
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (format == null) {
            String page = Txn.calculateRead(dataset, () -> HtmlPage.render(description, iris,
                    graph -> dataset.containsGraph(NodeFactory.createURI(graph))));
            send(response, "text/html;charset=utf-8", page.getBytes(StandardCharsets.UTF_8));
            return;
        }
        Graph graph = GraphFactory.createDefaultGraph();
        Prefixes.standard().forEach(graph.getPrefixMapping()::setNsPrefix);
        description.triples().forEach(graph::add);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, graph, format);
        String type = format == RDFFormat.JSONLD11_PRETTY ? "application/ld+json"
                : format == RDFFormat.TURTLE_PRETTY ? "text/turtle" : "application/n-triples";
        send(response, type + ";charset=utf-8", out.toByteArray());
    }

    /** The RDF syntax the client asks for, or null for HTML. */
    static RDFFormat negotiate(String accept) {
        String wanted = accept == null ? "" : accept.toLowerCase(Locale.ROOT);
        int html = position(wanted, "text/html");
        int turtle = position(wanted, "text/turtle");
        int jsonld = position(wanted, "application/ld+json");
        int ntriples = position(wanted, "application/n-triples");
        int best = Math.min(Math.min(turtle, jsonld), ntriples);
        if (best == Integer.MAX_VALUE || html < best) {
            return null;
        }
        return best == turtle ? RDFFormat.TURTLE_PRETTY : best == jsonld ? RDFFormat.JSONLD11_PRETTY : RDFFormat.NTRIPLES_UTF8;
    }

    private static int position(String accept, String type) {
        int at = accept.indexOf(type);
        return at < 0 ? Integer.MAX_VALUE : at;
    }

    private static void send(HttpServletResponse response, String type, byte[] body) throws IOException {
        response.setContentType(type);
        response.getOutputStream().write(body);
    }
}
