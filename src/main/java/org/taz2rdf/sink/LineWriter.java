package org.taz2rdf.sink;

import java.io.IOException;
import java.io.Writer;
import org.apache.jena.atlas.io.IO;
import org.apache.jena.atlas.io.IndentedWriter;

/**
 * Jena's {@link IndentedWriter}, with the same output, minus its bookkeeping per character in the middle of a
 * line: there a character or a string without line breaks goes straight to the output. Everything else (the
 * start of a line, its indent, line breaks, flat mode) is left to Jena's code. Jena's Turtle writer prints
 * literals character by character, which made that bookkeeping the largest cost of writing Turtle.
 *
 * <p>Jena's writer remembers the last character it printed only to join {@code \r\n} into one line break; this
 * class remembers whether that character is {@code \r} and then leaves the next character to Jena's code.
 */
final class LineWriter extends IndentedWriter {

    private boolean afterCarriageReturn;

    LineWriter(Writer out) {
        super(out);
    }

    @Override
    public void print(char ch) {
        if (!inLine() || ch == '\n' || ch == '\r') {
            super.print(ch);
            afterCarriageReturn = ch == '\r';
            return;
        }
        try {
            out.write(ch);
        } catch (IOException e) {
            IO.exception(e);
        }
        column++;
    }

    @Override
    public void print(String str) {
        if (str == null || str.isEmpty() || !inLine() || hasLineBreak(str)) {
            super.print(str);
            if (str != null && !str.isEmpty()) {
                afterCarriageReturn = str.charAt(str.length() - 1) == '\r';
            }
            return;
        }
        try {
            out.write(str);
        } catch (IOException e) {
            IO.exception(e);
        }
        column += str.length();
    }

    @Override
    public void print(char[] chars) {
        for (char ch : chars) {
            print(ch);
        }
    }

    @Override
    public void print(char ch, int times) {
        if (times <= 0) {
            super.print(ch, times);
        }
        for (int i = 0; i < times; i++) {
            print(ch);
        }
    }

    /** Past the line's start and its indent, not right after a {@code \r}: Jena would print the character as is. */
    private boolean inLine() {
        return !startingNewLine && !flatMode && column >= currentIndent && !afterCarriageReturn;
    }

    private static boolean hasLineBreak(String str) {
        for (int i = 0; i < str.length(); i++) {
            char ch = str.charAt(i);
            if (ch == '\n' || ch == '\r') {
                return true;
            }
        }
        return false;
    }
}
