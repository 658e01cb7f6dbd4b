package org.taz2rdf.article;

import java.util.Objects;

/**
 * The title line of an article or of a related-article entry.
 *
 * @param display the title as displayed, without {@code taz.de -- } ("Kicker: Headline")
 * @param kicker the kicker, where it can be told apart from the headline; null otherwise
 * @param truncated whether the line was cut by the server or a proxy
 */
public record Title(String display, String kicker, boolean truncated) {

    public Title {
        Objects.requireNonNull(display, "display");
    }
}
