package org.taz2rdf.article;

import java.util.Objects;

/** One block of an article's body: a paragraph or a sub-heading, its link markers replaced by their anchors. */
public sealed interface BodyBlock {

    /** The block's text. */
    String text();

    /** A paragraph of running text (a verse of a poem, a ticker entry and an interview turn are paragraphs too). */
    record Paragraph(String text) implements BodyBlock {
        public Paragraph {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A sub-heading ({@code ## …} in the source), kept as its own block. */
    record Subheading(String text) implements BodyBlock {
        public Subheading {
            Objects.requireNonNull(text, "text");
        }
    }
}
