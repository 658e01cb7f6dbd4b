package org.taz2rdf.harvest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.taz2rdf.harvest.TazFixtures.Article;

/**
 * Renders the fictional {@link TazFixtures} pages as raw RFC 1436 gophermaps (UTF-8, CRLF, last line
 * {@code "."}), items pointing at the test server's host and port. Articles follow
 * {@code fictional-raw-gopher-!9000010.txt} (info lines {@code fake}/{@code (NULL)}/{@code 0}, text wrapped at
 * 75 characters, blank info lines between paragraphs); menus follow {@code fictional-raw-gopher-menu-!t5000003.txt}
 * (info lines with an empty selector, {@code error.host}, port {@code 1}).
 */
final class FixtureGophermap {

    /** Longest taz text line in a gophermap, {@code "> "} of a lead included (format.md §1.2, §1.4). */
    static final int WIDTH = 75;

    private final String host;
    private final int port;

    FixtureGophermap(String host, int port) {
        this.host = host;
        this.port = port;
    }

    /** A section, tag or author menu: title info line, then per article a type-1 item and its teaser. */
    byte[] menu(String title, List<String> ids) {
        Lines map = new Lines(host, port, "\terror.host\t1");
        map.info(title);
        map.info("");
        for (String id : ids) {
            Article article = TazFixtures.article(id);
            map.item('1', article.title(), article.slugSelector());
            wrap(article.lead(), WIDTH).forEach(map::info);
            map.info("");
        }
        return map.end();
    }

    /** An article in the shape of {@code fictional-raw-gopher-!9000010.txt}. */
    byte[] article(Article article) {
        Lines map = new Lines(host, port, "fake\t(NULL)\t0");
        map.info("# taz.de -- " + article.title());
        map.info("");
        wrap(article.lead(), WIDTH - 2).forEach(line -> map.info("> " + line));
        map.info("");
        if (article.image() != null) {
            map.item('I', "Bild: " + article.caption(), article.image());
            map.info("");
        }
        for (String paragraph : article.paragraphs()) {
            wrap(paragraph, WIDTH).forEach(map::info);
            map.info("");
        }
        map.info(article.date());
        map.info("");
        if (!article.links().isEmpty()) {
            section(map, "LINKS");
            int n = 0;
            for (String target : article.links()) {
                String display = "[" + ++n + "] " + target;
                if (target.startsWith("/")) {
                    map.item('1', display, target);
                } else {
                    map.item('h', display, "URL:" + target);
                }
            }
            map.info("");
        }
        section(map, "AUTOREN");
        map.item('1', TazFixtures.AUTHOR_NAME, TazFixtures.AUTHOR_SELECTOR);
        map.info("");
        section(map, "TAGS");
        for (int i = 0; i <= article.related().size(); i++) { // own tag, then one "via" tag per related article
            map.item('1', TazFixtures.TAG_NAME, TazFixtures.TAG_SELECTOR);
        }
        map.info("");
        section(map, "ARTIKEL ZUM THEMA");
        for (String id : article.related()) {
            Article related = TazFixtures.article(id);
            map.item('1', related.title(), "/!" + id);
            map.info("");
            wrap(related.lead(), WIDTH).forEach(map::info);
            map.info("");
        }
        return map.end();
    }

    private static void section(Lines map, String name) {
        map.info("## " + name);
        map.info("");
    }

    /** Greedy word wrap to lines of at most {@code width} characters. */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    /** A gophermap under construction. */
    private static final class Lines {
        private final StringBuilder text = new StringBuilder();
        private final String host;
        private final int port;
        private final String infoTail;

        Lines(String host, int port, String infoTail) {
            this.host = host;
            this.port = port;
            this.infoTail = infoTail;
        }

        void info(String line) {
            text.append('i').append(line).append('\t').append(infoTail).append("\r\n");
        }

        void item(char type, String display, String selector) {
            text.append(type).append(display).append('\t').append(selector).append('\t').append(host)
                    .append('\t').append(port).append("\r\n");
        }

        byte[] end() {
            return text.append(".\r\n").toString().getBytes(StandardCharsets.UTF_8);
        }
    }
}
