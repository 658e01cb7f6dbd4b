package org.taz2rdf.article;

import java.util.Objects;

/**
 * An inline link: the marker {@code [n][anchor]} in the body with its target under LINKS.
 *
 * @param number the marker's number n
 * @param anchor the anchor text, line breaks folded into single spaces
 * @param target the target as the source gives it (site-relative or absolute); null when the input has no
 *     entry for this number; when {@code truncated}, only the visible part
 * @param truncated whether the target was cut by the server or a proxy
 */
public record Link(int number, String anchor, String target, boolean truncated) {

    public Link {
        Objects.requireNonNull(anchor, "anchor");
        if (number < 1) {
            throw new IllegalArgumentException("link numbers start at 1");
        }
    }
}
