package org.taz2rdf.sink;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.Random;
import java.util.function.Consumer;
import org.apache.jena.atlas.io.IndentedWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link LineWriter} writes what Jena's {@link IndentedWriter} writes, for any sequence of calls. */
class LineWriterTest {

    private static final String[] PIECES = {"a", "ab cd", "", " ", "\n", "\r", "\r\n", "x\ny", "😀", "ü", "\"", "\t"};

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void randomCallsGiveJenasOutput(long seed) {
        StringWriter jenas = new StringWriter();
        StringWriter ours = new StringWriter();
        IndentedWriter reference = new IndentedWriter(jenas) {};
        LineWriter lineWriter = new LineWriter(ours);
        Random random = new Random(seed);
        StringBuilder calls = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            Call call = randomCall(random);
            calls.append(call.text()).append('\n');
            call.action().accept(reference);
            call.action().accept(lineWriter);
            assertThat(lineWriter.getCol()).as("column after these calls:%n%s", calls).isEqualTo(reference.getCol());
            assertThat(lineWriter.getRow()).as("row after these calls:%n%s", calls).isEqualTo(reference.getRow());
        }
        reference.flush();
        lineWriter.flush();
        assertThat(ours.toString()).isEqualTo(jenas.toString()).isNotEmpty();
    }

    /** One call on a writer, and how it reads in a failure message. */
    private record Call(String text, Consumer<IndentedWriter> action) {}

    private static Call randomCall(Random random) {
        String piece = PIECES[random.nextInt(PIECES.length)];
        char ch = piece.isEmpty() ? 'z' : piece.charAt(0);
        int indent = 1 + random.nextInt(4);
        boolean flat = random.nextInt(8) == 0;
        return switch (random.nextInt(12)) {
            case 0 -> new Call("incIndent(" + indent + ")", w -> w.incIndent(indent));
            case 1 -> new Call("decIndent(" + indent + ")", w -> w.decIndent(Math.min(indent, w.getAbsoluteIndent())));
            case 2 -> new Call("newline()", IndentedWriter::newline);
            case 3 -> new Call("print('" + escape(String.valueOf(ch)) + "')", w -> w.print(ch));
            case 4 -> new Call("pad(" + (indent + 4) + ")", w -> w.pad(indent + 4));
            case 5 -> new Call("pad()", IndentedWriter::pad);
            case 6 -> new Call("setFlatMode(" + flat + ")", w -> w.setFlatMode(flat));
            case 7 -> new Call("print(chars of \"" + escape(piece) + "\")", w -> w.print(piece.toCharArray()));
            case 8 -> new Call("print('" + escape(String.valueOf(ch)) + "', " + (indent - 2) + ")", w -> w.print(ch, indent - 2));
            default -> new Call("print(\"" + escape(piece) + "\")", w -> w.print(piece));
        };
    }

    private static String escape(String text) {
        return text.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
    }
}
