package org.taz2rdf.query;

import java.io.OutputStream;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetMem;
import org.apache.jena.system.Txn;

/**
 * Runs one SPARQL query against a store's dataset (the union of the article graphs as default graph) inside a
 * read transaction, with its parameters bound as RDF terms and a time limit. The whole result is computed
 * before anything is written, so a query that times out writes nothing. Thread-safe.
 */
public final class QueryRunner {

    private final DatasetGraph dataset;
    private final Duration timeout;

    public QueryRunner(DatasetGraph dataset, Duration timeout) {
        this.dataset = dataset;
        this.timeout = timeout;
    }

    /** Parses {@code text}; throws Jena's {@code QueryParseException} with line and column on a syntax error. */
    public static Query parse(String text) {
        return QueryFactory.create(text);
    }

    /**
     * Runs {@code query} with {@code bindings} (variable name without {@code ?} to term) and writes the result:
     * SELECT and ASK in {@code results}, CONSTRUCT and DESCRIBE in {@code graphFormat}.
     */
    public void run(Query query, Map<String, Node> bindings, ResultFormat results, RDFFormat graphFormat,
            OutputStream out) {
        Txn.executeRead(dataset, () -> {
            QueryExecBuilder builder = QueryExec.dataset(dataset).query(query)
                    .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
            bindings.forEach(builder::substitution);
            try (QueryExec exec = builder.build()) {
                write(exec, query, results, graphFormat, out);
            } catch (QueryCancelledException e) {
                throw new QueryTimeoutException(timeout, e);
            }
        });
    }

    private static void write(QueryExec exec, Query query, ResultFormat results, RDFFormat graphFormat,
            OutputStream out) {
        if (query.isSelectType()) {
            RowSet rows = RowSetMem.create(exec.select());
            ResultsWriter.create().lang(results.lang()).write(out, rows);
        } else if (query.isAskType()) {
            boolean answer = exec.ask();
            ResultsWriter.create().lang(results.lang()).write(out, answer);
        } else if (query.isConstructType()) {
            Graph graph = exec.construct();
            RDFDataMgr.write(out, graph, graphFormat);
        } else if (query.isDescribeType()) {
            Graph graph = exec.describe();
            RDFDataMgr.write(out, graph, graphFormat);
        } else {
            throw new IllegalArgumentException("only SELECT, ASK, CONSTRUCT and DESCRIBE queries run here");
        }
    }
}
