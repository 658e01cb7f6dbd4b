package org.taz2rdf.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The renderings the corpus generator writes, by their command-line names, with their file name endings. */
enum CorpusRendering {
    PIPE("pipe", ".txt", Renderers::pipe),
    GOPHER_RAW("gopher-raw", ".gophermap", Renderers::gopherRaw),
    GEMTEXT("gemtext", ".gmi", Renderers::gemtext),
    CORTEX("cortex", ".txt", Renderers::cortex);

    private final String cliName;
    private final String extension;
    private final Function<GeneratedArticle, byte[]> renderer;

    CorpusRendering(String cliName, String extension, Function<GeneratedArticle, byte[]> renderer) {
        this.cliName = cliName;
        this.extension = extension;
        this.renderer = renderer;
    }

    String cliName() {
        return cliName;
    }

    String extension() {
        return extension;
    }

    byte[] render(GeneratedArticle article) {
        return renderer.apply(article);
    }

    static CorpusRendering named(String name) {
        for (CorpusRendering rendering : values()) {
            if (rendering.cliName.equals(name.strip().toLowerCase(Locale.ROOT))) {
                return rendering;
            }
        }
        throw new IllegalArgumentException("unknown rendering '" + name + "'; known: pipe, gopher-raw, gemtext, cortex");
    }

    /** A comma-separated list of names, e.g. {@code pipe,gemtext}. */
    static List<CorpusRendering> list(String names) {
        List<CorpusRendering> renderings = new ArrayList<>();
        for (String name : names.split(",")) {
            if (!name.isBlank()) {
                renderings.add(named(name));
            }
        }
        if (renderings.isEmpty()) {
            throw new IllegalArgumentException("no rendering given");
        }
        return List.copyOf(renderings);
    }
}
