package org.taz2rdf.article;

import java.util.Objects;

/**
 * The image of an article, of which the text gives only the caption.
 *
 * @param caption the caption, without {@code Bild: } and without the credit
 * @param credit the photographer credit ({@code Foto: …}) where the caption carries one; null otherwise
 * @param url the image's address where a raw response gives it; null otherwise
 * @param truncated whether the caption line was cut by the server or a proxy
 */
public record Image(String caption, String credit, String url, boolean truncated) {

    public Image {
        Objects.requireNonNull(caption, "caption");
    }
}
