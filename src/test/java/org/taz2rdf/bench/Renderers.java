package org.taz2rdf.bench;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.taz2rdf.bench.GeneratedArticle.Block;
import org.taz2rdf.bench.GeneratedArticle.LinkTarget;
import org.taz2rdf.bench.GeneratedArticle.Related;
import org.taz2rdf.bench.Pools.Named;

/**
 * The renderings of a generated article, as {@code docs/format.md} describes them: raw Gopher (RFC 1436), the
 * cortex proxy, meulie's pipe rendering, and raw gemtext. Stateless.
 */
final class Renderers {

    private static final String INDENT = "       ";

    private Renderers() {}

    /** RFC 1436 menu: {@code <type><display>TAB<selector>TAB<host>TAB<port>} CRLF, info lines {@code fake (NULL) 0}, ending {@code .}. */
    static byte[] gopherRaw(GeneratedArticle article) {
        StringBuilder out = new StringBuilder(16_384);
        for (GopherPage.Line line : GopherPage.of(article)) {
            out.append(line.type()).append(line.text()).append('\t');
            if (line.type() == 'i') {
                out.append("fake\t(NULL)\t0");
            } else {
                out.append(line.selector()).append("\ttaz.de\t70");
            }
            out.append("\r\n");
        }
        return out.append(".\r\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** cortex: the first line as it is, info lines indented by 7 spaces (blank ones too), items with a gutter. */
    static byte[] cortex(GeneratedArticle article) {
        StringBuilder out = new StringBuilder(16_384);
        List<GopherPage.Line> lines = GopherPage.of(article);
        for (int i = 0; i < lines.size(); i++) {
            GopherPage.Line line = lines.get(i);
            String gutter = switch (line.type()) {
                case 'i' -> i == 0 ? "" : INDENT;
                case 'I' -> " (IMG) ";
                case 'h' -> " (HTM) ";
                default -> " (DIR) ";
            };
            out.append(gutter).append(line.text()).append('\n');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** meulie "pipe": blank lines dropped, long lines cut at 79 bytes + "…", each line {@code | text | |}. */
    static byte[] pipe(GeneratedArticle article) {
        StringBuilder out = new StringBuilder(16_384);
        for (GopherPage.Line line : GopherPage.of(article)) {
            if (!line.isBlank()) {
                out.append("| ").append(Text.proxyCut(line.text())).append(" | |\n");
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A raw Gemini response: status line (CRLF), then unwrapped gemtext with {@code =>} link lines (LF). */
    static byte[] gemtext(GeneratedArticle article) {
        StringBuilder out = new StringBuilder(16_384);
        out.append("20 text/gemini;lang=de\r\n");
        out.append("# taz.de -- ").append(article.title()).append("\n\n");
        out.append("> ").append(article.lead()).append('\n');
        if (article.image() != null) {
            out.append("=> ").append(article.image().selector()).append(" Bild: ").append(article.image().caption())
                    .append('\n');
        }
        out.append('\n');
        for (Block block : article.body()) {
            out.append(block.subheading() ? "## " : "").append(block.text()).append("\n\n");
        }
        out.append(article.dateLine()).append("\n\n");
        if (!article.links().isEmpty()) {
            out.append("## LINKS\n\n");
            for (LinkTarget link : article.links()) {
                out.append("=> ").append(link.target()).append(" [").append(link.number()).append("] ")
                        .append(link.target()).append('\n');
            }
            out.append('\n');
        }
        out.append("## AUTOREN\n\n");
        article.authors().forEach(author -> out.append("=> /!").append(author.tazId()).append(' ')
                .append(author.name()).append('\n'));
        out.append("\n## TAGS\n\n");
        article.ownTags().forEach(tag -> gemtextTag(out, tag));
        article.related().forEach(related -> gemtextTag(out, related.via()));
        out.append("\n## ARTIKEL ZUM THEMA\n");
        for (Related related : article.related()) {
            out.append("\n=> /").append(related.slug()).append("/!").append(related.id()).append(' ')
                    .append(related.title()).append('\n').append(related.teaser()).append('\n');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void gemtextTag(StringBuilder out, Named tag) {
        out.append("=> /").append(tag.slug()).append("/!").append(tag.tazId()).append(' ').append(tag.name())
                .append('\n');
    }
}
