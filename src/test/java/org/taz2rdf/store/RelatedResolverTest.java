package org.taz2rdf.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.taz2rdf.article.Folding;
import org.taz2rdf.rdf.Tazv;

/**
 * Resolving related articles by title after each change gives the joins that the whole store calls for: random
 * loads, replacements (headlines that change, titles that come and go, several titles of one key, articles
 * listing their own headline) and deletes, checked after every step against the rule worked out from scratch.
 */
class RelatedResolverTest {

    /** Headlines and titles; some fold to the same key. */
    private static final String[] HEADLINES = {"Wahl in Berlin", "Wahl in Berlin!", "„Wahl“ in Berlin", "Klima",
        "Mieten steigen", "Mieten steigen?", "Hafen", "Gemüse für alle", "Gemuese fuer alle", "..."};
    private static final Node PUBLISHER = NodeFactory.createURI("https://taz.de/");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void afterEveryChangeTheJoinsAreThoseTheWholeStoreCallsFor(long seed) {
        Random random = new Random(seed);
        int stepsWithJoins = 0;
        try (ArticleStore store = ArticleStore.open(dir.resolve("db-" + seed))) {
            for (int step = 0; step < 25; step++) {
                StoreFixture.randomChange(store, random, step, RelatedResolverTest::article);
                Set<String> joins = joins(store.dataset());
                assertThat(joins).as("step %d", step).isEqualTo(expectedJoins(store.dataset()));
                stepsWithJoins += joins.isEmpty() ? 0 : 1;
            }
        }
        assertThat(stepsWithJoins).isGreaterThan(5);
    }

    @ParameterizedTest
    @ValueSource(longs = {7, 8})
    void aStoreWithoutRecordedKeysGetsThemOnItsNextLoad(long seed) {
        Random random = new Random(seed);
        try (ArticleStore store = ArticleStore.open(dir.resolve("db"))) {
            DatasetGraph dataset = store.dataset();
            load(store, random, 1, 12);
            Node metadata = NodeFactory.createURI(StoreFixture.IRIS.metadataGraph());
            Txn.executeWrite(dataset, () -> {
                dataset.deleteAny(metadata, Node.ANY, Tazv.headlineKey, Node.ANY);
                dataset.deleteAny(metadata, Node.ANY, Tazv.relatedKey, Node.ANY);
                dataset.deleteAny(metadata, Node.ANY, RDF.type.asNode(), Tazv.HeadlineKeyIndex);
                dataset.deleteAny(NodeFactory.createURI(StoreFixture.IRIS.resolutionGraph()), Node.ANY, Node.ANY,
                        Node.ANY);
            });
            load(store, random, 13, 13);
            assertThat(joins(dataset)).isNotEmpty().isEqualTo(expectedJoins(dataset));
            assertThat(Txn.calculateRead(dataset, () -> new HeadlineKeys(dataset, StoreFixture.IRIS).isComplete()))
                    .isTrue();
        }
    }

    @Test
    void aRunAfterOneThatStoppedBeforeResolvingResolvesWhatThatOneChanged() {
        try (ArticleStore store = ArticleStore.open(dir.resolve("db"))) {
            DatasetGraph dataset = store.dataset();
            try (ArticleLoader first = new ArticleLoader(store, StoreFixture.IRIS, "test", StoreFixture.CLOCK, 1)) {
                first.add(article(1, "Hafen", List.of(), "a"));
                first.finish();
            }
            try (ArticleLoader stopped = new ArticleLoader(store, StoreFixture.IRIS, "test", StoreFixture.CLOCK, 1)) {
                stopped.add(article(2, "Klima", List.of("Hafen"), "b"));
                stopped.add(article(3, "Mieten steigen", List.of("Klima!"), "c"));
            }
            Set<String> expected = expectedJoins(dataset);
            assertThat(joins(dataset)).isEmpty();
            try (ArticleLoader unchanged = new ArticleLoader(store, StoreFixture.IRIS, "test", StoreFixture.CLOCK, 1)) {
                unchanged.finish();
            }
            assertThat(expected).hasSize(4);
            assertThat(joins(dataset)).isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {9, 10})
    void resolvingEverythingRepairsAResolutionGraphThatWentWrong(long seed) {
        Random random = new Random(seed);
        try (ArticleStore store = ArticleStore.open(dir.resolve("db"))) {
            DatasetGraph dataset = store.dataset();
            load(store, random, 1, 12);
            Node resolved = NodeFactory.createURI(StoreFixture.IRIS.resolutionGraph());
            Set<String> expected = expectedJoins(dataset);
            Txn.executeWrite(dataset, () -> {
                Quad some = dataset.find(resolved, Node.ANY, Node.ANY, Node.ANY).next();
                dataset.delete(some);
                dataset.add(resolved, NodeFactory.createURI("https://taz.de/!1/"), Tazv.relatedArticle,
                        NodeFactory.createURI("https://taz.de/!99/"));
            });
            ResolutionScope everything = new ResolutionScope(1);
            Txn.executeRead(dataset, () -> {
                HeadlineKeys keys = new HeadlineKeys(dataset, StoreFixture.IRIS);
                for (int id = 1; id <= 12; id++) {
                    everything.note(keys.read(NodeFactory.createURI(StoreFixture.IRIS.graphOfId(String.valueOf(id)))));
                }
            });
            assertThat(everything.isEverything()).isTrue();
            new RelatedResolver(dataset, StoreFixture.IRIS).resolve(everything);
            assertThat(joins(dataset)).isNotEmpty().isEqualTo(expected);
        }
    }

    /** Loads random articles of the ids from first to last, in batches of five. */
    private static void load(ArticleStore store, Random random, int first, int last) {
        try (ArticleLoader loader = new ArticleLoader(store, StoreFixture.IRIS, "test", StoreFixture.CLOCK, 5)) {
            for (int id = first; id <= last; id++) {
                loader.add(article(random, id, first));
            }
            loader.finish();
        }
    }

    /** An article of this id: a headline, and zero to four related articles known by title. */
    private static LoadUnit article(Random random, int id, int step) {
        List<String> titles = new ArrayList<>();
        String headline = headline(random);
        for (int i = random.nextInt(5); i > 0; i--) {
            titles.add(headline(random));
        }
        return article(id, headline, titles, step + "-" + random.nextInt());
    }

    private static LoadUnit article(int id, String headline, List<String> titles, String version) {
        Node graph = NodeFactory.createURI(StoreFixture.IRIS.graphOfId(String.valueOf(id)));
        Node article = NodeFactory.createURI("https://taz.de/!" + id + "/");
        List<Quad> quads = new ArrayList<>();
        quads.add(Quad.create(graph, article, SchemaDO.publisher.asNode(), PUBLISHER));
        quads.add(Quad.create(graph, article, SchemaDO.headline.asNode(), text(headline)));
        for (String title : titles) {
            Node related = NodeFactory.createURI(
                    StoreFixture.IRIS.relatedPrefix() + Integer.toHexString(title.hashCode()));
            quads.add(Quad.create(graph, article, Tazv.relatedArticle, related));
            quads.add(Quad.create(graph, related, SchemaDO.headline.asNode(), text(title)));
        }
        return new LoadUnit(graph.getURI(), quads, "!" + id + ".txt", "sha-" + id + "-" + version);
    }

    private static Node text(String german) {
        return NodeFactory.createLiteralLang(german, "de");
    }

    private static String headline(Random random) {
        return HEADLINES[random.nextInt(HEADLINES.length)];
    }

    private static Set<String> joins(DatasetGraph dataset) {
        Node resolved = NodeFactory.createURI(StoreFixture.IRIS.resolutionGraph());
        return Txn.calculateRead(dataset, () -> {
            Set<String> joins = new TreeSet<>();
            dataset.find(resolved, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(quad -> joins.add(text(quad)));
            return joins;
        });
    }

    /** The rule, from scratch: a reference by title joins the one article anywhere whose headline folds alike. */
    private static Set<String> expectedJoins(DatasetGraph dataset) {
        Node resolved = NodeFactory.createURI(StoreFixture.IRIS.resolutionGraph());
        return Txn.calculateRead(dataset, () -> {
            Set<String> joins = new TreeSet<>();
            dataset.find(Node.ANY, Node.ANY, Tazv.relatedArticle, Node.ANY).forEachRemaining(reference -> {
                Node related = reference.getObject();
                if (reference.getGraph().equals(resolved)
                        || !related.getURI().startsWith(StoreFixture.IRIS.relatedPrefix())) {
                    return;
                }
                String key = key(dataset, reference.getGraph(), related);
                Set<Node> matches = new HashSet<>();
                dataset.find(Node.ANY, Node.ANY, SchemaDO.publisher.asNode(), Node.ANY).forEachRemaining(article -> {
                    if (key != null && key.equals(key(dataset, article.getGraph(), article.getSubject()))) {
                        matches.add(article.getSubject());
                    }
                });
                if (matches.size() == 1 && !matches.contains(reference.getSubject())) {
                    Node real = matches.iterator().next();
                    joins.add(text(Quad.create(resolved, reference.getSubject(), Tazv.relatedArticle, real)));
                    joins.add(text(Quad.create(resolved, related, OWL.sameAs.asNode(), real)));
                }
            });
            return joins;
        });
    }

    private static String key(DatasetGraph dataset, Node graph, Node node) {
        var headlines = dataset.find(graph, node, SchemaDO.headline.asNode(), Node.ANY);
        String key = headlines.hasNext() ? Folding.slug(headlines.next().getObject().getLiteralLexicalForm()) : "";
        return key.isEmpty() ? null : key;
    }

    private static String text(Quad quad) {
        return quad.getSubject() + " " + quad.getPredicate().getLocalName() + " " + quad.getObject();
    }
}
