package org.taz2rdf.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One typical article of a generated corpus, for microbenchmarks: among the first 101 articles of the corpus
 * of seed 42, the one of median body length among those with an image and links.
 */
final class TypicalArticle {

    static final long SEED = 42;
    private static final int CORPUS = 10_000;
    private static final int CANDIDATES = 101;

    private TypicalArticle() {}

    static GeneratedArticle article() {
        ArticleFactory factory = new ArticleFactory(SEED, CORPUS);
        List<GeneratedArticle> candidates = new ArrayList<>();
        for (int index = 0; index < CANDIDATES; index++) {
            GeneratedArticle article = factory.article(index);
            if (article.image() != null && !article.links().isEmpty()) {
                candidates.add(article);
            }
        }
        candidates.sort(Comparator.comparingInt(GeneratedArticle::words).thenComparingInt(GeneratedArticle::index));
        return candidates.get(candidates.size() / 2);
    }

    /** The file name the generator gives the article in this rendering (its id is read from it). */
    static String fileName(GeneratedArticle article, CorpusRendering rendering) {
        return "!" + article.id() + rendering.extension();
    }
}
