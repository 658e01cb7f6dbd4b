package org.taz2rdf.parse;

import java.util.Optional;

/** The end sections of a taz article, in their order on the page. */
enum Section {
    LINKS("LINKS"),
    AUTHORS("AUTOREN"),
    TAGS("TAGS"),
    RELATED("ARTIKEL ZUM THEMA");

    private final String heading;

    Section(String heading) {
        this.heading = heading;
    }

    /** The heading as the page shows it, without {@code ## }. */
    String heading() {
        return heading;
    }

    /**
     * The section a line opens: {@code ## TAGS}; a bare {@code TAGS} only where the rendering stripped the
     * heading marks.
     */
    static Optional<Section> opening(Line line, boolean bareHeadings) {
        String text = line.text().strip();
        if (text.startsWith("## ")) {
            text = text.substring(3).strip();
        } else if (!bareHeadings) {
            return Optional.empty();
        }
        for (Section section : values()) {
            if (section.heading.equals(text)) {
                return Optional.of(section);
            }
        }
        return Optional.empty();
    }
}
