package org.taz2rdf.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Writes a corpus of fictional taz articles for benchmarks: {@code N} files {@code !<id>.txt} (meulie pipe,
 * cortex), {@code !<id>.gophermap} (raw Gopher) or {@code !<id>.gmi} (raw gemtext) in one folder, and
 * {@code manifest.tsv} beside them (which the tools do not read as an input) saying what each holds.
 *
 * <p>Articles have 300–1500 words in paragraphs and {@code ## } sub-headings, 0–10 inline links (to other
 * articles of the corpus or to {@code .example} hosts, some long enough for meulie to cut), 1–3 authors and own
 * tags drawn with Zipf-distributed ranks from fixed pools, 3–6 related articles of the corpus (each adding its
 * via tag to TAGS), and optionally an image and a dateline. The text is made from {@link Lexicon}; nothing is
 * taken from real articles. The same seed, size and renderings give the same bytes; memory does not grow with
 * the size, so a million articles can be written.
 *
 * <pre>{@code
 * java -cp <test classpath> org.taz2rdf.bench.CorpusGenerator OUT_DIR N SEED [--renderings pipe,gopher-raw,gemtext,cortex]
 * }</pre>
 */
public final class CorpusGenerator {

    public static final String MANIFEST = "manifest.tsv";
    private static final long RENDERING = 5;

    private CorpusGenerator() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 3 && !(args.length == 5 && args[3].equals("--renderings"))) {
            System.err.println("usage: CorpusGenerator OUT_DIR N SEED [--renderings pipe,gopher-raw,gemtext,cortex]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        long seed = Long.parseLong(args[2]);
        List<CorpusRendering> renderings = args.length == 5 ? CorpusRendering.list(args[4])
                : Arrays.asList(CorpusRendering.values());
        long started = System.nanoTime();
        Files.createDirectories(out);
        long[] bytes = {0};
        try (BufferedWriter manifest = Files.newBufferedWriter(out.resolve(MANIFEST), StandardCharsets.UTF_8)) {
            manifest.write(ManifestEntry.HEADER + "\n");
            generate(out, count, seed, renderings, entry -> {
                try {
                    manifest.write(entry.tsv() + "\n");
                    bytes[0] += Files.size(out.resolve(entry.file()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        System.err.printf(java.util.Locale.ROOT, "CorpusGenerator: %d articles (%d bytes) in %s in %.1f s%n", count,
                bytes[0], out,
                (System.nanoTime() - started) / 1e9);
    }

    /**
     * Writes {@code count} articles into {@code out} (created if missing; files of an earlier run with other
     * ids stay) and reports each to {@code manifest} in corpus order. Each article's rendering is drawn from
     * {@code renderings}.
     */
    public static void generate(Path out, int count, long seed, List<CorpusRendering> renderings,
            Consumer<ManifestEntry> manifest) throws IOException {
        Files.createDirectories(out);
        ArticleFactory factory = new ArticleFactory(seed, count);
        for (int index = 0; index < count; index++) {
            GeneratedArticle article = factory.article(index);
            CorpusRendering rendering = renderings.size() == 1 ? renderings.get(0)
                    : renderings.get(new SplittableRandom(Text.mix(seed, index, RENDERING)).nextInt(renderings.size()));
            String file = "!" + article.id() + rendering.extension();
            Files.write(out.resolve(file), rendering.render(article));
            manifest.accept(ManifestEntry.of(article, file, rendering));
        }
    }
}
