package org.taz2rdf.parse;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.taz2rdf.article.Folding;

/**
 * Tells the kicker of a title {@code Kicker: Headline} apart from its headline. Either part may contain
 * {@code ": "}, so a title with several is settled only by an address slug, which taz builds from the kicker
 * (sometimes from the headline); a title with one {@code ": "} splits there.
 */
final class KickerSplitter {

    private KickerSplitter() {}

    /** The outcome: the kicker (absent where the title has none or it cannot be told), and whether it was ambiguous. */
    record Split(Optional<String> kicker, boolean ambiguous) {}

    static Split split(String title, Collection<String> slugs) {
        List<Integer> colons = colonPositions(title);
        if (colons.isEmpty()) {
            return new Split(Optional.empty(), false);
        }
        for (String slug : slugs) {
            String wanted = Folding.slug(slug);
            for (int colon : colons) {
                String kicker = title.substring(0, colon).strip();
                String headline = title.substring(colon + 2).strip();
                if (wanted.equals(Folding.slug(kicker)) || wanted.equals(Folding.slug(headline))) {
                    return new Split(Optional.of(kicker), false);
                }
            }
        }
        if (colons.size() == 1) {
            return new Split(Optional.of(title.substring(0, colons.get(0)).strip()), false);
        }
        return new Split(Optional.empty(), true);
    }

    /** Whether the slug names this title's kicker or headline at any of its colons. */
    static boolean slugMatches(String title, String slug) {
        String wanted = Folding.slug(slug);
        if (wanted.isEmpty()) {
            return false;
        }
        for (int colon : colonPositions(title)) {
            if (wanted.equals(Folding.slug(title.substring(0, colon)))
                    || wanted.equals(Folding.slug(title.substring(colon + 2)))) {
                return true;
            }
        }
        return wanted.equals(Folding.slug(title));
    }

    private static List<Integer> colonPositions(String title) {
        List<Integer> colons = new ArrayList<>();
        for (int i = title.indexOf(": "); i > 0; i = title.indexOf(": ", i + 1)) {
            colons.add(i);
        }
        return colons;
    }
}
