package org.taz2rdf.article;

import java.util.Objects;

/**
 * A tag (taz "Thema") as listed under TAGS.
 *
 * @param name the tag as displayed, trailing white space removed
 * @param tazId taz's own id ({@code t5009495}) where a raw response gives it; null otherwise
 */
public record Tag(String name, String tazId) {

    public Tag {
        Objects.requireNonNull(name, "name");
    }
}
