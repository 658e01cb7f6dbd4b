package org.taz2rdf.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SeenNamesTest {

    @Test
    void answersAsASetOfTheNamesDoesWhileItGrows() {
        Random random = new Random(5);
        SeenNames seen = new SeenNames();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < 200_000; i++) {
            String name = "https://taz2rdf.example/id/graph/" + random.nextInt(150_000) + (random.nextBoolean() ? "ä" : "");
            assertThat(seen.add(name)).as(name).isEqualTo(names.add(name));
        }
        assertThat(seen.size()).isEqualTo(names.size());
    }

    @Test
    void hashesAreNeverTheEmptySlot() {
        assertThat(SeenNames.hash("")).isNotZero();
        assertThat(SeenNames.hash("a")).isNotEqualTo(SeenNames.hash("b"));
    }
}
