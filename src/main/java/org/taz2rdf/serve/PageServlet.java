package org.taz2rdf.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.taz2rdf.query.BundledQuery;
import org.taz2rdf.query.Parameter;

/**
 * The query page: a self-contained HTML page and script (no internet needed) that sends SPARQL to the
 * dataset's query endpoint and shows the results, with the bundled queries offered as examples
 * ({@code /queries.json}).
 */
final class PageServlet extends HttpServlet {

    private final String datasetName;

    PageServlet(String datasetName) {
        this.datasetName = datasetName;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getServletPath();
        switch (path) {
            case "", "/", "/index.html" -> resource(response, "/web/index.html", "text/html;charset=utf-8");
            case "/app.js" -> resource(response, "/web/app.js", "text/javascript;charset=utf-8");
            case "/queries.json" -> send(response, "application/json;charset=utf-8", queriesJson());
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private String queriesJson() {
        StringBuilder json = new StringBuilder("{\"endpoint\":").append(quote("/" + datasetName + "/query"))
                .append(",\"queries\":[");
        boolean first = true;
        for (BundledQuery query : BundledQuery.all()) {
            json.append(first ? "" : ",").append("{\"name\":").append(quote(query.name()))
                    .append(",\"description\":").append(quote(query.description()))
                    .append(",\"text\":").append(quote(query.text())).append(",\"parameters\":[");
            boolean firstParameter = true;
            for (Parameter parameter : query.parameters()) {
                json.append(firstParameter ? "" : ",").append("{\"name\":").append(quote(parameter.name()))
                        .append(",\"type\":").append(quote(parameter.type().name()))
                        .append(",\"description\":").append(quote(parameter.description())).append('}');
                firstParameter = false;
            }
            json.append("]}");
            first = false;
        }
        return json.append("]}").toString();
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '<' -> out.append("\\u003c");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static void resource(HttpServletResponse response, String name, String type) throws IOException {
        try (InputStream in = PageServlet.class.getResourceAsStream(name)) {
            if (in == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            send(response, type, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static void send(HttpServletResponse response, String type, String body) throws IOException {
        response.setContentType(type);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }
}
