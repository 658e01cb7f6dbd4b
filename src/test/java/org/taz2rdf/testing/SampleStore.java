package org.taz2rdf.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.taz2rdf.diagnostic.DiagnosticPolicy;
import org.taz2rdf.pipeline.UnitReader;
import org.taz2rdf.rdf.ArticleMapper;
import org.taz2rdf.rdf.IriMinter;
import org.taz2rdf.source.Input;
import org.taz2rdf.store.ArticleLoader;
import org.taz2rdf.store.ArticleStore;

/** Loads the bundled sample articles ({@code samples/*.txt}) into a store through the real pipeline, for tests. */
public final class SampleStore {

    private SampleStore() {}

    public static void load(ArticleStore store, IriMinter iris) throws IOException {
        UnitReader reader = new UnitReader(DiagnosticPolicy.LENIENT, new ArticleMapper(iris));
        ArticleLoader loader = new ArticleLoader(store, iris, "test", Clock.systemUTC(), 50);
        try (var files = Files.list(Path.of("samples"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                reader.read(new Input.FileInput(file), Optional.empty()).units().forEach(loader::add);
            }
        }
        loader.finish();
    }
}
