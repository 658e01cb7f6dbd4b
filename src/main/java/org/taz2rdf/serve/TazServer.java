package org.taz2rdf.serve;

import java.net.URI;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.taz2rdf.rdf.IriMinter;

/**
 * Builds the embedded Fuseki over a store, safe by default: loopback only unless asked otherwise, read-only
 * (no SPARQL Update, no Graph Store Protocol writes), federated {@code SERVICE} off, CORS off, every query under a
 * time limit, and the union of the article graphs as default graph. Beside the SPARQL endpoints it serves a
 * query page at {@code /}, the bundled queries with bound parameters at {@code /bundled/NAME}, and linked-data pages under the path of the base ({@code /id/…} for a base
 * {@code http://host:3030/id/}).
 */
public final class TazServer {

    private TazServer() {}

    public static FusekiServer build(DatasetGraph dataset, ServerSettings settings) {
        dataset.getContext().set(ARQ.httpServiceAllowed, false);
        ARQ.getContext().set(ARQ.httpServiceAllowed, false);
        dataset.getContext().set(ARQ.queryTimeout, Long.toString(settings.queryTimeout().toMillis()));
        IriMinter iris = new IriMinter(settings.base());
        String basePath = URI.create(settings.base()).getPath();
        String linkedDataPath = (basePath == null || basePath.isEmpty() ? "/" : basePath) + "*";
        return FusekiServer.create()
                .port(settings.port())
                .loopback(!settings.allInterfaces())
                .enableCors(false)
                .enablePing(true)
                .enableStats(false)
                .verbose(false)
                .add(settings.datasetName(), dataset, false)
                .addServlet("", new PageServlet(settings.datasetName()))
                .addServlet("/index.html", new PageServlet(settings.datasetName()))
                .addServlet("/app.js", new PageServlet(settings.datasetName()))
                .addServlet("/queries.json", new PageServlet(settings.datasetName()))
                .addServlet("/bundled/*", new BundledQueryServlet(dataset, settings.queryTimeout()))
                .addServlet(linkedDataPath, new LinkedDataServlet(dataset, iris))
                .build();
    }
}
