package org.taz2rdf.parse;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The end sections as read: each section's lines, the related entries, and whether the related list is
 * known to be whole (the split of TAGS needs its full length).
 */
record EndSections(Map<Section, List<Line>> lines, List<RelatedEntry> related, boolean relatedComplete,
        boolean relatedTitlesDropped) {

    EndSections {
        lines = Map.copyOf(lines.isEmpty() ? new EnumMap<>(Section.class) : lines);
        related = List.copyOf(related);
    }

    boolean has(Section section) {
        return lines.containsKey(section);
    }

    List<Line> of(Section section) {
        return lines.getOrDefault(section, List.of());
    }
}
