package org.taz2rdf.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.atlas.RuntimeIOException;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.taz2rdf.rdf.IriMinter;
import org.taz2rdf.sink.OutputFormat;
import org.taz2rdf.sink.RdfFileWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code taz2rdf export}: the store's articles out as RDF. */
@ExitCodes({ExitCode.OK, ExitCode.USAGE, ExitCode.OUTPUT_FAILED, ExitCode.INTERNAL_ERROR, ExitCode.STORE_BUSY})
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
        description = "Writes the store's article graphs (all, or the articles named by id) as RDF.")
final class ExportCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "trig",
            description = "trig or nq keep a graph per article; ttl and nt merge them (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    @Option(names = "--with-store-graphs",
            description = "Also export the metadata (PROV-O) and related-title resolution graphs.")
    boolean storeGraphs;

    @Parameters(paramLabel = "ID", arity = "0..*", description = "taz article ids to export (default: all).")
    List<String> ids = List.of();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final OutputStream stdout;

    ExportCommand(InputStream stdin, OutputStream stdout) {
        this.stdout = stdout;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        IriMinter iris = StoreAccess.iris(store, spec.commandLine());
        if (format == OutputFormat.jsonld) {
            throw new CommandLine.ParameterException(spec.commandLine(), "export writes trig, nq, ttl or nt");
        }
        List<String> tazIds = new ArrayList<>();
        ids.forEach(id -> tazIds.add(ArticleIdOption.parse(id, spec.commandLine()).orElseThrow()));
        return StoreAccess.withExisting(store, spec.commandLine(), opened -> {
            try (OutputTarget target = OutputTarget.open(output, stdout)) {
                OutputStream out = new BufferedOutputStream(target.stream(), 1 << 16);
                List<String> missing = new ArrayList<>();
                int graphs = Txn.calculateRead(opened.dataset(),
                        () -> write(opened.dataset(), iris, tazIds, missing, out));
                out.flush();
                target.commit();
                missing.forEach(id -> err.println("taz2rdf: warning: article " + id + " is not in the store"));
                err.println("taz2rdf: exported " + graphs + " graphs from " + opened.location()
                        + (missing.isEmpty() ? "" : ", " + missing.size() + " not found"));
                return ExitCode.OK.code();
            } catch (IOException | UncheckedIOException | RuntimeIOException e) {
                err.println("taz2rdf: cannot write the output: " + e.getMessage());
                return ExitCode.OUTPUT_FAILED.code();
            }
        });
    }

    /** Writes the graphs; ids whose article is not in the store go to {@code missing}. Returns the graphs written. */
    private int write(DatasetGraph dataset, IriMinter iris, List<String> tazIds, List<String> missing,
            OutputStream out) {
        List<Node> graphs = new ArrayList<>();
        if (tazIds.isEmpty()) {
            dataset.listGraphNodes().forEachRemaining(graph -> {
                boolean storeGraph = graph.getURI().equals(iris.metadataGraph())
                        || graph.getURI().equals(iris.resolutionGraph());
                if (storeGraphs || !storeGraph) {
                    graphs.add(graph);
                }
            });
            graphs.sort((a, b) -> a.getURI().compareTo(b.getURI()));
        } else {
            for (String id : tazIds) {
                Node graph = NodeFactory.createURI(iris.graphOfId(id));
                if (dataset.containsGraph(graph)) {
                    graphs.add(graph);
                } else {
                    missing.add(id);
                }
            }
        }
        StreamRDF sink = RdfFileWriter.open(format, out);
        sink.start();
        for (Node graph : graphs) {
            dataset.find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(sink::quad);
        }
        sink.finish();
        return graphs.size();
    }
}
