package org.taz2rdf.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.taz2rdf.query.BundledQuery;
import org.taz2rdf.rdf.Tazv;

/**
 * The bundled queries that read the store's counts (tags, authors, most-cited) answer, after every random load,
 * replacement and delete, exactly what the same questions asked of every article answer
 * ({@code oracle-queries/}: the queries as they were before counts were kept).
 */
class StoreCountsTest {

    private static final List<String> COUNTED = List.of("tags", "authors", "most-cited");
    private static final String[] TAGS = {"Klima", "Wahl in Berlin", "Hafen", "Gemüse", "Mieten", "A+B/C?", "Ärger"};
    private static final String[] AUTHORS = {"Levent Kühn", "Jana Wiegand", "Umbach", "Thomas Gsella"};
    private static final Node PUBLISHER = NodeFactory.createURI("https://taz.de/");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void afterEveryChangeTheCountsAnswerWhatTheArticlesDo(long seed) {
        Random random = new Random(seed);
        int stepsWithRows = 0;
        try (ArticleStore store = ArticleStore.open(dir.resolve("db-" + seed))) {
            for (int step = 0; step < 25; step++) {
                StoreFixture.randomChange(store, random, step, StoreCountsTest::article);
                for (String query : COUNTED) {
                    List<String> rows = rows(store.dataset(), bundled(query));
                    assertThat(rows).as("%s after step %d", query, step)
                            .isEqualTo(rows(store.dataset(), oracle(query)));
                    stepsWithRows += rows.isEmpty() ? 0 : 1;
                }
            }
        }
        assertThat(stepsWithRows).isGreaterThan(30);
    }

    @ParameterizedTest
    @ValueSource(longs = {21, 22})
    void theMostLinkedAreFoundAmongManyLinkedArticlesAfterEveryChange(long seed) {
        Random random = new Random(seed);
        try (ArticleStore store = ArticleStore.open(dir.resolve("db-" + seed))) {
            for (int step = 0; step < 6; step++) {
                try (ArticleLoader loader = new ArticleLoader(store, StoreFixture.IRIS, "test", StoreFixture.CLOCK,
                        40)) {
                    for (int i = 0; i < 120; i++) {
                        loader.add(linking(random, 1 + random.nextInt(300), step));
                    }
                    loader.finish();
                }
                List<String> ids = new ArrayList<>();
                for (int i = 0; i < 30; i++) {
                    ids.add(String.valueOf(1 + random.nextInt(300)));
                }
                new ArticleDeleter(store, StoreFixture.IRIS).delete(ids);
                List<String> rows = rows(store.dataset(), bundled("most-cited"));
                assertThat(rows).as("step %d", step).hasSize(100).isEqualTo(rows(store.dataset(), oracle("most-cited")));
            }
        }
    }

    /** An article linking to one to eight taz articles, the lower ids far more often than the higher. */
    private static LoadUnit linking(Random random, int id, int step) {
        Node graph = NodeFactory.createURI(StoreFixture.IRIS.graphOfId(String.valueOf(id)));
        Node article = NodeFactory.createURI("https://taz.de/!" + id + "/");
        List<Quad> quads = new ArrayList<>();
        quads.add(Quad.create(graph, article, SchemaDO.publisher.asNode(), PUBLISHER));
        for (int i = 1 + random.nextInt(8); i > 0; i--) {
            Node link = NodeFactory.createURI(article.getURI() + "#link-" + i);
            int target = 1 + (int) (400 * Math.pow(random.nextDouble(), 2));
            quads.add(Quad.create(graph, article, SchemaDO.citation.asNode(), link));
            quads.add(Quad.create(graph, link, SchemaDO.url.asNode(), NodeFactory.createURI("https://taz.de/!" + target + "/")));
        }
        return new LoadUnit(graph.getURI(), quads, "!" + id + ".txt", "sha-" + id + "-" + step + "-" + random.nextInt());
    }

    @Test
    void anAbandonedBatchCountsForNothing() {
        try (ArticleStore store = ArticleStore.open(dir.resolve("db"))) {
            Random random = new Random(11);
            load(store, random, 1, 6);
            List<String> before = rows(store.dataset(), bundled("tags"));
            try (ArticleLoader loader = new ArticleLoader(store, StoreFixture.IRIS, "test", StoreFixture.CLOCK, 100)) {
                loader.add(article(random, 2, 1));
                loader.add(article(random, 9, 1));
                loader.close();
                assertThat(rows(store.dataset(), bundled("tags"))).isEqualTo(before);
                loader.add(article(random, 7, 2));
                loader.finish();
            }
            assertThat(rows(store.dataset(), bundled("tags"))).isNotEqualTo(before)
                    .isEqualTo(rows(store.dataset(), oracle("tags")));
        }
    }

    @Test
    void aStoreWithoutCountsIsCountedOnceAndSaysSo() {
        try (ArticleStore store = ArticleStore.open(dir.resolve("db"))) {
            DatasetGraph dataset = store.dataset();
            load(store, new Random(12), 1, 12);
            Node metadata = NodeFactory.createURI(StoreFixture.IRIS.metadataGraph());
            Txn.executeWrite(dataset, () -> {
                for (Node predicate : List.of(Tazv.tagName, Tazv.authorName, Tazv.citedArticle, Tazv.articleCount,
                        Tazv.citationCount, Tazv.timesLinked)) {
                    dataset.deleteAny(metadata, Node.ANY, predicate, Node.ANY);
                }
                dataset.deleteAny(metadata, metadata, RDF.type.asNode(), Tazv.CountIndex);
            });
            assertThat(rows(dataset, bundled("tags"))).isEmpty();
            List<String> told = new ArrayList<>();
            assertThat(StoreCounts.ensureComplete(store, StoreFixture.IRIS, () -> told.add("counting"))).isTrue();
            assertThat(StoreCounts.ensureComplete(store, StoreFixture.IRIS, () -> told.add("again"))).isFalse();
            assertThat(told).containsExactly("counting");
            for (String query : COUNTED) {
                assertThat(rows(dataset, bundled(query))).as(query).isNotEmpty()
                        .isEqualTo(rows(dataset, oracle(query)));
            }
        }
    }

    @Test
    void aNewStoreStartsCountedAndAnEmptyOneNeedsNoCounting() {
        try (ArticleStore store = ArticleStore.open(dir.resolve("db"))) {
            assertThat(StoreCounts.ensureComplete(store, StoreFixture.IRIS, () -> { })).isFalse();
            load(store, new Random(13), 1, 3);
            assertThat(StoreCounts.ensureComplete(store, StoreFixture.IRIS, () -> { })).isFalse();
        }
    }

    private static void load(ArticleStore store, Random random, int first, int last) {
        try (ArticleLoader loader = new ArticleLoader(store, StoreFixture.IRIS, "test", StoreFixture.CLOCK, 2)) {
            for (int id = first; id <= last; id++) {
                loader.add(article(random, id, first));
            }
            loader.finish();
        }
    }

    /**
     * An article of this id with random own tags (names written with and without a language tag), authors (one
     * sometimes unnamed or named twice), links (to taz articles, itself, other addresses, two links to one
     * target) and a related entry that names a tag without being an article.
     */
    private static LoadUnit article(Random random, int id, int step) {
        Node graph = NodeFactory.createURI(StoreFixture.IRIS.graphOfId(String.valueOf(id)));
        Node article = NodeFactory.createURI("https://taz.de/!" + id + "/");
        List<Quad> quads = new ArrayList<>();
        quads.add(Quad.create(graph, article, SchemaDO.publisher.asNode(), PUBLISHER));
        quads.add(Quad.create(graph, article, SchemaDO.headline.asNode(),
                NodeFactory.createLiteralLang("Artikel " + id + " (" + step + ")", "de")));
        for (int i = random.nextInt(4); i > 0; i--) {
            String tag = TAGS[random.nextInt(TAGS.length)];
            Node term = NodeFactory.createURI("https://taz.de/tag/" + Integer.toHexString(tag.hashCode()) + "-"
                    + random.nextInt(2));
            quads.add(Quad.create(graph, article, SchemaDO.keywords.asNode(), term));
            quads.add(Quad.create(graph, term, SchemaDO.name.asNode(), random.nextBoolean()
                    ? NodeFactory.createLiteralLang(tag, "de") : NodeFactory.createLiteralString(tag)));
        }
        for (int i = random.nextInt(3); i > 0; i--) {
            int which = random.nextInt(AUTHORS.length + 1);
            Node person = NodeFactory.createURI("https://taz.de/author/" + which);
            quads.add(Quad.create(graph, article, SchemaDO.author.asNode(), person));
            if (which < AUTHORS.length) {
                quads.add(Quad.create(graph, person, SchemaDO.name.asNode(),
                        NodeFactory.createLiteralString(AUTHORS[which])));
            }
        }
        for (int i = random.nextInt(6); i > 0; i--) {
            Node link = NodeFactory.createURI(article.getURI() + "#link-" + i);
            quads.add(Quad.create(graph, article, SchemaDO.citation.asNode(), link));
            quads.add(Quad.create(graph, link, SchemaDO.url.asNode(), target(random, id)));
        }
        if (random.nextBoolean()) {
            Node related = NodeFactory.createURI(StoreFixture.IRIS.relatedPrefix() + id);
            Node term = NodeFactory.createURI("https://taz.de/tag/related-" + id);
            quads.add(Quad.create(graph, article, Tazv.relatedArticle, related));
            quads.add(Quad.create(graph, related, SchemaDO.headline.asNode(),
                    NodeFactory.createLiteralLang("Artikel " + random.nextInt(12), "de")));
            quads.add(Quad.create(graph, related, SchemaDO.keywords.asNode(), term));
            quads.add(Quad.create(graph, term, SchemaDO.name.asNode(), NodeFactory.createLiteralLang("Verwandt", "de")));
        }
        return new LoadUnit(graph.getURI(), quads, "!" + id + ".txt", "sha-" + id + "-" + step + "-" + random.nextInt());
    }

    private static Node target(Random random, int self) {
        return switch (random.nextInt(6)) {
            case 0 -> NodeFactory.createURI("https://taz.de/!" + self + "/");
            case 1 -> NodeFactory.createURI("https://taz.de/!" + (1 + random.nextInt(15)) + "/?page=2");
            case 2 -> NodeFactory.createURI("https://example.org/" + random.nextInt(3));
            default -> NodeFactory.createURI("https://taz.de/!" + (1 + random.nextInt(15)) + "/");
        };
    }

    private static String bundled(String name) {
        return BundledQuery.named(name).orElseThrow().text();
    }

    private static String oracle(String name) {
        try (InputStream in = StoreCountsTest.class.getResourceAsStream("/oracle-queries/" + name + ".rq")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows of a SELECT query, in order, each as its values in N-Triples syntax. */
    private static List<String> rows(DatasetGraph dataset, String query) {
        return Txn.calculateRead(dataset, () -> {
            List<String> rows = new ArrayList<>();
            RowSet rowSet = QueryExec.dataset(dataset).query(query).select();
            List<org.apache.jena.sparql.core.Var> vars = rowSet.getResultVars();
            rowSet.forEachRemaining(row -> {
                StringBuilder line = new StringBuilder();
                for (var var : vars) {
                    Node value = row.get(var);
                    line.append(value == null ? "-" : NodeFmtLib.strNT(value)).append('\t');
                }
                rows.add(line.toString());
            });
            return rows;
        });
    }
}
