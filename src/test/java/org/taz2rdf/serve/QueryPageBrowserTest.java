package org.taz2rdf.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taz2rdf.rdf.IriMinter;
import org.taz2rdf.store.ArticleStore;
import org.taz2rdf.testing.SampleStore;

/**
 * The query page in a real browser: headless Chromium (Debian's, driven by playwright-core) runs a bundled query
 * and shows its results, and an article page shows its links. Needs {@code bash .ci/setup-browser}; CI runs it
 * and the test fails there if the browser is missing, elsewhere it is skipped with that advice.
 */
class QueryPageBrowserTest {

    private static final Path E2E = Path.of("target/e2e");

    @TempDir
    Path dir;

    @Test
    void runsABundledQueryAndShowsAnArticlesLinks() throws Exception {
        boolean ready = Files.isDirectory(E2E.resolve("node_modules/playwright-core")) && Files.exists(Path.of("/usr/bin/chromium"));
        if (System.getenv("CI") == null) {
            assumeTrue(ready, "run 'bash .ci/setup-browser' first (Chromium and playwright-core)");
        }
        assertThat(ready).as("Chromium and playwright-core installed by .ci/setup-browser").isTrue();
        Files.copy(Path.of("src/test/e2e/query-page.mjs"), E2E.resolve("query-page.mjs"), StandardCopyOption.REPLACE_EXISTING);
        try (ArticleStore store = ArticleStore.open(dir.resolve("db"))) {
            String base = "http://127.0.0.1/id/";
            SampleStore.load(store, new IriMinter(base));
            FusekiServer server = TazServer.build(store.dataset(),
                    new ServerSettings(0, false, "taz", Duration.ofSeconds(10), base)).start();
            try {
                String root = "http://127.0.0.1:" + server.getPort();
                JsonObject result = drive(root + "/", root + "/id/graph/9000001");
                assertThat(result.get("errors").getAsArray()).isEmpty();
                assertThat(result.get("header").getAsArray().stream().map(v -> v.getAsString().value()).toList())
                        .containsExactly("tag", "articles");
                assertThat(result.get("rows").getAsArray().size()).isEqualTo(16);
                assertThat(result.get("status").getAsString().value()).isEqualTo("16 rows");
                assertThat(result.get("byTag").toString()).contains("X-Gespräch von Musk und Trump");
                assertThat(result.get("headline").getAsString().value())
                        .isEqualTo("Hafenumbau in Hamburg: Kräne, Kaimauern und keine Eile");
                assertThat(result.get("links").getAsArray().size()).isEqualTo(6);
                assertThat(result.get("links").toString()).contains("https://www.hafenbetriebe.example/stellungnahme-2035");
                assertThat(result.get("authors").getAsArray().size()).isEqualTo(3);
            } finally {
                server.stop();
            }
        }
    }

    private static JsonObject drive(String page, String article) throws IOException, InterruptedException {
        Process node = new ProcessBuilder("node", "query-page.mjs", page, article).directory(E2E.toFile())
                .redirectErrorStream(false).start();
        boolean finished = node.waitFor(120, TimeUnit.SECONDS);
        String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(node.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!finished) {
            node.destroyForcibly();
        }
        assertThat(finished && node.exitValue() == 0).as("browser run: " + out + err).isTrue();
        List<String> lines = out.lines().toList();
        return JSON.parse(lines.get(lines.size() - 1));
    }
}
