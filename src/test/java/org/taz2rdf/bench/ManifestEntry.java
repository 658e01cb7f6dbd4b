package org.taz2rdf.bench;

import java.util.List;
import org.taz2rdf.bench.Pools.Named;

/**
 * What the generator wrote for one article, as the parser should find it: one line of {@code manifest.tsv}.
 *
 * @param id the taz id
 * @param file the file name in the corpus folder
 * @param rendering the rendering's command-line name
 * @param authors the authors' names
 * @param ownTags the own tags, in order (the via tags of the related articles follow them under TAGS)
 * @param related the number of related articles
 * @param links the number of inline links
 * @param words the words of the body's paragraphs
 * @param image whether the article has an image
 * @param dateline whether the body starts with a dateline
 */
record ManifestEntry(String id, String file, String rendering, List<String> authors, List<String> ownTags,
        int related, int links, int words, boolean image, boolean dateline) {

    static final String HEADER = "id\tfile\trendering\tauthors\town_tags\trelated\tlinks\twords\timage\tdateline";

    ManifestEntry {
        authors = List.copyOf(authors);
        ownTags = List.copyOf(ownTags);
    }

    static ManifestEntry of(GeneratedArticle article, String file, CorpusRendering rendering) {
        return new ManifestEntry(article.id(), file, rendering.cliName(),
                article.authors().stream().map(Named::name).toList(),
                article.ownTags().stream().map(Named::name).toList(), article.related().size(),
                article.links().size(), article.words(), article.image() != null, article.datelinePlace() != null);
    }

    /** The TSV line; names are joined with {@code " | "} (no generated name holds a {@code |} or a tab). */
    String tsv() {
        return String.join("\t", id, file, rendering, String.join(" | ", authors), String.join(" | ", ownTags),
                Integer.toString(related), Integer.toString(links), Integer.toString(words), Boolean.toString(image),
                Boolean.toString(dateline));
    }
}
