package org.taz2rdf.bench;

import java.util.ArrayList;
import java.util.List;
import org.taz2rdf.bench.GeneratedArticle.Block;
import org.taz2rdf.bench.GeneratedArticle.LinkTarget;
import org.taz2rdf.bench.GeneratedArticle.Related;
import org.taz2rdf.bench.Pools.Named;

/**
 * An article as the taz Gopher server would serve it: a menu of info lines (title, lead, body, date, section
 * headings, teasers; hard-wrapped at 75 characters), blank info lines between paragraphs and sections, and
 * items for the image, the LINKS entries, the authors, the tags and the related articles. The raw, cortex and
 * meulie renderings are drawn from it.
 */
final class GopherPage {

    /** A line of the menu: its item type ({@code i} info, {@code 1} menu, {@code I} image, {@code h} URL). */
    record Line(char type, String text, String selector) {
        static Line info(String text) {
            return new Line('i', text, null);
        }

        static Line blank() {
            return new Line('i', "", null);
        }

        boolean isBlank() {
            return type == 'i' && text.isEmpty();
        }
    }

    private final List<Line> lines = new ArrayList<>();

    private GopherPage() {}

    static List<Line> of(GeneratedArticle article) {
        GopherPage page = new GopherPage();
        page.build(article);
        return List.copyOf(page.lines);
    }

    private void build(GeneratedArticle article) {
        lines.add(Line.info("# taz.de -- " + article.title()));
        lines.add(Line.blank());
        Text.wrap(article.lead(), Text.WRAP - 2).forEach(line -> lines.add(Line.info("> " + line)));
        lines.add(Line.blank());
        if (article.image() != null) {
            lines.add(new Line('I', "Bild: " + article.image().caption(), article.image().selector()));
            lines.add(Line.blank());
        }
        for (Block block : article.body()) {
            if (block.subheading()) {
                lines.add(Line.info("## " + block.text()));
            } else {
                Text.wrap(block.text(), Text.WRAP).forEach(line -> lines.add(Line.info(line)));
            }
            lines.add(Line.blank());
        }
        lines.add(Line.info(article.dateLine()));
        lines.add(Line.blank());
        if (!article.links().isEmpty()) {
            heading("LINKS");
            for (LinkTarget link : article.links()) {
                String display = "[" + link.number() + "] " + link.target();
                lines.add(link.internal() ? new Line('1', display, link.target())
                        : new Line('h', display, "URL:" + link.target()));
            }
            lines.add(Line.blank());
        }
        heading("AUTOREN");
        article.authors().forEach(author -> lines.add(new Line('1', author.name(), "/!" + author.tazId())));
        lines.add(Line.blank());
        heading("TAGS");
        article.ownTags().forEach(this::tag);
        article.related().forEach(related -> tag(related.via()));
        lines.add(Line.blank());
        heading("ARTIKEL ZUM THEMA");
        lines.add(Line.blank());
        for (Related related : article.related()) {
            lines.add(new Line('1', related.title(), "/" + related.slug() + "/!" + related.id()));
            lines.add(Line.blank());
            Text.wrap(related.teaser(), Text.WRAP).forEach(line -> lines.add(Line.info(line)));
            lines.add(Line.blank());
        }
    }

    private void heading(String name) {
        lines.add(Line.info("## " + name));
        lines.add(Line.blank());
    }

    private void tag(Named tag) {
        lines.add(new Line('1', tag.name(), "/" + tag.slug() + "/!" + tag.tazId()));
    }
}
