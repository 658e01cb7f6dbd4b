package org.taz2rdf.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.apache.jena.fuseki.FusekiException;
import org.apache.jena.fuseki.main.FusekiServer;
import org.taz2rdf.rdf.IriMinter;
import org.taz2rdf.serve.ServerSettings;
import org.taz2rdf.serve.TazServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code taz2rdf serve}: the store as a read-only SPARQL endpoint with a query page and linked-data pages. */
@ExitCodes({ExitCode.USAGE, ExitCode.INTERNAL_ERROR, ExitCode.STORE_BUSY})
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        sortOptions = false,
        description = {
            "Serves the store with an embedded Fuseki until stopped (Ctrl-C or SIGTERM, after which the exit code is 130"
                    + " or 143, as for any process ended by that signal): SPARQL at /DATASET/query and"
                    + " /DATASET/sparql (Fuseki's conventions), a query page at /, and the IRIs taz2rdf minted under"
                    + " --base as HTML, Turtle or JSON-LD pages (point --base at this server when loading).",
            "Safe by default: loopback only, read-only (no update, no graph store writes), no federated SERVICE,"
                    + " no CORS, every query time-limited, the union of the article graphs as default graph."
        })
final class ServeCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "3030",
            description = "The port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--all-interfaces",
            description = "Listen on every network interface, not only on loopback (127.0.0.1). Anyone who can"
                    + " reach this machine can then read the store.")
    boolean allInterfaces;

    @Option(names = "--dataset", paramLabel = "NAME", defaultValue = "taz",
            description = "The dataset's name in the endpoint paths (default: ${DEFAULT-VALUE}).")
    String dataset;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Time limit of every query (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        IriMinter iris = StoreAccess.iris(store, spec.commandLine());
        if (!dataset.matches("[A-Za-z0-9_-]+") || timeoutSeconds < 1 || port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--dataset takes letters, digits, - and _; --timeout at least 1; --port 0 to 65535");
        }
        return StoreAccess.withExisting(store, spec.commandLine(), opened -> {
            StoreAccess.ensureCounts(opened, iris, err);
            String host = allInterfaces ? "0.0.0.0" : "127.0.0.1";
            FusekiServer server;
            try {
                server = TazServer.build(opened.dataset(), new ServerSettings(port, allInterfaces, dataset,
                        Duration.ofSeconds(timeoutSeconds), store.base)).start();
            } catch (FusekiException e) {
                err.println("taz2rdf: cannot listen on " + host + ":" + port + " (" + e.getMessage() + "); is another"
                        + " server using that port? Choose another with --port, or --port 0 for any free one");
                return ExitCode.USAGE.code();
            }
            err.println("taz2rdf: serving " + opened.location() + " at http://" + host + ":" + server.getPort()
                    + "/ (SPARQL: /" + dataset + "/query); stop with Ctrl-C");
            err.flush();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
            server.join();
            return ExitCode.OK.code();
        });
    }
}
