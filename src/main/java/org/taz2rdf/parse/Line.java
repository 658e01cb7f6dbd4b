package org.taz2rdf.parse;

/**
 * One line of taz text after the rendering around it was removed.
 *
 * @param number the 1-based line number in the input
 * @param column the 1-based column in the input where {@code text} starts
 * @param text the taz text of the line (for a link item: its display text)
 * @param target for a link item (Gopher item line, Gemini {@code =>} line), its absolute address; else null
 * @param item whether the rendering shows this line as a link item (also when it hides the address)
 * @param cut whether the rendering cut the line and {@code text} lost its end (the proxy's marks removed)
 */
record Line(int number, int column, String text, String target, boolean item, boolean cut) {

    static Line text(int number, int column, String text) {
        return new Line(number, column, text, null, false, false);
    }

    boolean isBlank() {
        return text.isBlank() || text.strip().equals("\u2800");
    }

    Line withText(String newText) {
        return new Line(number, column, newText, target, item, cut);
    }
}
