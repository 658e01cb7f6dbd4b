package org.taz2rdf.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.taz2rdf.pipeline.UnitReader;
import org.taz2rdf.pipeline.Units;
import org.taz2rdf.publish.AuthMode;
import org.taz2rdf.publish.Credentials;
import org.taz2rdf.publish.GraphToSend;
import org.taz2rdf.publish.PublishResult;
import org.taz2rdf.publish.Publisher;
import org.taz2rdf.publish.RemoteStore;
import org.taz2rdf.publish.StoreProfile;
import org.taz2rdf.rdf.ArticleMapper;
import org.taz2rdf.rdf.IriMinter;
import org.taz2rdf.source.Input;
import org.taz2rdf.source.InputCollector;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code taz2rdf publish}: article graphs into another triple store. */
@ExitCodes({ExitCode.OK, ExitCode.INPUT_FAILED, ExitCode.USAGE, ExitCode.INTERNAL_ERROR, ExitCode.STORE_BUSY})
@Command(
        name = "publish",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        sortOptions = false,
        description = {
            "Sends every article graph of the store (--loc), or of the INPUT articles, to a remote triple store:"
                    + " one Graph Store Protocol PUT per graph (a replace, so a re-run is harmless), or SPARQL Update"
                    + " (DROP SILENT GRAPH, INSERT DATA) for stores without it. Afterwards every graph's triple count"
                    + " is checked against what was sent.",
            "Credentials come from the environment variable " + Credentials.VARIABLE + " (user:password) or from"
                    + " --credentials-file, never from the command line."
        })
final class PublishCommand implements Callable<Integer> {

    @Option(names = "--to", paramLabel = "URL", required = true,
            description = "The store: a Fuseki dataset (http://host:3030/taz), an RDF4J repository"
                    + " (http://host:8080/rdf4j-server/repositories/taz) or a Virtuoso server (http://host:8890).")
    String to;

    @Option(names = "--profile", paramLabel = "KIND", defaultValue = "fuseki",
            description = "The kind of store: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); generic needs"
                    + " --gsp, --query and --update.")
    StoreProfile profile;

    @Option(names = "--gsp", paramLabel = "URL", description = "Graph Store Protocol endpoint (generic profile).")
    String gsp;

    @Option(names = "--query", paramLabel = "URL", description = "SPARQL query endpoint (generic profile).")
    String query;

    @Option(names = "--update", paramLabel = "URL", description = "SPARQL update endpoint (generic profile).")
    String update;

    @Option(names = "--method", paramLabel = "HOW", defaultValue = "auto",
            description = "gsp, update, or auto: GSP, falling back to Update where the store lacks GSP (default).")
    Publisher.Method method;

    @Option(names = "--auth", paramLabel = "SCHEME", defaultValue = "none",
            description = "HTTP authentication: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    AuthMode auth;

    @Option(names = "--credentials-file", paramLabel = "FILE",
            description = "A file whose first line is user:password (instead of $" + Credentials.VARIABLE + ").")
    Path credentialsFile;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60", description = "Timeout of each request (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Option(names = "--retries", paramLabel = "N", defaultValue = "3",
            description = "Retries of a request that timed out or got a 5xx answer (default: ${DEFAULT-VALUE}).")
    int retries;

    @Option(names = "--dry-run", description = "Say what would be sent, and send nothing.")
    boolean dryRun;

    @Mixin
    StoreOptions store;

    @Parameters(paramLabel = "INPUT", arity = "0..*",
            description = "Article texts or RDF files from convert to publish instead of the store.")
    List<String> operands = List.of();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final InputStream stdin;

    PublishCommand(InputStream stdin, OutputStream stdout) {
        this.stdin = stdin;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        IriMinter iris = StoreAccess.iris(store, spec.commandLine());
        RemoteStore remote = new RemoteStore(endpoints(), credentials(), auth, Duration.ofSeconds(Math.max(1, timeoutSeconds)));
        if (operands.isEmpty()) {
            return StoreAccess.withExisting(store, spec.commandLine(), opened -> publish(remote, fromStore(opened.dataset(), iris), err));
        }
        InputCollector.Collected collected = new InputCollector(stdin).collect(operands);
        collected.problems().forEach(err::println);
        List<String> failed = new ArrayList<>();
        List<GraphToSend> graphs = fromInputs(collected.inputs(), iris, err, failed);
        int exit = publish(remote, graphs, err);
        return collected.unusable() == 0 && failed.isEmpty() ? exit : ExitCode.INPUT_FAILED.code();
    }

    private int publish(RemoteStore remote, List<GraphToSend> graphs, PrintWriter err) {
        if (dryRun) {
            for (GraphToSend graph : graphs) {
                err.println("taz2rdf: would send " + graph.graph() + " (" + graph.triples().size() + " triples) to "
                        + remote.endpoints().graph(graph.graph()));
            }
            err.println("taz2rdf: dry run: " + graphs.size() + " graphs, nothing sent");
            return ExitCode.OK.code();
        }
        Progress progress = new Progress(err, Progress.stderrIsTerminal(), graphs.size());
        int[] done = {0};
        PublishResult result = new Publisher(remote, method, retries, Thread::sleep, new Publisher.Listener() {
            @Override
            public void sent(String graph, int triples) {
                progress.update(++done[0]);
            }

            @Override
            public void failed(String graph, String reason) {
                progress.clear();
                progress.update(++done[0]);
            }
        }).publish(graphs);
        progress.clear();
        result.failures().forEach(failure -> err.println("taz2rdf: error: " + failure));
        err.println(String.format(Locale.ROOT, "taz2rdf: published to %s: %d graphs sent, %d verified, %d failed",
                to, result.sent(), result.verified(), result.failures().size()));
        return result.failures().isEmpty() ? ExitCode.OK.code() : ExitCode.INPUT_FAILED.code();
    }

    private static List<GraphToSend> fromStore(DatasetGraph dataset, IriMinter iris) {
        List<Node> graphs = Txn.calculateRead(dataset, () -> {
            List<Node> names = new ArrayList<>();
            dataset.listGraphNodes().forEachRemaining(graph -> {
                String name = graph.getURI();
                if (!name.equals(iris.metadataGraph()) && !name.equals(iris.resolutionGraph())) {
                    names.add(graph);
                }
            });
            names.sort((a, b) -> a.getURI().compareTo(b.getURI()));
            return names;
        });
        List<GraphToSend> result = new ArrayList<>();
        for (Node graph : graphs) {
            List<Triple> triples = Txn.calculateRead(dataset, () -> {
                List<Triple> list = new ArrayList<>();
                dataset.find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> list.add(q.asTriple()));
                return list;
            });
            result.add(new GraphToSend(graph.getURI(), triples));
        }
        return result;
    }

    /** The article graphs of the inputs; an input that fails to be read is printed and added to {@code failed}. */
    private static List<GraphToSend> fromInputs(List<Input> inputs, IriMinter iris, PrintWriter err,
            List<String> failed) {
        UnitReader reader = new UnitReader(org.taz2rdf.diagnostic.DiagnosticPolicy.LENIENT, new ArticleMapper(iris));
        List<GraphToSend> graphs = new ArrayList<>();
        for (Input input : inputs) {
            Units units = reader.read(input, Optional.empty());
            units.diagnostics().forEach(err::println);
            if (units.failed()) {
                failed.add(units.inputName());
            }
            units.units().forEach(unit -> graphs.add(new GraphToSend(unit.graph(),
                    unit.quads().stream().map(org.apache.jena.sparql.core.Quad::asTriple).toList())));
        }
        return graphs;
    }

    private StoreProfile.Endpoints endpoints() {
        try {
            URI.create(to).toURL();
        } catch (IllegalArgumentException | java.net.MalformedURLException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--to takes an http(s) address, not '" + to + "'");
        }
        if (profile != StoreProfile.generic) {
            return profile.endpoints(to);
        }
        if (gsp == null || query == null || update == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "the generic profile needs --gsp, --query and --update");
        }
        return new StoreProfile.Endpoints(gsp, query, update);
    }

    private Optional<Credentials> credentials() {
        try {
            Optional<Credentials> found = Credentials.find(credentialsFile, System.getenv());
            if (auth != AuthMode.none && found.isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--auth " + auth + " needs credentials: set $"
                        + Credentials.VARIABLE + "=user:password or give --credentials-file");
            }
            return found;
        } catch (IOException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "cannot read --credentials-file: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
