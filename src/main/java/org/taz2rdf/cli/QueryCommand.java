package org.taz2rdf.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.apache.jena.atlas.RuntimeIOException;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.riot.RDFFormat;
import org.taz2rdf.query.BundledQuery;
import org.taz2rdf.rdf.IriMinter;
import org.taz2rdf.query.Parameter;
import org.taz2rdf.query.ParameterType;
import org.taz2rdf.query.QueryRunner;
import org.taz2rdf.query.QueryTimeoutException;
import org.taz2rdf.query.ResultFormat;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code taz2rdf query}: SPARQL over the store, raw or through the bundled queries. */
@ExitCodes({ExitCode.OK, ExitCode.USAGE, ExitCode.OUTPUT_FAILED, ExitCode.INTERNAL_ERROR, ExitCode.STORE_BUSY, ExitCode.QUERY_TIMEOUT})
@Command(
        name = "query",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        sortOptions = false,
        description = {
            "Runs a SPARQL query over the store: the union of all article graphs is the default graph, so no"
                    + " GRAPH clause is needed.",
            "QUERY is the name of a bundled query (see --list) or SPARQL text; --file reads SPARQL from a file."
                    + " Parameters are bound as RDF terms, never pasted into the query text."
        })
final class QueryCommand implements Callable<Integer> {

    /** Graph formats for CONSTRUCT and DESCRIBE results. */
    enum GraphFormat {
        ttl, nt, jsonld, rdfxml;

        /** Jena's format, named here rather than held, so that {@code --help} does not start Jena's RIOT. */
        RDFFormat format() {
            return switch (this) {
                case ttl -> RDFFormat.TURTLE_PRETTY;
                case nt -> RDFFormat.NTRIPLES_UTF8;
                case jsonld -> RDFFormat.JSONLD11_PRETTY;
                case rdfxml -> RDFFormat.RDFXML_PRETTY;
            };
        }
    }

    @Mixin
    StoreOptions store;

    @Option(names = "--list", description = "List the bundled queries with their parameters and exit.")
    boolean list;

    @Option(names = "--file", paramLabel = "FILE", description = "Read the SPARQL query from FILE.")
    Path file;

    @Option(names = "--param", paramLabel = "NAME=VALUE",
            description = "Bind ?NAME to VALUE: typed as the bundled query declares; for other queries a string,"
                    + " or an IRI written <…>. Repeatable.")
    List<String> params = List.of();

    @Option(names = "--results", paramLabel = "FORMAT", defaultValue = "text",
            description = "Format of SELECT and ASK results: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    ResultFormat results;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "ttl",
            description = "Format of CONSTRUCT and DESCRIBE results: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    GraphFormat format;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Stop the query after this many seconds (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Parameters(paramLabel = "QUERY", arity = "0..1", description = "A bundled query's name, or SPARQL text.")
    String queryOrName;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final OutputStream stdout;

    QueryCommand(InputStream stdin, OutputStream stdout) {
        this.stdout = stdout;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (list) {
            listQueries(out);
            return ExitCode.ofWriting(out, err);
        }
        if ((file == null) == (queryOrName == null)) {
            throw usage("give either QUERY (a bundled query's name or SPARQL text) or --file, not both or neither");
        }
        if (timeoutSeconds < 1) {
            throw usage("--timeout must be at least 1 second");
        }
        BundledQuery bundled = file == null ? BundledQuery.named(queryOrName).orElse(null) : null;
        String text = file != null ? readQueryFile() : bundled != null ? bundled.text() : queryOrName;
        Query query;
        try {
            query = QueryRunner.parse(text);
        } catch (QueryParseException e) {
            if (bundled == null && file == null && !queryOrName.contains(" ")) {
                throw usage("'" + queryOrName + "' is neither a bundled query (see --list) nor SPARQL");
            }
            err.println("taz2rdf: the query is not valid SPARQL: " + e.getMessage());
            return ExitCode.USAGE.code();
        } catch (QueryException e) {
            err.println("taz2rdf: the query cannot be run: " + e.getMessage());
            return ExitCode.USAGE.code();
        }
        Map<String, Node> bindings = bindings(bundled);
        IriMinter iris = StoreAccess.iris(store, spec.commandLine());
        return StoreAccess.withExisting(store, spec.commandLine(), opened -> {
            StoreAccess.ensureCounts(opened, iris, err);
            OutputStream buffered = new BufferedOutputStream(stdout, 1 << 16);
            try {
                new QueryRunner(opened.dataset(), Duration.ofSeconds(timeoutSeconds))
                        .run(query, bindings, results, format.format(), buffered);
                buffered.flush();
                return ExitCode.OK.code();
            } catch (QueryTimeoutException e) {
                err.println("taz2rdf: " + e.getMessage());
                return ExitCode.QUERY_TIMEOUT.code();
            } catch (IOException | RuntimeIOException e) {
                err.println("taz2rdf: cannot write the result: " + e.getMessage());
                return ExitCode.OUTPUT_FAILED.code();
            } catch (QueryException | HttpException e) {
                err.println("taz2rdf: the query failed: " + e.getMessage());
                return ExitCode.USAGE.code();
            }
        });
    }

    private String readQueryFile() {
        try {
            return Files.readString(file);
        } catch (java.nio.file.NoSuchFileException e) {
            throw usage("--file " + file + ": no such file");
        } catch (IOException e) {
            throw usage("--file " + file + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    private Map<String, Node> bindings(BundledQuery bundled) {
        Map<String, Node> bindings = new LinkedHashMap<>();
        for (String param : params) {
            int equals = param.indexOf('=');
            if (equals < 1) {
                throw usage("--param takes NAME=VALUE, not '" + param + "'");
            }
            String name = param.substring(0, equals).replaceFirst("^\\?", "");
            String value = param.substring(equals + 1);
            ParameterType type;
            if (bundled != null) {
                type = bundled.parameter(name).map(Parameter::type).orElseThrow(() -> usage("query " + bundled.name()
                        + " has no parameter '" + name + "'; it takes: " + names(bundled)));
            } else {
                type = value.startsWith("<") && value.endsWith(">") ? ParameterType.iri : ParameterType.string;
            }
            try {
                bindings.put(name, type.toNode(value));
            } catch (IllegalArgumentException e) {
                throw usage("--param " + name + ": " + e.getMessage());
            }
        }
        if (bundled != null) {
            for (Parameter parameter : bundled.parameters()) {
                if (!bindings.containsKey(parameter.name())) {
                    throw usage("query " + bundled.name() + " needs --param " + parameter.name() + "=… ("
                            + parameter.description() + ")");
                }
            }
        }
        return bindings;
    }

    private static String names(BundledQuery query) {
        return query.parameters().isEmpty() ? "no parameters"
                : query.parameters().stream().map(Parameter::name).collect(Collectors.joining(", "));
    }

    private static void listQueries(PrintWriter out) {
        for (BundledQuery query : BundledQuery.all()) {
            out.println(query.name() + "  " + query.description());
            for (Parameter parameter : query.parameters()) {
                out.println(String.format(Locale.ROOT, "    --param %s=%s  %s", parameter.name(),
                        parameter.type().name().toUpperCase(Locale.ROOT), parameter.description()));
            }
        }
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
