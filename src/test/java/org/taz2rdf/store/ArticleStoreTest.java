package org.taz2rdf.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.SchemaDO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taz2rdf.rdf.Tazv;

/** Loading, re-loading, replacing and deleting articles in a real TDB2 store. */
class ArticleStoreTest {

    @TempDir
    Path dir;

    @Test
    void loadingTheSameInputTwiceLeavesTheStoreUnchanged() throws IOException {
        try (ArticleStore store = ArticleStore.open(dir.resolve("db"))) {
            LoadResult first = StoreFixture.load(store, StoreFixture.samples());
            TreeSet<String> before = StoreFixture.dump(store.dataset());
            LoadResult second = StoreFixture.load(store, StoreFixture.samples());
            assertThat(first).isEqualTo(new LoadResult(7, 0, 0));
            assertThat(second).isEqualTo(new LoadResult(0, 0, 7));
            assertThat(StoreFixture.dump(store.dataset())).isEqualTo(before);
        }
    }

    @Test
    void aChangedArticleReplacesItsGraphWithNoStaleTriple() throws IOException {
        Path article = dir.resolve("!9000001.txt");
        String text = Files.readString(Path.of("src/test/resources/golden/fictional/fictional-multi-author-!9000001.txt"));
        Files.writeString(article, text);
        try (ArticleStore store = ArticleStore.open(dir.resolve("db"))) {
            StoreFixture.load(store, List.of(article));
            Files.writeString(article, text.replace("Hamburg taz", "Bremen taz"));
            LoadResult result = StoreFixture.load(store, List.of(article));
            TreeSet<String> graph = StoreFixture.graph(store.dataset(), StoreFixture.IRIS.graphOfId("9000001"));
            assertThat(result).isEqualTo(new LoadResult(0, 1, 0));
            assertThat(graph).anyMatch(line -> line.contains("\"Bremen\"@de"));
            assertThat(graph).noneMatch(line -> line.contains("\"Hamburg\"@de"));
            assertThat(StoreFixture.dump(store.dataset())).noneMatch(line -> line.contains("Hamburg taz |"));
        }
    }

    @Test
    void aBatchAbandonedAfterAnErrorStoresNothingOfIt() throws IOException {
        try (ArticleStore store = ArticleStore.open(dir.resolve("db"))) {
            StoreFixture.load(store, StoreFixture.samples().subList(0, 2));
            TreeSet<String> before = StoreFixture.dump(store.dataset());
            List<LoadUnit> units = StoreFixture.units(StoreFixture.samples().subList(2, 5));
            try (ArticleLoader loader = new ArticleLoader(store, StoreFixture.IRIS, "test", StoreFixture.CLOCK, 100)) {
                units.forEach(loader::add);
                boolean seenByAnotherThread = java.util.concurrent.CompletableFuture
                        .supplyAsync(() -> loader.isStored(units.get(0).sha256())).join();
                assertThat(seenByAnotherThread).as("written but not committed").isFalse();
            }
            assertThat(StoreFixture.dump(store.dataset())).isEqualTo(before);
            assertThat(StoreFixture.load(store, StoreFixture.samples())).isEqualTo(new LoadResult(5, 0, 2));
        }
    }

    @Test
    void eachBatchHoldsAsManyArticlesAsWereCommittedBefore() throws IOException {
        try (ArticleStore store = ArticleStore.open(dir.resolve("db"))) {
            List<LoadUnit> units = StoreFixture.units(StoreFixture.samples());
            ArticleLoader loader = new ArticleLoader(store, StoreFixture.IRIS, "test", StoreFixture.CLOCK, 1);
            int[] commitsAfter = new int[units.size()];
            for (int i = 0; i < units.size(); i++) {
                loader.add(units.get(i));
                commitsAfter[i] = loader.transactions();
            }
            assertThat(loader.finish()).isEqualTo(new LoadResult(7, 0, 0));
            // batches of 1, 1, 2, then the last 3 articles at finish
            assertThat(commitsAfter).containsExactly(1, 2, 2, 3, 3, 3, 3);
            assertThat(loader.transactions()).isEqualTo(4);
        }
    }

    @Test
    void deletingAnArticleKeepsWhatOthersSayOfSharedAuthorsAndTags() throws IOException {
        try (ArticleStore store = ArticleStore.open(dir.resolve("db"))) {
            StoreFixture.load(store, StoreFixture.samples());
            Node tag = NodeFactory.createURI(StoreFixture.IRIS.base() + "tag/hamburger-hafen");
            List<String> missing = new ArticleDeleter(store, StoreFixture.IRIS).delete(List.of("9000010", "1111111"));
            assertThat(missing).containsExactly("1111111");
            assertThat(StoreFixture.graph(store.dataset(), StoreFixture.IRIS.graphOfId("9000010"))).isEmpty();
            boolean stillNamed = Txn.calculateRead(store.dataset(), () ->
                    store.dataset().contains(Node.ANY, tag, SchemaDO.name.asNode(), Node.ANY));
            assertThat(stillNamed).as("the tag of the other article that carries it").isTrue();
            assertThat(StoreFixture.dump(store.dataset())).noneMatch(line -> line.contains("graph/9000010>"));
        }
    }

    @Test
    void resolvesARelatedArticleKnownByTitleToTheLoadedArticleOfThatHeadline() throws IOException {
        Path lister = dir.resolve("!9100001.txt");
        Path listed = dir.resolve("!9100002.txt");
        Files.writeString(lister, """
                # taz.de -- Streit im Hafen: Kräne bleiben stehen
                > Ein Vorspann.
                Der Text.
                1 Feb 2025
                ## AUTOREN
                Anna Beispiel
                ## TAGS
                Hafen
                Hafen
                ## ARTIKEL ZUM THEMA
                Hafenstreit geht weiter: „Wir warten“
                Ein Teaser über den Streit.
                """);
        Files.writeString(listed, """
                # taz.de -- Hafenstreit geht weiter: "Wir warten"
                > Ein anderer Vorspann.
                Noch ein Text.
                2 Feb 2025
                """);
        try (ArticleStore store = ArticleStore.open(dir.resolve("db"))) {
            StoreFixture.load(store, List.of(lister, listed));
            Node resolved = NodeFactory.createURI(StoreFixture.IRIS.resolutionGraph());
            boolean joined = Txn.calculateRead(store.dataset(), () -> store.dataset().contains(resolved,
                    NodeFactory.createURI("https://taz.de/!9100001/"), Tazv.relatedArticle,
                    NodeFactory.createURI("https://taz.de/!9100002/")));
            assertThat(joined).isTrue();
            assertThat(StoreStats.of(store, StoreFixture.IRIS).unresolvedRelated()).isZero();
        }
    }

    @Test
    void loadingConvertedNQuadsGivesTheSameArticleGraphsAsLoadingTheTexts() throws Exception {
        Path nquads = dir.resolve("samples.nq");
        int exit = org.taz2rdf.cli.Main.run(new java.io.ByteArrayInputStream(new byte[0]),
                java.io.OutputStream.nullOutputStream(), new java.io.PrintWriter(new java.io.StringWriter()),
                "convert", "-q", "-f", "nq", "-o", nquads.toString(), "samples");
        assertThat(exit).isZero();
        try (ArticleStore fromText = ArticleStore.open(dir.resolve("a"))) {
            StoreFixture.load(fromText, StoreFixture.samples());
            try (ArticleStore fromRdf = ArticleStore.open(dir.resolve("b"))) {
                assertThat(StoreFixture.load(fromRdf, List.of(nquads))).isEqualTo(new LoadResult(7, 0, 0));
                assertThat(articleQuads(fromRdf)).isEqualTo(articleQuads(fromText));
            }
        }
    }

    @Test
    void loadingConvertedTurtleSplitsItBackIntoTheArticleGraphs() throws Exception {
        Path turtle = dir.resolve("samples.ttl");
        org.taz2rdf.cli.Main.run(new java.io.ByteArrayInputStream(new byte[0]), java.io.OutputStream.nullOutputStream(),
                new java.io.PrintWriter(new java.io.StringWriter()), "convert", "-q", "-o", turtle.toString(), "samples");
        try (ArticleStore store = ArticleStore.open(dir.resolve("c"))) {
            assertThat(StoreFixture.load(store, List.of(turtle))).isEqualTo(new LoadResult(7, 0, 0));
            assertThat(StoreStats.of(store, StoreFixture.IRIS).articles()).isEqualTo(7);
        }
    }

    private static TreeSet<String> articleQuads(ArticleStore store) {
        TreeSet<String> quads = StoreFixture.dump(store.dataset());
        quads.removeIf(line -> line.startsWith("<" + StoreFixture.IRIS.metadataGraph() + ">"));
        return quads;
    }
}
