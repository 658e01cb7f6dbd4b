package org.taz2rdf.article;

import java.util.Objects;

/**
 * An entry of ARTIKEL ZUM THEMA.
 *
 * @param title its title line
 * @param teaser its teaser, lines joined; null where the capture shows none
 * @param tazId the related article's taz id where the input gives or settles it; null otherwise
 * @param via the tag through which taz relates it (its trailing TAGS entry); null where that is unknown
 */
public record RelatedArticle(Title title, String teaser, String tazId, Tag via) {

    public RelatedArticle {
        Objects.requireNonNull(title, "title");
    }

    /** The same entry with its id settled. */
    public RelatedArticle withTazId(String id) {
        return new RelatedArticle(title, teaser, id, via);
    }

    /** The same entry with the tag it is related through. */
    public RelatedArticle withVia(Tag tag) {
        return new RelatedArticle(title, teaser, tazId, tag);
    }
}
