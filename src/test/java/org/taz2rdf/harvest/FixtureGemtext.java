package org.taz2rdf.harvest;

import java.util.List;
import org.taz2rdf.harvest.TazFixtures.Article;

/**
 * Renders the fictional {@link TazFixtures} pages as gemtext bodies (LF, no status line, text not wrapped) in
 * the shape of {@code fictional-raw-gemtext-!9000020.txt}: lead as one {@code > } line, image as a
 * {@code => … Bild: …} link right after it, {@code => } lines for links, author, tags and related articles.
 */
final class FixtureGemtext {

    private FixtureGemtext() {}

    /** A section, tag or author page: title, then per article {@code => /!<id> Kicker: Headline} and its teaser. */
    static String menu(String title, List<String> ids) {
        StringBuilder page = new StringBuilder(title).append("\n\n");
        for (String id : ids) {
            Article article = TazFixtures.article(id);
            page.append("=> /!").append(id).append(' ').append(article.title()).append('\n')
                    .append(article.lead()).append("\n\n");
        }
        return page.toString();
    }

    /** An article page. */
    static String article(Article article) {
        StringBuilder page = new StringBuilder("# taz.de -- ").append(article.title()).append("\n\n");
        page.append("> ").append(article.lead()).append('\n');
        if (article.image() != null) {
            page.append("=> ").append(article.image()).append(" Bild: ").append(article.caption()).append('\n');
        }
        page.append('\n');
        for (String paragraph : article.paragraphs()) {
            page.append(paragraph).append("\n\n");
        }
        page.append(article.date()).append("\n\n");
        if (!article.links().isEmpty()) {
            page.append("## LINKS\n\n");
            int n = 0;
            for (String target : article.links()) {
                page.append("=> ").append(target).append(" [").append(++n).append("] ").append(target).append('\n');
            }
            page.append('\n');
        }
        page.append("## AUTOREN\n\n=> ").append(TazFixtures.AUTHOR_SELECTOR).append(' ')
                .append(TazFixtures.AUTHOR_NAME).append("\n\n## TAGS\n\n");
        for (int i = 0; i <= article.related().size(); i++) { // own tag, then one "via" tag per related article
            page.append("=> ").append(TazFixtures.TAG_SELECTOR).append(' ').append(TazFixtures.TAG_NAME).append('\n');
        }
        page.append("\n## ARTIKEL ZUM THEMA\n");
        for (String id : article.related()) {
            Article related = TazFixtures.article(id);
            page.append("\n=> /!").append(id).append(' ').append(related.title()).append('\n')
                    .append(related.lead()).append('\n');
        }
        return page.toString();
    }
}
