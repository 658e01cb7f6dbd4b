package org.taz2rdf.publish;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Where a known kind of triple store takes the Graph Store Protocol, queries and updates, relative to the
 * address given with {@code --to}: a Fuseki dataset ({@code http://host:3030/taz}), an RDF4J repository
 * ({@code http://host:8080/rdf4j-server/repositories/taz}), a Virtuoso server ({@code http://host:8890}), or a
 * generic SPARQL 1.1 store whose three endpoints are given one by one.
 */
public enum StoreProfile {
    fuseki("/data", "/query", "/update"),
    rdf4j("/rdf-graphs/service", "", "/statements"),
    virtuoso("/sparql-graph-crud-auth", "/sparql", "/sparql-auth"),
    generic(null, null, null);

    private final String graphStorePath;
    private final String queryPath;
    private final String updatePath;

    StoreProfile(String graphStorePath, String queryPath, String updatePath) {
        this.graphStorePath = graphStorePath;
        this.queryPath = queryPath;
        this.updatePath = updatePath;
    }

    /** The endpoints of a store of this kind at {@code base}. */
    public Endpoints endpoints(String base) {
        if (this == generic) {
            throw new IllegalStateException("a generic store names its endpoints itself");
        }
        String root = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        return new Endpoints(root + graphStorePath, root + queryPath, root + updatePath);
    }

    /** The three endpoints of a store. */
    public record Endpoints(String graphStore, String query, String update) {

        /** The Graph Store Protocol address of one graph. */
        public String graph(String graphIri) {
            return graphStore + (graphStore.contains("?") ? "&" : "?") + "graph="
                    + URLEncoder.encode(graphIri, StandardCharsets.UTF_8);
        }
    }
}
