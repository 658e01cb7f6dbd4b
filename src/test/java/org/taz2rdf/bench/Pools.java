package org.taz2rdf.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The tags and authors a corpus draws from, each with a taz id, in an order shuffled by the seed, and drawn by
 * Zipf rank so that a few are very common and most are rare. Fixed size whatever the corpus size (constant
 * memory); immutable.
 */
final class Pools {

    static final int TAGS = 6000;
    static final int AUTHORS = 2000;
    static final double TAG_EXPONENT = 1.0;
    static final double AUTHOR_EXPONENT = 0.8;

    /** A tag or an author: the name as printed, taz's id ({@code t5000123}, {@code a10042}), the address slug. */
    record Named(String name, String tazId, String slug) {}

    private final List<Named> tags;
    private final List<Named> authors;
    private final Zipf tagRanks;
    private final Zipf authorRanks;

    Pools(long seed) {
        tags = named(shuffled(tagNames(), new SplittableRandom(Text.mix(seed, 0, 0x7A65))), TAGS, "t", 5_000_000);
        authors = named(shuffled(personNames(), new SplittableRandom(Text.mix(seed, 0, 0xA07))), AUTHORS, "a", 10_000);
        tagRanks = new Zipf(tags.size(), TAG_EXPONENT);
        authorRanks = new Zipf(authors.size(), AUTHOR_EXPONENT);
    }

    Named tag(SplittableRandom random) {
        return tags.get(tagRanks.sample(random));
    }

    Named author(SplittableRandom random) {
        return authors.get(authorRanks.sample(random));
    }

    private static List<String> tagNames() {
        Set<String> names = new LinkedHashSet<>();
        names.addAll(Lexicon.TOPICS);
        names.addAll(Lexicon.PLACES);
        Lexicon.TOPICS.forEach(topic -> names.add("Schwerpunkt " + topic));
        names.addAll(personNames().subList(0, 600));
        for (String topic : Lexicon.TOPICS) {
            for (String place : Lexicon.PLACES) {
                names.add(topic + " " + place);
            }
        }
        return new ArrayList<>(names);
    }

    private static List<String> personNames() {
        List<String> names = new ArrayList<>();
        for (String last : Lexicon.LAST_NAMES) {
            for (String first : Lexicon.FIRST_NAMES) {
                names.add(first + " " + last);
            }
        }
        return names;
    }

    private static List<String> shuffled(List<String> names, SplittableRandom random) {
        List<String> copy = new ArrayList<>(names);
        for (int i = copy.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            String swap = copy.get(i);
            copy.set(i, copy.get(j));
            copy.set(j, swap);
        }
        return copy;
    }

    private static List<Named> named(List<String> names, int size, String kind, int firstId) {
        List<Named> pool = new ArrayList<>();
        for (int k = 0; k < Math.min(size, names.size()); k++) {
            pool.add(new Named(names.get(k), kind + (firstId + k), Text.slug(names.get(k))));
        }
        return List.copyOf(pool);
    }
}
