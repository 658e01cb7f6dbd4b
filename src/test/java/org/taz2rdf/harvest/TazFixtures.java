package org.taz2rdf.harvest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small, <b>entirely fictional</b> taz site for the harvest tests, served by {@link TestGopherServer} and
 * {@link TestGeminiServer}. Every article, person, quote, place-bound event, id and URL below was invented for
 * taz2rdf's tests; no text is taken from taz. The ids ({@code !90001xx}, {@code !t5000101},
 * {@code !a42101}, images {@code /image/79011xx/…}) are not real taz ids and do not collide with the fictional
 * golden files ({@code !90000xx}); external hosts use the reserved TLD {@code .example}.
 *
 * <p>The site: section menu {@code !p4611} (Gesellschaft) with articles 9000101–9000106, tag menu
 * {@code !t5000101} (Ehrenamt) with 9000102, 9000104 and 9000107 (only reachable through the tag and author
 * menus), author menu {@code !a42101} (Jana Wendland) with all seven. Every article lists the author, the tag
 * (own tag plus one "via" tag per related article, format.md §1.9) and related articles by {@code /!<id>};
 * 9000101 and 9000106 have {@code ## LINKS} (internal {@code /<Slug>/!<id>} and external {@code URL:} links).
 * The shapes follow the golden files {@code fictional-raw-gopher-!9000010.txt} (articles),
 * {@code fictional-raw-gopher-menu-!t5000003.txt} (menus) and {@code fictional-raw-gemtext-!9000020.txt}.
 */
public final class TazFixtures {

    /** The seven article ids, 7 digits without {@code !}. */
    public static final List<String> ARTICLE_IDS =
            List.of("9000101", "9000102", "9000103", "9000104", "9000105", "9000106", "9000107");
    /** The six ids linked from the section menu (all but 9000107). */
    public static final List<String> SECTION_ARTICLE_IDS = ARTICLE_IDS.subList(0, 6);
    /** The three ids linked from the tag menu: two of the section and 9000107. */
    public static final List<String> TAG_ARTICLE_IDS = List.of("9000102", "9000104", "9000107");

    public static final String SECTION_SELECTOR = "/!p4611";
    /** Gemini section pages end with a slash (format.md §5). */
    public static final String SECTION_PATH = "/!p4611/";
    public static final String TAG_SELECTOR = "/!t5000101";
    public static final String AUTHOR_SELECTOR = "/!a42101";

    static final String SECTION_NAME = "Gesellschaft";
    static final String TAG_NAME = "Ehrenamt";
    static final String AUTHOR_NAME = "Jana Wendland";

    /** One fictional article; paragraphs starting {@code "## "} are subheads; body text holds {@code [n][…]}. */
    record Article(String id, String kicker, String headline, String lead, String image, String caption,
            List<String> paragraphs, String date, List<String> links, List<String> related) {

        String title() {
            return kicker + ": " + headline;
        }

        /** {@code /<Slug>/!<id>}, the slug being the kicker transliterated (format.md §5). */
        String slugSelector() {
            return "/" + slug(kicker) + "/!" + id;
        }
    }

    private TazFixtures() {}

    /** Selector → raw gophermap (CRLF, ending {@code ".\r\n"}), item lines pointing at 127.0.0.1:{@code port}. */
    public static Map<String, byte[]> gopherSite(int port) {
        return gopherSite("127.0.0.1", port);
    }

    /** The same site with items pointing at {@code host:port}, e.g. {@code taz.de:70} as the real server would. */
    static Map<String, byte[]> gopherSite(String host, int port) {
        FixtureGophermap render = new FixtureGophermap(host, port);
        Map<String, byte[]> site = new LinkedHashMap<>();
        site.put(SECTION_SELECTOR, render.menu("# taz.de -- " + SECTION_NAME, SECTION_ARTICLE_IDS));
        site.put(TAG_SELECTOR, render.menu("# taz.de -- " + TAG_NAME, TAG_ARTICLE_IDS));
        site.put(AUTHOR_SELECTOR, render.menu("# taz.de -- Artikel von " + AUTHOR_NAME, ARTICLE_IDS));
        for (Article article : FixtureArticles.ALL.values()) {
            byte[] page = render.article(article);
            site.put(article.slugSelector(), page);
            site.put("/!" + article.id(), page);
        }
        return site;
    }

    /** Path → gemtext body without status line (LF); {@link TestGeminiServer#put} adds {@code 20 text/gemini;lang=de}. */
    public static Map<String, String> geminiSite() {
        Map<String, String> site = new LinkedHashMap<>();
        site.put(SECTION_PATH, FixtureGemtext.menu("# taz.de -- " + SECTION_NAME, SECTION_ARTICLE_IDS));
        site.put(TAG_SELECTOR, FixtureGemtext.menu("# taz.de -- " + TAG_NAME, TAG_ARTICLE_IDS));
        site.put(AUTHOR_SELECTOR, FixtureGemtext.menu("# taz.de -- Alle Artikel von " + AUTHOR_NAME, ARTICLE_IDS));
        for (Article article : FixtureArticles.ALL.values()) {
            String page = FixtureGemtext.article(article);
            site.put("/!" + article.id(), page);
            site.put(article.slugSelector(), page);
        }
        return site;
    }

    /** The gopher selector {@code /<Slug>/!<id>} the section and tag menus use for an article. */
    public static String articleSelector(String id) {
        return article(id).slugSelector();
    }

    /** {@code Kicker: Headline} of an article. */
    public static String title(String id) {
        return article(id).title();
    }

    static Article article(String id) {
        Article article = FixtureArticles.ALL.get(id);
        if (article == null) {
            throw new IllegalArgumentException("no fixture article " + id);
        }
        return article;
    }

    /** Kicker → URL slug: umlauts transliterated, accents dropped, punctuation removed, spaces to hyphens. */
    static String slug(String kicker) {
        String ascii = kicker.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
                .replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue").replace("ß", "ss").replace("é", "e");
        return String.join("-", ascii.replaceAll("[^A-Za-z0-9 -]", "").trim().split(" +"));
    }
}
