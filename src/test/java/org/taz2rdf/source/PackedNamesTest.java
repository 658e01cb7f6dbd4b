package org.taz2rdf.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link PackedNames}: names come back as added, and sorted as paths sort on Unix. */
class PackedNamesTest {

    private static final String LETTERS = "ab!_.-09/zäöüßé€\uD83D\uDCF0";

    @Test
    void givesBackEveryNameAsAddedPastTheInitialCapacity() {
        List<String> names = randomNames(new Random(1), 5000);
        PackedNames packed = pack(names);

        assertThat(packed.size()).isEqualTo(names.size());
        for (int i = 0; i < names.size(); i++) {
            assertThat(packed.get(i)).isEqualTo(names.get(i));
        }
    }

    @Test
    void sortsByUnsignedUtf8BytesLikeAnIndependentSort() {
        for (int seed = 0; seed < 20; seed++) {
            List<String> names = randomNames(new Random(seed), 1 + seed * 97);
            List<String> expected = new ArrayList<>(names);
            expected.sort(Comparator.comparing((String name) -> name.getBytes(StandardCharsets.UTF_8),
                    Arrays::compareUnsigned));

            assertThat(all(pack(names).sorted())).as("seed %d", seed).isEqualTo(expected);
        }
    }

    @Test
    void sortsAsciiNamesInPathOrder() {
        List<String> names = List.of("b.txt", "a/z.txt", "c/a.txt", "a/b/c.txt", "a.txt", "A.txt", "a-b.txt", "a",
                "!5536273.txt", "!553627.txt", "sub/!1.gmi");
        List<String> byPath = names.stream().map(Path::of).sorted().map(Path::toString).toList();

        assertThat(all(pack(names).sorted())).isEqualTo(byPath);
    }

    @Test
    void keepsEmptyAndDuplicateNamesAndHandlesNone() {
        assertThat(all(pack(List.of("b", "", "a", "b", "")).sorted())).containsExactly("", "", "a", "b", "b");
        assertThat(new PackedNames().sorted().size()).isZero();
        assertThatThrownBy(() -> pack(List.of("a")).get(1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    private static List<String> randomNames(Random random, int count) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder name = new StringBuilder();
            int length = random.nextInt(random.nextInt(10) == 0 ? 60 : 12);
            for (int j = 0; j < length; j++) {
                int at = random.nextInt(LETTERS.length() - 1);
                if (Character.isHighSurrogate(LETTERS.charAt(at))) {
                    name.append(LETTERS, at, at + 2);
                } else if (!Character.isLowSurrogate(LETTERS.charAt(at))) {
                    name.append(LETTERS.charAt(at));
                }
            }
            names.add(name.toString());
        }
        return names;
    }

    private static PackedNames pack(List<String> names) {
        PackedNames packed = new PackedNames();
        names.forEach(packed::add);
        return packed;
    }

    private static List<String> all(PackedNames packed) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < packed.size(); i++) {
            names.add(packed.get(i));
        }
        return names;
    }
}
