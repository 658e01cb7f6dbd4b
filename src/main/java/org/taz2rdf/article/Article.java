package org.taz2rdf.article;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One taz article as read from its text. Optional parts are null or empty where the source does not give
 * them; nothing is guessed.
 *
 * @param tazId the article's taz id (digits only), null where unknown
 * @param title the title line
 * @param lead the lead ({@code > } lines joined), null if absent
 * @param image the image, null if absent
 * @param dateline the place of the dateline ({@code Berlin} of {@code Berlin taz | }), null if absent
 * @param body paragraphs and sub-headings in order
 * @param datePublished the date line, null if the capture has none
 * @param links the inline links in marker order
 * @param authors the authors in order
 * @param ownTags the article's own tags, distinct, in order
 * @param related the related articles in order
 * @param section the section (Ressort) where the source address gives one, null otherwise
 * @param lossy whether the source lost text: a cut line, or a capture that stops early
 */
public record Article(
        String tazId,
        Title title,
        String lead,
        Image image,
        String dateline,
        List<BodyBlock> body,
        LocalDate datePublished,
        List<Link> links,
        List<Person> authors,
        List<Tag> ownTags,
        List<RelatedArticle> related,
        String section,
        boolean lossy) {

    public Article {
        Objects.requireNonNull(title, "title");
        body = List.copyOf(body);
        links = List.copyOf(links);
        authors = List.copyOf(authors);
        ownTags = List.copyOf(ownTags);
        related = List.copyOf(related);
    }
}
