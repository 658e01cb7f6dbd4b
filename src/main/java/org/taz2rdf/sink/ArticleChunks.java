package org.taz2rdf.sink;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;

/**
 * Formats articles one at a time into the bytes of a streaming output format, on any thread, so that formatting
 * runs beside reading and mapping instead of after them. The {@link #header()} followed by every article's
 * {@link #chunk} in order is what {@link RdfFileWriter} writes for the same quads, except that a Turtle subject
 * block never spans two articles: each chunk is Jena's writer on that article alone, less the header it repeats.
 */
public final class ArticleChunks {

    private final OutputFormat format;
    private final byte[] header;

    public ArticleChunks(OutputFormat format) {
        if (!format.streaming()) {
            throw new IllegalArgumentException(format + " is not written article by article");
        }
        this.format = format;
        this.header = write(List.of());
    }

    /** What the output starts with: the prefixes, where the format has them. */
    public byte[] header() {
        return header.clone();
    }

    /** One article's quads, formatted. */
    public byte[] chunk(List<Quad> quads) {
        byte[] whole = write(quads);
        if (whole.length < header.length || !Arrays.equals(whole, 0, header.length, header, 0, header.length)) {
            throw new IllegalStateException("the " + format + " writer began an article with other bytes than its header");
        }
        return Arrays.copyOfRange(whole, header.length, whole.length);
    }

    private byte[] write(List<Quad> quads) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(quads.size() * 160 + 512);
        StreamRDF writer = RdfFileWriter.open(format, bytes);
        writer.start();
        quads.forEach(writer::quad);
        writer.finish();
        return bytes.toByteArray();
    }
}
