package org.taz2rdf.parse;

import java.util.List;
import java.util.regex.Pattern;

/** Tells which {@link Rendering} a text comes in, from its first lines and the shape of its lines. */
final class RenderingDetector {

    static final String MEULIE_CHROME_1 = "Introduction";
    static final String MEULIE_CHROME_2 = "Introduction Statistics Contact Development Disclaimer Help";
    static final String PHOXY_HEADER = "GOPHERSPACE.DE - P H O X Y";
    static final String GKBRK_HEADER = "-- Leo's gemini proxy";
    static final String GKBRK_LAST_HEADER = "-- Meta line:";
    static final String CELERY_HEADER = "\uD83D\uDCBE Archived View for ";
    static final String CELERY_LAST_HEADER = "-=-=-=-=-=-=-";

    private static final Pattern GOPHER_ITEM = Pattern.compile("[0-9A-Za-z+:;<?*%.\\-][^\t]*\t[^\t]*(\t.*)?");
    private static final Pattern GEMINI_STATUS = Pattern.compile("[1-6][0-9]( .*)?");
    private static final Pattern GUTTER = Pattern.compile(" ?\\([A-Z?]{3}\\) .*|   [A-Z]{3} .*");
    private static final String INDENT = "       ";

    private RenderingDetector() {}

    static Rendering detect(List<String> lines) {
        int first = firstNonBlank(lines);
        if (first < 0) {
            return Rendering.PLAIN;
        }
        String head = lines.get(first);
        if (looksLikeGopherMenu(lines)) {
            return Rendering.GOPHER_RAW;
        }
        if (GEMINI_STATUS.matcher(head).matches() && head.length() > 3 || startsGemtext(lines, first)) {
            return Rendering.GEMTEXT;
        }
        if (head.equals(MEULIE_CHROME_1) && first + 1 < lines.size()
                && lines.get(first + 1).equals(MEULIE_CHROME_2)) {
            return Rendering.MEULIE_RAW;
        }
        if (head.strip().equals(PHOXY_HEADER)) {
            return Rendering.PHOXY;
        }
        if (head.startsWith(GKBRK_HEADER) || head.startsWith(CELERY_HEADER)) {
            return Rendering.GEMINI_PROXY;
        }
        if (head.startsWith("URI:") || lines.stream().anyMatch(l -> GUTTER.matcher(l).matches())
                || lines.stream().filter(l -> l.startsWith(INDENT) && !l.isBlank()).count() >= 2) {
            return Rendering.INDENTED;
        }
        if (head.startsWith("| ") || head.equals("|")) {
            return Rendering.PIPE;
        }
        if (head.endsWith(" | |")) {
            return Rendering.HALF_PIPE;
        }
        if (head.startsWith("taz.de -- ") || head.strip().equals("taz.de")) {
            return Rendering.GEMINI_PROXY;
        }
        return Rendering.PLAIN;
    }

    private static boolean looksLikeGopherMenu(List<String> lines) {
        long nonBlank = 0;
        long items = 0;
        for (String line : lines) {
            if (line.isBlank() || line.equals(".")) {
                continue;
            }
            nonBlank++;
            if (line.indexOf('\t') > 0 && GOPHER_ITEM.matcher(line).matches()) {
                items++;
            }
        }
        return nonBlank > 0 && items * 2 > nonBlank;
    }

    private static boolean startsGemtext(List<String> lines, int first) {
        return lines.get(first).startsWith("# taz.de")
                && lines.stream().anyMatch(line -> line.startsWith("=>"));
    }

    static int firstNonBlank(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }
}
