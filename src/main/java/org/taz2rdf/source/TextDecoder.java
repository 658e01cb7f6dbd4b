package org.taz2rdf.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.taz2rdf.diagnostic.Diagnostic;
import org.taz2rdf.diagnostic.DiagnosticCode;
import org.taz2rdf.diagnostic.Severity;
import org.taz2rdf.diagnostic.SourcePosition;

/**
 * Turns the bytes of an input into a {@link SourceDocument}: strict UTF-8 (every invalid byte sequence is
 * reported with its line, column and byte offset, and stands as U+FFFD in the text), an optional byte
 * order mark removed, {@code \r\n} and {@code \r} turned into {@code \n}, and characters that RDF literals
 * cannot carry (control characters other than tab and line feed, non-characters) reported and removed.
 * Stateless and thread-safe.
 */
public final class TextDecoder {

    private static final char REPLACEMENT = '\uFFFD';

    /** Decodes {@code bytes} read from the input called {@code name}. */
    public SourceDocument decode(String name, byte[] bytes) {
        String plain = new String(bytes, StandardCharsets.UTF_8);
        int plainStart = plain.startsWith("\uFEFF") ? 1 : 0;
        // Java's decoder turns each invalid sequence into U+FFFD; as many U+FFFD as encoded ones means none was.
        boolean valid = count(plain, REPLACEMENT) == countEncodedReplacements(bytes);
        if (valid && isClean(plain, plainStart)) {
            return new SourceDocument(name, plain.substring(plainStart), List.of());
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        CharSequence text = plain;
        List<InvalidBytes> invalid = List.of();
        if (!valid) {
            StringBuilder strict = new StringBuilder(bytes.length);
            invalid = decodeStrictly(bytes, strict);
            text = strict;
        }
        int start = text.length() > 0 && text.charAt(0) == '\uFEFF' ? 1 : 0;
        String normalised = normaliseAndReport(name, text, start, invalid, diagnostics);
        return new SourceDocument(name, normalised, diagnostics);
    }

    private static int count(String text, char c) {
        int n = 0;
        for (int i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) {
            n++;
        }
        return n;
    }

    /** The number of U+FFFD encoded in UTF-8 (EF BF BD) in the bytes. */
    private static int countEncodedReplacements(byte[] bytes) {
        int n = 0;
        for (int i = 0; i + 2 < bytes.length; i++) {
            if (bytes[i] == (byte) 0xEF && bytes[i + 1] == (byte) 0xBF && bytes[i + 2] == (byte) 0xBD) {
                n++;
                i += 2;
            }
        }
        return n;
    }

    /** A character kept as it is that takes one column: not a line end, surrogate or character to remove. */
    private static boolean isPlain(char c) {
        return c < 0x7F ? c >= 0x20 || c == '\t'
                : c >= 0xA0 && !Character.isSurrogate(c) && (c < 0xFDD0 || c > 0xFDEF) && c < 0xFFFE;
    }

    /** Whether the text from {@code start} has no line ending but {@code \n} and no character to remove. */
    private static boolean isClean(String text, int start) {
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\n' && !isPlain(c)) {
                return false;
            }
        }
        return true;
    }

    /** Where an invalid byte sequence stood: its index in the decoded text, its byte offset and its bytes. */
    private record InvalidBytes(int charIndex, int byteOffset, String hex) {}

    /** Decodes into {@code out}, each invalid sequence standing as one U+FFFD. */
    private static List<InvalidBytes> decodeStrictly(byte[] bytes, StringBuilder out) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer chars = CharBuffer.allocate(8192);
        List<InvalidBytes> invalid = new ArrayList<>();
        while (true) {
            CoderResult result = decoder.decode(in, chars, true);
            chars.flip();
            out.append(chars);
            chars.clear();
            if (result.isError()) {
                invalid.add(new InvalidBytes(out.length(), in.position(),
                        hex(bytes, in.position(), result.length())));
                out.append(REPLACEMENT);
                in.position(in.position() + result.length());
            } else if (result.isUnderflow() && !in.hasRemaining()) {
                decoder.flush(chars);
                chars.flip();
                out.append(chars);
                return invalid;
            }
        }
    }

    private static String normaliseAndReport(
            String name, CharSequence raw, int start, List<InvalidBytes> invalid, List<Diagnostic> diagnostics) {
        StringBuilder out = new StringBuilder(raw.length());
        int line = 1;
        int column = 1;
        int nextInvalid = 0;
        for (int i = start; i < raw.length(); i++) {
            int end = i;
            int stop = nextInvalid < invalid.size() ? invalid.get(nextInvalid).charIndex() : raw.length();
            while (end < stop && isPlain(raw.charAt(end))) {
                end++;
            }
            if (end > i) {
                out.append(raw, i, end);
                column += end - i;
                i = end - 1;
                continue;
            }
            char c = raw.charAt(i);
            if (nextInvalid < invalid.size() && invalid.get(nextInvalid).charIndex() == i) {
                InvalidBytes mark = invalid.get(nextInvalid++);
                diagnostics.add(new Diagnostic(new SourcePosition(name, line, column), Severity.ERROR,
                        DiagnosticCode.INVALID_UTF8, "invalid UTF-8 " + mark.hex() + " at byte offset "
                                + mark.byteOffset() + " (is the file in another encoding?)"));
                out.append(c);
                column++;
                continue;
            }
            if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < raw.length() && raw.charAt(i + 1) == '\n') {
                    i++;
                }
                out.append('\n');
                line++;
                column = 1;
                continue;
            }
            int codePoint = Character.codePointAt(raw, i);
            int width = Character.charCount(codePoint);
            if (isForbidden(codePoint)) {
                diagnostics.add(new Diagnostic(new SourcePosition(name, line, column), Severity.WARNING,
                        DiagnosticCode.FORBIDDEN_CHARACTER, String.format(java.util.Locale.ROOT,
                                "character U+%04X cannot stand in RDF text; removed", codePoint)));
            } else {
                out.appendCodePoint(codePoint);
            }
            i += width - 1;
            column++;
        }
        return out.toString();
    }

    private static String hex(byte[] bytes, int offset, int length) {
        StringBuilder hex = new StringBuilder();
        for (int i = offset; i < offset + length && i < bytes.length; i++) {
            hex.append(hex.length() == 0 ? "" : " ").append(String.format(java.util.Locale.ROOT, "0x%02X", bytes[i]));
        }
        return hex.toString();
    }

    /** Control characters but tab, non-characters, and surrogates that are not part of a pair. */
    private static boolean isForbidden(int codePoint) {
        if (codePoint == '\t') {
            return false;
        }
        return codePoint < 0x20 || (codePoint >= 0x7F && codePoint <= 0x9F)
                || (codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE
                || (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE);
    }
}
