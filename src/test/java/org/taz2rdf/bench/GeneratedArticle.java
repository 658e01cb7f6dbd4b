package org.taz2rdf.bench;

import java.time.LocalDate;
import java.util.List;
import org.taz2rdf.bench.Pools.Named;

/**
 * One fictional article as the corpus generator made it, in terms of the taz layer (before any rendering):
 * what a parser should find in every rendering of it.
 *
 * @param index the article's position in the corpus
 * @param id its taz id (7 digits)
 * @param kicker the kicker, without {@code ": "}
 * @param headline the headline, without {@code ": "}
 * @param lead the lead, one paragraph
 * @param image the image, null for an article without one
 * @param datelinePlace the place of the dateline ({@code Kiel taz | }), null if the body has none
 * @param body paragraphs (with {@code [n][anchor]} markers) and sub-headings, in order
 * @param date the date line's date
 * @param links the LINKS entries, numbered as the markers
 * @param authors 1–3 authors
 * @param ownTags the article's own tags, distinct
 * @param related the related articles, each with the tag it is related through
 */
record GeneratedArticle(int index, String id, String kicker, String headline, String lead, Image image,
        String datelinePlace, List<Block> body, LocalDate date, List<LinkTarget> links, List<Named> authors,
        List<Named> ownTags, List<Related> related) {

    private static final List<String> MONTHS =
            List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");

    GeneratedArticle {
        body = List.copyOf(body);
        links = List.copyOf(links);
        authors = List.copyOf(authors);
        ownTags = List.copyOf(ownTags);
        related = List.copyOf(related);
    }

    /** An image: its caption (with a trailing {@code Foto: Name} credit where there is one) and selector. */
    record Image(String caption, String selector) {}

    /** A paragraph or a sub-heading of the body. */
    record Block(boolean subheading, String text) {}

    /** A LINKS entry: a site-relative taz address {@code /Slug/!id} or an absolute URL. */
    record LinkTarget(int number, String target) {
        boolean internal() {
            return target.startsWith("/");
        }
    }

    /** An ARTIKEL ZUM THEMA entry: another article of the corpus, and the tag it is related through. */
    record Related(String id, String title, String slug, String teaser, Named via) {}

    String title() {
        return kicker + ": " + headline;
    }

    /** The date line as taz writes it: {@code 3 Oct 2025}. */
    String dateLine() {
        return date.getDayOfMonth() + " " + MONTHS.get(date.getMonthValue() - 1) + " " + date.getYear();
    }

    /** The words of the body's paragraphs (markers not counted). */
    int words() {
        int words = 0;
        for (Block block : body) {
            if (!block.subheading()) {
                words += block.text().split(" ").length;
            }
        }
        return words;
    }

    /** The address of this article as other articles link to it. */
    String address() {
        return "/" + Text.slug(kicker) + "/!" + id;
    }
}
