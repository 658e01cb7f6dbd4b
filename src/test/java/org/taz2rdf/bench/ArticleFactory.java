package org.taz2rdf.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.taz2rdf.bench.GeneratedArticle.Block;
import org.taz2rdf.bench.GeneratedArticle.Image;
import org.taz2rdf.bench.GeneratedArticle.LinkTarget;
import org.taz2rdf.bench.GeneratedArticle.Related;
import org.taz2rdf.bench.Pools.Named;

/**
 * Makes article {@code index} of a corpus of {@code count} articles from a seed, without looking at any other
 * article: every part comes from its own random source seeded by (seed, index, part), so the title, lead and
 * tags of the articles that one links to or lists as related are recomputed where needed instead of kept.
 * Memory is constant in the corpus size. Immutable and thread-safe.
 */
final class ArticleFactory {

    /** Ids are 7 digits, a permutation of the indexes (not in corpus order, as taz ids are not chronological). */
    static final int MAX_COUNT = 4_000_000;
    private static final int FIRST_ID = 5_000_000;
    private static final long ID_STEP = 7919;
    private static final long FIRST_DAY = LocalDate.of(2010, 1, 1).toEpochDay();
    private static final int DAYS = (int) (LocalDate.of(2025, 12, 31).toEpochDay() - FIRST_DAY + 1);

    private static final long TITLE = 1;
    private static final long LEAD = 2;
    private static final long TAGS = 3;
    private static final long BODY = 4;

    private final long seed;
    private final int count;
    private final Pools pools;

    ArticleFactory(long seed, int count) {
        if (count < 1 || count > MAX_COUNT) {
            throw new IllegalArgumentException("a corpus has 1 to " + MAX_COUNT + " articles, not " + count);
        }
        this.seed = seed;
        this.count = count;
        this.pools = new Pools(seed);
    }

    int count() {
        return count;
    }

    static String id(int index) {
        return Integer.toString(FIRST_ID + (int) (index * ID_STEP % MAX_COUNT));
    }

    private SplittableRandom random(int index, long part) {
        return new SplittableRandom(Text.mix(seed, index, part));
    }

    private Prose prose(int index, long part) {
        return new Prose(random(index, part), pools);
    }

    String kicker(int index) {
        return prose(index, TITLE).kicker();
    }

    String title(int index) {
        Prose prose = prose(index, TITLE);
        String kicker = prose.kicker();
        return kicker + ": " + prose.headline();
    }

    String lead(int index) {
        return prose(index, LEAD).lead();
    }

    List<Named> ownTags(int index) {
        SplittableRandom random = random(index, TAGS);
        int wanted = weighted(random, new int[] {15, 25, 25, 18, 10, 7}) + 1;
        Set<Named> tags = new LinkedHashSet<>();
        while (tags.size() < wanted) {
            tags.add(pools.tag(random));
        }
        return List.copyOf(tags);
    }

    GeneratedArticle article(int index) {
        SplittableRandom random = random(index, BODY);
        Prose prose = new Prose(random, pools);
        Prose titles = prose(index, TITLE);
        String kicker = titles.kicker();
        String headline = titles.headline();
        Image image = random.nextInt(100) < 75 ? new Image(prose.caption(),
                "/image/" + (7_900_000 + index % 100_000) + "/" + Text.slug(kicker) + ".jpeg") : null;
        List<List<String>> paragraphs = paragraphs(random, prose);
        List<LinkTarget> links = markLinks(random, prose, paragraphs, index);
        String dateline = random.nextInt(100) < 35 ? Text.pick(random, Lexicon.PLACES) : null;
        List<Block> body = blocks(random, prose, paragraphs, dateline);
        if (body.get(0).subheading()) {
            dateline = null;
        }
        LocalDate date = LocalDate.ofEpochDay(FIRST_DAY + random.nextInt(DAYS));
        return new GeneratedArticle(index, id(index), kicker, headline, lead(index), image, dateline, body, date,
                links, authors(random), ownTags(index), related(random, index));
    }

    private static int weighted(SplittableRandom random, int[] percents) {
        int roll = random.nextInt(100);
        for (int i = 0; i < percents.length; i++) {
            roll -= percents[i];
            if (roll < 0) {
                return i;
            }
        }
        return percents.length - 1;
    }

    /** 300 to 1500 words in paragraphs of 35 to 110 words. */
    private static List<List<String>> paragraphs(SplittableRandom random, Prose prose) {
        int words = 300 + random.nextInt(1201);
        List<List<String>> paragraphs = new ArrayList<>();
        int total = 0;
        while (total < words) {
            List<String> paragraph = prose.paragraph(Math.min(35 + random.nextInt(76), Math.max(words - total, 12)));
            paragraphs.add(paragraph);
            total += paragraph.size();
        }
        return paragraphs;
    }

    /** Marks 0–10 anchors of 1–5 words in the paragraphs as {@code [n][…]}, numbered in reading order. */
    private List<LinkTarget> markLinks(SplittableRandom random, Prose prose, List<List<String>> paragraphs, int index) {
        int wanted = random.nextInt(100) < 30 ? 0 : 1 + random.nextInt(10);
        List<boolean[]> used = new ArrayList<>();
        paragraphs.forEach(p -> used.add(new boolean[p.size() + 1]));
        List<int[]> anchors = new ArrayList<>();
        for (int attempt = 0; anchors.size() < wanted && attempt < 200; attempt++) {
            int p = random.nextInt(paragraphs.size());
            int length = 1 + random.nextInt(5);
            int start = random.nextInt(Math.max(1, paragraphs.get(p).size() - length));
            int end = Math.min(start + length, paragraphs.get(p).size()) - 1;
            if (isFree(used.get(p), start, end)) {
                for (int w = Math.max(0, start - 1); w <= end + 1; w++) {
                    used.get(p)[w] = true;
                }
                anchors.add(new int[] {p, start, end});
            }
        }
        anchors.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
        List<LinkTarget> links = new ArrayList<>();
        for (int[] anchor : anchors) {
            int number = links.size() + 1;
            List<String> words = paragraphs.get(anchor[0]);
            words.set(anchor[1], "[" + number + "][" + words.get(anchor[1]));
            words.set(anchor[2], words.get(anchor[2]) + "]");
            links.add(new LinkTarget(number, random.nextInt(100) < 55 ? internalTarget(random, index)
                    : prose.externalUrl()));
        }
        return links;
    }

    private static boolean isFree(boolean[] used, int start, int end) {
        for (int w = start; w <= end; w++) {
            if (used[w]) {
                return false;
            }
        }
        return true;
    }

    private String internalTarget(SplittableRandom random, int index) {
        int other = other(random, index);
        return random.nextInt(100) < 15 ? "/!" + id(other) : "/" + Text.slug(kicker(other)) + "/!" + id(other);
    }

    /** Another article of the corpus (the article itself in a corpus of one). */
    private int other(SplittableRandom random, int index) {
        if (count == 1) {
            return index;
        }
        int other = random.nextInt(count - 1);
        return other >= index ? other + 1 : other;
    }

    private static List<Block> blocks(SplittableRandom random, Prose prose, List<List<String>> paragraphs,
            String dateline) {
        int subheadings = Math.min(5, random.nextInt(paragraphs.size() / 3 + 1));
        Set<Integer> before = new LinkedHashSet<>();
        if (random.nextInt(100) < 5) {
            before.add(0);
        }
        for (int attempt = 0; before.size() < subheadings && paragraphs.size() > 1 && attempt < 50; attempt++) {
            before.add(1 + random.nextInt(paragraphs.size() - 1));
        }
        List<Block> blocks = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            if (before.contains(p)) {
                blocks.add(new Block(true, prose.subheading()));
            }
            String text = String.join(" ", paragraphs.get(p));
            blocks.add(new Block(false, p == 0 && dateline != null && !before.contains(0)
                    ? dateline + " taz | " + text : text));
        }
        return blocks;
    }

    private List<Named> authors(SplittableRandom random) {
        int wanted = weighted(random, new int[] {70, 22, 8}) + 1;
        Set<Named> authors = new LinkedHashSet<>();
        while (authors.size() < wanted) {
            authors.add(pools.author(random));
        }
        return List.copyOf(authors);
    }

    /** 3–6 other articles, each related through one of its own tags. */
    private List<Related> related(SplittableRandom random, int index) {
        int wanted = Math.min(3 + random.nextInt(4), count - 1);
        Set<Integer> others = new LinkedHashSet<>();
        while (others.size() < wanted) {
            others.add(other(random, index));
        }
        List<Related> related = new ArrayList<>();
        for (int other : others) {
            List<Named> tags = ownTags(other);
            related.add(new Related(id(other), title(other), Text.slug(kicker(other)), lead(other),
                    tags.get(random.nextInt(tags.size()))));
        }
        return related;
    }
}
