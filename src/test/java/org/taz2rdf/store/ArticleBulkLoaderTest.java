package org.taz2rdf.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/** A bulk build takes the target's place only when installed; abandoned at any point it leaves no trace. */
class ArticleBulkLoaderTest {

    @TempDir
    Path dir;

    private List<String> folders() throws IOException {
        try (var entries = Files.list(dir)) {
            return entries.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }

    @ParameterizedTest
    @EnumSource(BulkPlan.class)
    void anInstalledBuildHoldsWhatAnOrdinaryLoadWrites(BulkPlan plan) throws IOException {
        List<LoadUnit> units = StoreFixture.units(StoreFixture.samples());
        TreeSet<String> ordinary;
        try (ArticleStore store = ArticleStore.open(dir.resolve("ordinary"))) {
            StoreFixture.load(store, StoreFixture.samples());
            ordinary = StoreFixture.dump(store.dataset());
        }
        ArticleStore target = ArticleStore.open(dir.resolve("db"));
        try (ArticleBulkLoader bulk = replacing(target, plan)) {
            units.forEach(unit -> assertThat(bulk.add(unit)).isTrue());
            assertThat(bulk.add(units.get(0))).as("a second capture of a graph written").isFalse();
            try (ArticleLoader loader = new ArticleLoader(bulk.finish(), StoreFixture.IRIS, "test", StoreFixture.CLOCK, 10)) {
                loader.finish();
            }
            bulk.install();
        }
        target.close();
        try (ArticleStore store = ArticleStore.open(dir.resolve("db"))) {
            assertThat(StoreFixture.dump(store.dataset())).isEqualTo(ordinary);
        }
        assertThat(folders()).containsExactly("db", "ordinary");
    }

    @Test
    void aBuildAbandonedWhileWritingLeavesTheTargetAndNoFolder() throws IOException {
        try (ArticleStore target = ArticleStore.open(dir.resolve("db"))) {
            try (ArticleBulkLoader bulk = replacing(target, BulkPlan.phased)) {
                StoreFixture.units(StoreFixture.samples()).forEach(bulk::add);
                assertThat(folders()).hasSize(2);
            }
            assertThat(folders()).containsExactly("db");
            assertThat(ArticleBulkLoader.holdsNoData(target, StoreFixture.IRIS)).isTrue();
        }
    }

    @Test
    void aBuildAbandonedAfterItsIndexesLeavesTheTargetAndNoFolder() throws IOException {
        try (ArticleStore target = ArticleStore.open(dir.resolve("db"))) {
            try (ArticleBulkLoader bulk = replacing(target, BulkPlan.phased)) {
                StoreFixture.units(StoreFixture.samples()).forEach(bulk::add);
                assertThat(StoreFixture.dump(bulk.finish().dataset())).isNotEmpty();
            }
            assertThat(folders()).containsExactly("db");
            assertThat(ArticleBulkLoader.holdsNoData(target, StoreFixture.IRIS)).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(BulkPlan.class)
    void reportsTheIndexesAsItBuildsThem(BulkPlan plan) throws IOException {
        List<String> messages = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        try (ArticleStore target = ArticleStore.open(dir.resolve("db"));
                ArticleBulkLoader bulk = ArticleBulkLoader.replacing(target, plan, StoreFixture.IRIS, "test",
                        StoreFixture.CLOCK, messages::add)) {
            StoreFixture.units(StoreFixture.samples()).forEach(bulk::add);
            assertThat(messages).as("nothing while the articles are written").isEmpty();

            bulk.finish();

            for (String index : List.of("GPOS", "GOSP", "SPOG", "POSG", "OSPG")) {
                assertThat(messages).as(index).anyMatch(message -> message.contains(index));
            }
        }
    }

    @Test
    void refusesATargetWithArticles() throws IOException {
        try (ArticleStore target = ArticleStore.open(dir.resolve("db"))) {
            StoreFixture.load(target, StoreFixture.samples().subList(0, 1));
            assertThatThrownBy(() -> replacing(target, BulkPlan.phased))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("holds data");
        }
        assertThat(folders()).containsExactly("db");
    }

    private static ArticleBulkLoader replacing(ArticleStore target, BulkPlan plan) {
        return ArticleBulkLoader.replacing(target, plan, StoreFixture.IRIS, "test", StoreFixture.CLOCK, message -> { });
    }
}
