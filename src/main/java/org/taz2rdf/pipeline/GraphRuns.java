package org.taz2rdf.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.taz2rdf.rdf.IriMinter;
import org.taz2rdf.store.LoadUnit;
import org.taz2rdf.store.SeenNames;

/**
 * Reads an N-Quads or TriG file as {@code convert} writes it, each graph in one run of consecutive quads, one article
 * graph at a time, so that a file of any size is loaded in the memory of one article. {@link #check} reads the file
 * once to see that it is valid and laid out so (no quads outside a named graph, no graph in two runs); the units are
 * then read by a second pass, each time they are taken ({@link #forEach}). A file laid out otherwise is read whole
 * ({@link RdfArticleSplitter}).
 */
final class GraphRuns implements UnitSource {

    private final Path file;
    private final Lang lang;
    private final IriMinter iris;
    private final String sourceName;

    private GraphRuns(Path file, Lang lang, IriMinter iris, String sourceName) {
        this.file = file;
        this.lang = lang;
        this.iris = iris;
        this.sourceName = sourceName;
    }

    /** What {@link #check} found. */
    record Check(boolean oneRunPerGraph, int articleGraphs) {}

    /**
     * Reads the file through once without keeping its quads.
     *
     * @throws org.apache.jena.riot.RiotException if it is not valid RDF in {@code lang}
     */
    static Check check(Path file, Lang lang, IriMinter iris) throws IOException {
        Runs runs = new Runs(iris, null, "");
        try {
            parse(file, lang, runs);
        } catch (NotOneRunPerGraph e) {
            return new Check(false, runs.articleGraphs);
        }
        return new Check(true, runs.articleGraphs);
    }

    /** The article graphs of a file that {@link #check} found to hold one run per graph. */
    static UnitSource units(Path file, Lang lang, IriMinter iris, String sourceName) {
        return new GraphRuns(file, lang, iris, sourceName);
    }

    /**
     * Reads the file again and gives its article graphs to {@code action} one at a time, in file order. What
     * {@code action} throws comes through as it is.
     *
     * @throws InputChangedException if the file cannot be read again, or no longer holds what {@link #check} found
     *     (the articles before that point were given to {@code action})
     */
    @Override
    public void forEach(Consumer<? super LoadUnit> action) {
        try {
            parse(file, lang, new Runs(iris, action::accept, sourceName));
        } catch (ActionFailed e) {
            throw e.getCause();
        } catch (IOException e) {
            throw new InputChangedException("cannot be read again: " + e.getMessage(), e);
        } catch (NotOneRunPerGraph | org.apache.jena.riot.RiotException e) {
            throw new InputChangedException("changed while it was being loaded"
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
        }
    }

    private static void parse(Path file, Lang lang, Runs runs) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            RDFParser.source(in).lang(lang).errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging).parse(runs);
        }
    }

    /** Thrown to stop reading a file that is not laid out one run per graph. */
    private static final class NotOneRunPerGraph extends RuntimeException {
        NotOneRunPerGraph() {
            super(null, null, false, false);
        }
    }

    /** Carries what the action given to {@link #forEach} threw through the parser. */
    private static final class ActionFailed extends RuntimeException {
        ActionFailed(RuntimeException cause) {
            super(cause);
        }

        @Override
        public synchronized RuntimeException getCause() {
            return (RuntimeException) super.getCause();
        }
    }

    /** Groups consecutive quads by graph; gives each finished article graph to {@code emit}, when there is one. */
    private static final class Runs extends StreamRDFBase {
        private final IriMinter iris;
        private final Consumer<LoadUnit> emit;
        private final SeenNames graphs = new SeenNames();
        private final String sourceName;
        private Node graph;
        private boolean articleGraph;
        private Set<Quad> quads = new LinkedHashSet<>();
        int articleGraphs;

        Runs(IriMinter iris, Consumer<LoadUnit> emit, String sourceName) {
            this.iris = iris;
            this.emit = emit;
            this.sourceName = sourceName;
        }

        @Override
        public void triple(Triple triple) {
            throw new NotOneRunPerGraph();
        }

        @Override
        public void quad(Quad quad) {
            if (quad.isDefaultGraph()) {
                throw new NotOneRunPerGraph();
            }
            if (!quad.getGraph().equals(graph)) {
                endRun();
                if (!graphs.add(quad.getGraph().toString())) {
                    throw new NotOneRunPerGraph();
                }
                graph = quad.getGraph();
                articleGraph = graph.isURI() && graph.getURI().startsWith(iris.graphPrefix());
                if (articleGraph) {
                    articleGraphs++;
                }
            }
            if (articleGraph && emit != null) {
                quads.add(quad);
            }
        }

        @Override
        public void finish() {
            endRun();
        }

        private void endRun() {
            if (articleGraph && emit != null) {
                LoadUnit unit = RdfArticleSplitter.unit(graph.getURI(), List.copyOf(quads), sourceName);
                try {
                    emit.accept(unit);
                } catch (RuntimeException e) {
                    throw new ActionFailed(e);
                }
            }
            quads = new LinkedHashSet<>();
            articleGraph = false;
        }
    }
}
