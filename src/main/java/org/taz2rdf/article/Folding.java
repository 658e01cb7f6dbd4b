package org.taz2rdf.article;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds names and titles into comparable keys, independent of the default locale: umlauts become
 * {@code ae oe ue}, {@code ß} becomes {@code ss}, other accents are dropped, quotes and punctuation vanish.
 * taz builds its address slugs the same way ({@code Ron-DeSantis-will-US-Praesident-werden}).
 */
public final class Folding {

    private Folding() {}

    /**
     * A lower-case key of letters and digits separated by single hyphens: {@code "Twitter / X"} becomes
     * {@code twitter-x}, {@code "X-Gespräch von Musk"} becomes {@code x-gespraech-von-musk}.
     */
    public static String slug(String text) {
        String folded = transliterate(text).toLowerCase(Locale.ROOT);
        StringBuilder slug = new StringBuilder(folded.length());
        boolean pendingHyphen = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (pendingHyphen && slug.length() > 0) {
                    slug.append('-');
                }
                slug.append(c);
                pendingHyphen = false;
            } else if (c != '\'' && c != '’') {
                pendingHyphen = true;
            }
        }
        return slug.toString();
    }

    /** Replaces umlauts and ß by their two-letter forms and drops other diacritics; keeps case. */
    public static String transliterate(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case 'ä' -> out.append("ae");
                case 'ö' -> out.append("oe");
                case 'ü' -> out.append("ue");
                case 'Ä' -> out.append("Ae");
                case 'Ö' -> out.append("Oe");
                case 'Ü' -> out.append("Ue");
                case 'ß' -> out.append("ss");
                case 'ẞ' -> out.append("SS");
                default -> out.append(c);
            }
        }
        if (isAscii(out)) {
            return out.toString();
        }
        String decomposed = Normalizer.normalize(out, Normalizer.Form.NFD);
        StringBuilder unmarked = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); ) {
            int codePoint = decomposed.codePointAt(i);
            i += Character.charCount(codePoint);
            int type = Character.getType(codePoint);
            if (type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK
                    && type != Character.ENCLOSING_MARK) {
                unmarked.appendCodePoint(codePoint);
            }
        }
        return unmarked.toString();
    }

    private static boolean isAscii(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7F) {
                return false;
            }
        }
        return true;
    }
}
