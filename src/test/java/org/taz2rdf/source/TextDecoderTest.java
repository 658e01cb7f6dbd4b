package org.taz2rdf.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.taz2rdf.diagnostic.Diagnostic;

/**
 * {@link TextDecoder}: strict UTF-8 with every bad byte reported where it stands, one line end ({@code \n}),
 * no byte order mark, and no character that RDF text cannot carry.
 */
class TextDecoderTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final TextDecoder decoder = new TextDecoder();

    @Test
    void removesByteOrderMark() {
        SourceDocument document = decode(BOM, utf8("# taz.de -- Kicker: Titel\n"));

        assertThat(document.text()).isEqualTo("# taz.de -- Kicker: Titel\n");
        assertThat(document.diagnostics()).isEmpty();
    }

    @Test
    void keepsByteOrderMarkCharacterThatIsNotAtTheStart() {
        SourceDocument document = decode(utf8("a\uFEFFb\n"));

        assertThat(document.text()).isEqualTo("a\uFEFFb\n");
    }

    @Test
    void turnsCarriageReturnLineFeedAndCarriageReturnIntoLineFeed() {
        SourceDocument document = decode(utf8("eins\r\nzwei\rdrei\nvier\r\n\r\nsechs"));

        assertThat(document.text()).isEqualTo("eins\nzwei\ndrei\nvier\n\nsechs");
        assertThat(document.lines()).containsExactly("eins", "zwei", "drei", "vier", "", "sechs");
        assertThat(document.diagnostics()).isEmpty();
    }

    @Test
    void givesTheSameTextForEveryLineEndAndByteOrderMark() {
        String unix = "# taz.de -- Kicker: Titel\n> Vorspann\n\nText\n";

        for (byte[] bytes : List.of(utf8(unix), utf8(unix.replace("\n", "\r\n")), utf8(unix.replace("\n", "\r")),
                concat(BOM, utf8(unix.replace("\n", "\r\n"))))) {
            assertThat(decode(bytes).text()).isEqualTo(unix);
        }
    }

    @Test
    void reportsLatin1UmlautAsInvalidUtf8AtItsLineAndColumn() {
        SourceDocument document = decode(utf8("Zeile 1\r\nIm M"), bytes(0xE4), utf8("rz\r\n"));

        assertThat(messages(document)).containsExactly(
                "in.txt:2:5: error: invalid UTF-8 0xE4 at byte offset 13 (is the file in another encoding?)"
                        + " [INVALID_UTF8]");
        assertThat(document.text()).isEqualTo("Zeile 1\nIm M\uFFFDrz\n");
    }

    @Test
    void countsLinesAfterEveryKindOfLineEndBeforeAnInvalidByte() {
        SourceDocument document = decode(utf8("a\r\nb\rc\n\r\nM"), bytes(0xE4), utf8("rz"));

        assertThat(messages(document)).containsExactly(
                "in.txt:5:2: error: invalid UTF-8 0xE4 at byte offset 10 (is the file in another encoding?)"
                        + " [INVALID_UTF8]");
        assertThat(document.lines()).containsExactly("a", "b", "c", "", "M\uFFFDrz");
    }

    @Test
    void countsColumnsFromTheFirstCharacterAfterTheByteOrderMark() {
        SourceDocument document = decode(BOM, bytes(0xFF), utf8("x\n"));

        assertThat(messages(document)).containsExactly(
                "in.txt:1:1: error: invalid UTF-8 0xFF at byte offset 3 (is the file in another encoding?)"
                        + " [INVALID_UTF8]");
        assertThat(document.text()).isEqualTo("\uFFFDx\n");
    }

    @Test
    void reportsACutMultiByteCharacterWithAllItsBytes() {
        SourceDocument document = decode(utf8("x"), bytes(0xE2, 0x82), utf8("y\n"));

        assertThat(messages(document)).containsExactly(
                "in.txt:1:2: error: invalid UTF-8 0xE2 0x82 at byte offset 1 (is the file in another encoding?)"
                        + " [INVALID_UTF8]");
        assertThat(document.text()).isEqualTo("x\uFFFDy\n");
    }

    @Test
    void reportsEveryInvalidByteSequenceOnItsOwnLine() {
        SourceDocument document = decode(utf8("Rumn"), bytes(0xC3), utf8("\u2026\r\nStra"), bytes(0xDF),
                utf8("e"), bytes(0xFF));

        assertThat(messages(document)).containsExactly(
                "in.txt:1:5: error: invalid UTF-8 0xC3 at byte offset 4 (is the file in another encoding?)"
                        + " [INVALID_UTF8]",
                "in.txt:2:5: error: invalid UTF-8 0xDF at byte offset 14 (is the file in another encoding?)"
                        + " [INVALID_UTF8]",
                "in.txt:2:7: error: invalid UTF-8 0xFF at byte offset 16 (is the file in another encoding?)"
                        + " [INVALID_UTF8]");
        assertThat(document.text()).isEqualTo("Rumn\uFFFD\u2026\nStra\uFFFDe\uFFFD");
    }

    @Test
    void reportsEncodedSurrogateAsInvalidUtf8() {
        SourceDocument document = decode(bytes(0xED, 0xA0, 0x80), utf8("\n"));

        assertThat(messages(document)).containsExactly(
                "in.txt:1:1: error: invalid UTF-8 0xED 0xA0 0x80 at byte offset 0 (is the file in another"
                        + " encoding?) [INVALID_UTF8]");
        assertThat(document.text()).isEqualTo("\uFFFD\n");
    }

    @Test
    void reportsInvalidByteBeyondTheDecodersBuffer() {
        SourceDocument document = decode(utf8("\u00E4".repeat(5000) + "\n" + "x".repeat(9000)), bytes(0xE4));

        assertThat(messages(document)).containsExactly(
                "in.txt:2:9001: error: invalid UTF-8 0xE4 at byte offset 19001 (is the file in another encoding?)"
                        + " [INVALID_UTF8]");
        assertThat(document.text()).isEqualTo("\u00E4".repeat(5000) + "\n" + "x".repeat(9000) + "\uFFFD");
    }

    @Test
    void keepsReplacementCharacterThatIsValidUtf8WithoutComplaint() {
        SourceDocument document = decode(utf8("\u201ELassen wir das Rumn\uFFFD\u2026\n"));

        assertThat(document.text()).isEqualTo("\u201ELassen wir das Rumn\uFFFD\u2026\n");
        assertThat(document.diagnostics()).isEmpty();
    }

    @Test
    void removesControlCharactersWithWarningAtTheirPosition() {
        SourceDocument document = decode(utf8("ab\u0007c\r\nx\u0000y\r\n\u0085z\n"));

        assertThat(messages(document)).containsExactly(
                "in.txt:1:3: warning: character U+0007 cannot stand in RDF text; removed [FORBIDDEN_CHARACTER]",
                "in.txt:2:2: warning: character U+0000 cannot stand in RDF text; removed [FORBIDDEN_CHARACTER]",
                "in.txt:3:1: warning: character U+0085 cannot stand in RDF text; removed [FORBIDDEN_CHARACTER]");
        assertThat(document.text()).isEqualTo("abc\nxy\nz\n");
    }

    @Test
    void removesNonCharacters() {
        SourceDocument document = decode(utf8("a\uFFFEb\uFFFFc\n"));

        assertThat(messages(document)).containsExactly(
                "in.txt:1:2: warning: character U+FFFE cannot stand in RDF text; removed [FORBIDDEN_CHARACTER]",
                "in.txt:1:4: warning: character U+FFFF cannot stand in RDF text; removed [FORBIDDEN_CHARACTER]");
        assertThat(document.text()).isEqualTo("abc\n");
    }

    @Test
    void keepsTabs() {
        SourceDocument document = decode(utf8("1Titel\t/!5536273\ttaz.de\t70\r\n"));

        assertThat(document.text()).isEqualTo("1Titel\t/!5536273\ttaz.de\t70\n");
        assertThat(document.diagnostics()).isEmpty();
    }

    @Test
    void keepsEmojiAndOtherSupplementaryCharacters() {
        SourceDocument document = decode(utf8("\uD83D\uDCBE Archived View \uD83D\uDE00 \uD835\uDD4F\n"));

        assertThat(document.text()).isEqualTo("\uD83D\uDCBE Archived View \uD83D\uDE00 \uD835\uDD4F\n");
        assertThat(document.diagnostics()).isEmpty();
    }

    @Test
    void keepsUmlautsAndTypographicQuotes() {
        SourceDocument document = decode(utf8("X-Gespr\u00E4ch: \u201EDetails not available\u201C \u2013 \u00DF\n"));

        assertThat(document.text()).isEqualTo("X-Gespr\u00E4ch: \u201EDetails not available\u201C \u2013 \u00DF\n");
        assertThat(document.diagnostics()).isEmpty();
    }

    @Test
    void decodesEmptyInputToEmptyText() {
        SourceDocument document = decode(new byte[0]);

        assertThat(document.text()).isEmpty();
        assertThat(document.lines()).isEmpty();
        assertThat(document.diagnostics()).isEmpty();
    }

    @Test
    void decodesLoneByteOrderMarkToEmptyText() {
        SourceDocument document = decode(BOM);

        assertThat(document.text()).isEmpty();
        assertThat(document.diagnostics()).isEmpty();
    }

    @Test
    void namesTheInputInEveryDiagnostic() {
        SourceDocument document = new TextDecoder().decode("corpus/!5536273.txt", concat(bytes(0xE4), utf8("\u0007")));

        assertThat(document.name()).isEqualTo("corpus/!5536273.txt");
        assertThat(document.diagnostics()).extracting(d -> d.position().source())
                .containsExactly("corpus/!5536273.txt", "corpus/!5536273.txt");
    }

    private SourceDocument decode(byte[]... parts) {
        return decoder.decode("in.txt", concat(parts));
    }

    private static List<String> messages(SourceDocument document) {
        return document.diagnostics().stream().map(Diagnostic::toString).toList();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
