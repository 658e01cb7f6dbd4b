package org.taz2rdf.parse;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds taz ids in names and addresses: an article id is {@code !} followed by digits ({@code !5536273}, also
 * percent-encoded as {@code %215536273}); a file named only by digits ({@code 5536273.txt}) names one too.
 * Menus carry letters: {@code !t…} tag, {@code !a…} author, {@code !p…} section.
 */
public final class ArticleIds {

    private static final Pattern ARTICLE = Pattern.compile("(?:!|%21)(\\d{4,9})(?!\\d)");
    private static final Pattern DIGITS_FILE = Pattern.compile("(?:^|[/\\\\])(\\d{5,9})(?:\\.[A-Za-z]+)?$");
    private static final Pattern MENU = Pattern.compile("(?:!|%21)([tap])(\\d{3,9})(?!\\d)");
    private static final Pattern SLUG = Pattern.compile("([^/\\\\!%]+)[/\\\\](?:!|%21)\\d{4,9}(?!\\d)");

    private ArticleIds() {}

    /** The article id in a path, file name or address; the last one wins, as in {@code Slug/!123/…}. */
    public static Optional<String> articleId(String name) {
        Matcher m = ARTICLE.matcher(name);
        String found = null;
        while (m.find()) {
            found = m.group(1);
        }
        if (found == null) {
            Matcher digits = DIGITS_FILE.matcher(name);
            if (digits.find()) {
                found = digits.group(1);
            }
        }
        return Optional.ofNullable(found);
    }

    /** A menu id ({@code t5007672}, {@code a42996}, {@code p4611}) in a name or address. */
    public static Optional<String> menuId(String name) {
        Matcher m = MENU.matcher(name);
        String found = null;
        while (m.find()) {
            found = m.group(1) + m.group(2);
        }
        return Optional.ofNullable(found);
    }

    /** The address slug before the article id ({@code Ron-DeSantis-will-US-Praesident-werden}), if any. */
    public static Optional<String> slug(String name) {
        Matcher m = SLUG.matcher(name);
        String found = null;
        while (m.find()) {
            found = m.group(1);
        }
        return Optional.ofNullable(found);
    }
}
