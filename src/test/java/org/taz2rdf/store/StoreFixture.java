package org.taz2rdf.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.taz2rdf.diagnostic.DiagnosticPolicy;
import org.taz2rdf.pipeline.UnitReader;
import org.taz2rdf.pipeline.Units;
import org.taz2rdf.rdf.ArticleMapper;
import org.taz2rdf.rdf.IriMinter;
import org.taz2rdf.source.Input;

/** Loading helpers for store tests: the real pipeline, a fixed clock, and a readable dump of a store. */
final class StoreFixture {

    static final IriMinter IRIS = new IriMinter(IriMinter.DEFAULT_BASE);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    private StoreFixture() {}

    static LoadResult load(ArticleStore store, List<Path> inputs) {
        return load(store, inputs, ArticleLoader.DEFAULT_BATCH);
    }

    static LoadResult load(ArticleStore store, List<Path> inputs, int batch) {
        UnitReader reader = new UnitReader(DiagnosticPolicy.LENIENT, new ArticleMapper(IRIS));
        ArticleLoader loader = new ArticleLoader(store, IRIS, "test", CLOCK, batch);
        for (Path input : inputs) {
            Units units = reader.read(new Input.FileInput(input), Optional.empty());
            units.units().forEach(loader::add);
        }
        return loader.finish();
    }

    /** The articles of the inputs, read and mapped as a load does. */
    static List<LoadUnit> units(List<Path> inputs) {
        UnitReader reader = new UnitReader(DiagnosticPolicy.LENIENT, new ArticleMapper(IRIS));
        List<LoadUnit> units = new ArrayList<>();
        for (Path input : inputs) {
            reader.read(new Input.FileInput(input), Optional.empty()).units().forEach(units::add);
        }
        return units;
    }

    /** Every quad of the store as a sorted N-Quads line. */
    static TreeSet<String> dump(DatasetGraph dataset) {
        return Txn.calculateRead(dataset, () -> {
            TreeSet<String> lines = new TreeSet<>();
            dataset.find().forEachRemaining(quad -> lines.add(NodeFmtLib.str(quad)));
            return lines;
        });
    }

    /** The quads of one graph, as sorted lines without the graph name. */
    static TreeSet<String> graph(DatasetGraph dataset, String graph) {
        return Txn.calculateRead(dataset, () -> {
            TreeSet<String> lines = new TreeSet<>();
            dataset.find(org.apache.jena.graph.NodeFactory.createURI(graph), org.apache.jena.graph.Node.ANY,
                    org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY)
                    .forEachRemaining(quad -> lines.add(NodeFmtLib.str(quad.asTriple())));
            return lines;
        });
    }

    /** Makes a random article of an id at a step of a random test. */
    interface RandomArticle {
        LoadUnit make(Random random, int id, int step);
    }

    /**
     * One random change to a store of ids 1 to 12: one in four deletes one to three ids, the others load one to five
     * random articles in batches of one to three.
     */
    static void randomChange(ArticleStore store, Random random, int step, RandomArticle articles) {
        if (random.nextInt(4) == 0) {
            List<String> ids = new ArrayList<>();
            for (int i = random.nextInt(3); i >= 0; i--) {
                ids.add(String.valueOf(1 + random.nextInt(12)));
            }
            new ArticleDeleter(store, IRIS).delete(ids);
        } else {
            try (ArticleLoader loader = new ArticleLoader(store, IRIS, "test", CLOCK, 1 + random.nextInt(3))) {
                for (int i = random.nextInt(5); i >= 0; i--) {
                    loader.add(articles.make(random, 1 + random.nextInt(12), step));
                }
                loader.finish();
            }
        }
    }

    static List<Path> samples() throws IOException {
        try (var files = Files.list(Path.of("samples"))) {
            return files.filter(path -> path.toString().endsWith(".txt")).sorted().toList();
        }
    }

    /** Writes {@code count} fictional articles with ids 8000000.. into {@code folder}, from a fictional template. */
    static List<Path> generated(Path folder, int count) throws IOException {
        String template = Files.readString(Path.of("src/test/resources/golden/fictional/fictional-multi-author-!9000001.txt"));
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = Integer.toString(8_000_000 + i);
            Path file = folder.resolve("fictional-generated-!" + id + ".txt");
            Files.writeString(file, template.replace("Hamburg taz", "Hamburg taz").replace("Hafen", "Hafen" + i));
            files.add(file);
        }
        return files;
    }
}
