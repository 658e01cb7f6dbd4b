package org.taz2rdf.bench;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Small text helpers of the corpus generator: wrapping as taz does, address slugs, and meulie's byte cut. */
final class Text {

    /** taz wraps text so that no line is longer than this many characters. */
    static final int WRAP = 75;
    /** meulie keeps this many bytes of a longer line and appends "…". */
    static final int CUT_BYTES = 79;

    private Text() {}

    static <T> T pick(SplittableRandom random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** Greedy wrapping at {@code width} characters (code points); a word longer than that stands alone. */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int length = 0;
        for (String word : text.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            int wordLength = word.codePointCount(0, word.length());
            if (length > 0 && length + 1 + wordLength > width) {
                lines.add(line.toString());
                line.setLength(0);
                length = 0;
            }
            if (length > 0) {
                line.append(' ');
                length++;
            }
            line.append(word);
            length += wordLength;
        }
        if (length > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    /**
     * What meulie shows of a line: up to 79 bytes as they are; a longer line cut to its first 79 bytes, a
     * character split by the cut replaced by U+FFFD, and "…" appended.
     */
    static String proxyCut(String line) {
        if (utf8Length(line) <= CUT_BYTES) {
            return line;
        }
        StringBuilder kept = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < line.length();) {
            int codePoint = line.codePointAt(i);
            int size = utf8Length(new String(Character.toChars(codePoint)));
            if (bytes + size > CUT_BYTES) {
                if (bytes < CUT_BYTES) {
                    kept.append('\uFFFD');
                }
                break;
            }
            kept.appendCodePoint(codePoint);
            bytes += size;
            i += Character.charCount(codePoint);
        }
        return kept.append('\u2026').toString();
    }

    /** A taz address slug: umlauts transliterated, other accents and punctuation dropped, words joined by '-'. */
    static String slug(String text) {
        String transliterated = text.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("Ä", "Ae")
                .replace("Ö", "Oe").replace("Ü", "Ue").replace("ß", "ss");
        String plain = Normalizer.normalize(transliterated, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        StringBuilder slug = new StringBuilder();
        boolean gap = false;
        for (char c : plain.toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                if (gap && slug.length() > 0) {
                    slug.append('-');
                }
                slug.append(c);
                gap = false;
            } else {
                gap = true;
            }
        }
        return slug.toString();
    }

    static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** splitmix64: a well-mixed seed for article {@code index} and purpose {@code salt}. */
    static long mix(long seed, long index, long salt) {
        long z = seed + index * 0x9E3779B97F4A7C15L + salt * 0xD1B54A32D192ED03L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
