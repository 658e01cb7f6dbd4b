package org.taz2rdf.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.taz2rdf.diagnostic.Diagnostic;
import org.taz2rdf.diagnostic.DiagnosticCode;
import org.taz2rdf.rdf.ArticleMapper;
import org.taz2rdf.rdf.IriMinter;
import org.taz2rdf.source.SourceDocument;
import org.taz2rdf.source.TextDecoder;

/**
 * The parser never throws and always returns a result, whatever text it is given (jsoup's
 * {@code FuzzFixesTest}), and every article it returns maps to RDF that parses back strictly.
 *
 * <p>Inputs are generated from pinned seeds, so every run tries the same inputs. Each input has its own seed,
 * drawn from the test's seed; a failure names the test seed, the iteration and the input seed, and shows the
 * input, so that it can be reproduced with {@link #caseFor} (the mutations and concatenations also depend on
 * the corpus files, so a changed corpus gives other inputs). A crash inside the parser shows as an
 * {@code INTERNAL_ERROR} diagnostic, because the parser turns runtime exceptions into one. Inputs that the
 * fuzzer found to fail are pinned below as tests of their own, cut down to a few lines.
 */
class ParserFuzzTest {

    /**
     * Inputs per generator. For a longer hunt: {@code -Dtaz2rdf.fuzz.iterations=20000}, another seed with
     * {@code -Dtaz2rdf.fuzz.seed=1}, and {@code -Dtaz2rdf.fuzz.hunt=true} to print every failure to the test's
     * output, one a line.
     */
    private static final int ITERATIONS = Integer.getInteger("taz2rdf.fuzz.iterations", 500);
    private static final long RANDOM_BYTES_SEED = 20261127L;
    private static final long MUTATION_SEED = 20261128L;
    private static final long CONCATENATION_SEED = 20261129L;

    /** The project's copy of the real captures, else the shared corpus beside the project. */
    private static final List<Path> CORPUS_FOLDERS = List.of(
            Path.of("src/test/resources/golden/real"), Path.of("../shared/corpus"));
    private static final Path FICTIONAL = Path.of("src/test/resources/golden/fictional");

    private static final List<String> NAMES = List.of(
            "fuzz.txt", "<stdin>", "corpus/Slug-Mit-Kicker/!5536273.txt", "menus/!t5007672.txt",
            "gemini/taz.de%2F%215042313.gmi", "5536273", "menu/!p4611", "Kicker-Slug/!9000001.gph");

    /** Lines and fragments that the taz format and its renderings give meaning to. */
    private static final List<String> FRAGMENTS = List.of(
            "[", "]", "|", "| ", " | |", "\u2026", "\t", "\uFFFD", "## ", "> ", "Bild:", "Bild: ", "=> ", "=>",
            "# taz.de -- ", "taz.de -- ", "taz.de", "13 Aug 2024", "31 Feb 2024", "1 Jan 0000", "99 Foo 2024",
            "29 Feb 2023", "[1][", "][", "[1]", "[99][x]", "[0] ", "[0][", "[0][x]", "[000][y] ", "[999]",
            "[1] /Slug/!6030102", "[2] https://example.org/a b", "[3] http://[::1", "## LINKS", "## AUTOREN",
            "## TAGS", "## ARTIKEL ZUM THEMA", "(DIR) ", " (IMG) ",
            "   DIR ", "       ", "Introduction", "Introduction Statistics Contact Development Disclaimer Help",
            "GOPHERSPACE.DE - P H O X Y", "-- Leo's gemini proxy", "-- Meta line: 20 text/gemini;lang=de",
            "\uD83D\uDCBE Archived View for ", "-=-=-=-=-=-=-", "20 text/gemini;lang=de", "51 Not found", ".",
            "Artikel von ", "Alle Artikel von ", "Berlin taz | ", "Foto: ", "URI: ", ": ", "\u2800", "\uD83D\uDE00",
            "!5536273", "%21", "\u201E", "\u201C", "\u00DF", "I", "\u0130", "\u0131", "\u00FC", "http://",
            "gopher://taz.de/1/", "gemini://taz.de/!5042313", "//", "%", "%zz", "\\", "<", ">", "\"", "{", "}", "`",
            "^", " ", "");

    /** Numbers at and beyond the edges of what link markers, dates and ids hold. */
    private static final List<String> NUMBERS = List.of(
            "0", "00", "000", "1", "9", "10", "99", "999", "1000", "0000", "9999", "10000", "2147483648",
            "99999999999999999999", "\u0661", "\uFF11");

    private static final List<String> ITEM_LINES = List.of(
            "iDies ist ein Infotext\tfake\t(NULL)\t0", "i\t\terror.host\t1",
            "1Kicker: Ein Titel\t/Kicker/!5536273\ttaz.de\t70", "1Thomas Gsella\t/!a42996\ttaz.de\t70",
            "1Demonstrationen\t/!t5007672\ttaz.de\t70", "IBild: Ein Bild\t/image/7900001/x.jpg\ttaz.de\t70",
            "hLink\tURL:https://example.org/a\ttaz.de\t70", "hKaputt\tURL:ht tp://[x\ttaz.de\t70",
            "1\t\t\t", "1Nur Titel\t", "3Fehler\t\terror.host\t1", "1Ohne Port\t/!5536273\ttaz.de",
            "1Port kaputt\t/!5536273\ttaz.de\tabc", "1Leerer Host\t/!5536273\t\t70", "i\t", "9\t\t\t\t\t",
            "=> gemini://taz.de/!5042313 Ein Artikel", "=> /!a52368 Autorin", "=> //taz.de/!t5698201",
            "=> gemini://[::1 kaputt", "=> %zz", "=> \t", "=>https://example.org/ x y",
            "20 text/gemini;lang=de", "# taz.de -- Die Wahrheit: Ein Titel", "> Ein Vorspann.");

    private static final TextDecoder DECODER = new TextDecoder();
    private static final ArticleParser PARSER = new ArticleParser();
    private static final ArticleMapper MAPPER = new ArticleMapper(new IriMinter(IriMinter.DEFAULT_BASE));

    private static List<Capture> corpus;
    private static List<String> corpusLines;
    private static List<String> titleLines;

    private record Capture(String name, String text) {}

    /** One generated input: what to call it, its bytes, and the --id given for it, if any. */
    record Case(String name, byte[] bytes, Optional<String> explicitId) {}

    /** The generators, one per test; each makes one input from its own random source. */
    enum Generator {
        RANDOM_BYTES {
            @Override
            Case make(SplittableRandom random) {
                return randomBytes(random);
            }
        },
        MUTATION {
            @Override
            Case make(SplittableRandom random) {
                return mutation(random);
            }
        },
        CONCATENATION {
            @Override
            Case make(SplittableRandom random) {
                return concatenation(random);
            }
        };

        abstract Case make(SplittableRandom random);
    }

    @BeforeAll
    static void readCorpus() throws IOException {
        Path real = CORPUS_FOLDERS.stream().filter(Files::isDirectory).findFirst()
                .orElseThrow(() -> new IllegalStateException("no corpus folder among " + CORPUS_FOLDERS));
        List<Capture> captures = new ArrayList<>(read(real));
        if (Files.isDirectory(FICTIONAL)) {
            captures.addAll(read(FICTIONAL));
        }
        corpus = List.copyOf(captures);
        corpusLines = corpus.stream().flatMap(c -> c.text().lines()).toList();
        titleLines = corpusLines.stream().filter(line -> line.contains("taz.de --")).toList();
        assertThat(corpus).as("captures in %s", real).hasSizeGreaterThan(20);
    }

    private static List<Capture> read(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted()
                    .map(p -> new Capture(p.getFileName().toString(), readString(p))).toList();
        }
    }

    private static String readString(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void neverCrashesOnRandomBytes() {
        fuzz(Generator.RANDOM_BYTES, RANDOM_BYTES_SEED);
    }

    @Test
    void neverCrashesOnMutatedCaptures() {
        Map<ParseResult.PageKind, Integer> kinds = fuzz(Generator.MUTATION, MUTATION_SEED);

        assertThat(kinds.getOrDefault(ParseResult.PageKind.ARTICLE, 0))
                .as("mutated captures that still read as articles (else the mapping goes untested): %s", kinds)
                .isGreaterThan(ITERATIONS / 3);
    }

    @Test
    void neverCrashesOnConcatenatedCaptureLines() {
        Map<ParseResult.PageKind, Integer> kinds = fuzz(Generator.CONCATENATION, CONCATENATION_SEED);

        assertThat(kinds.getOrDefault(ParseResult.PageKind.ARTICLE, 0))
                .as("concatenations that read as articles: %s", kinds).isGreaterThan(ITERATIONS / 10);
    }

    @Test
    void passesEveryCheckOnTheUnchangedCaptures() {
        for (Capture capture : corpus) {
            check(new Case(capture.name(), utf8(capture.text()), Optional.empty()), "unchanged capture");
        }
    }

    @Test
    void reportsEmptyInputForBlankDocuments() {
        for (String text : List.of("", "\n", "   \n\t\n", "\u2800\n")) {
            ParseResult result = PARSER.parse(new SourceDocument("blank.txt", text, List.of()), Optional.empty());

            assertThat(result.article()).as("article of %s", escape(text)).isEmpty();
            assertThat(result.diagnostics()).as("diagnostics of %s", escape(text)).extracting(Diagnostic::toString)
                    .containsExactly("blank.txt: error: the input holds no text [EMPTY_INPUT]");
        }
    }

    // ---------------------------------------------------------------- findings of the fuzzer, pinned

    /** Found by the fuzzer: {@code [0][…]} made {@code new Link(0, …)} throw, which ended as INTERNAL_ERROR. */
    @Test
    void readsLinkMarkerNumberedZeroWithoutInternalError() {
        check(new Case("!5536273.txt", utf8("# taz.de -- Kicker: Titel\nText [0][Anker].\n13 Aug 2024\n"),
                Optional.empty()), "pinned finding: link marker [0]");
    }

    /**
     * Found by the fuzzer: a message that quotes a long line cuts it after 57 UTF-16 units, which can split
     * an emoji and leave a lone surrogate, printed as {@code ?}.
     */
    @Test
    void keepsEmojiWholeWhenAMessageShortensTheLineItQuotes() {
        String firstLine = "a".repeat(56) + "\uD83D\uDE00" + "bbbbb";
        ParseResult result = PARSER.parse(DECODER.decode("x.txt", utf8(firstLine + "\n")), Optional.empty());

        assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.NO_TITLE);
        assertThat(hasLoneSurrogate(result.diagnostics().get(0).message()))
                .as("lone surrogate in: %s", escape(result.diagnostics().get(0).message())).isFalse();
    }

    /**
     * Found by the fuzzer: in a raw Gopher menu, a line that starts with an emoji has its first UTF-16 unit
     * taken as the item type, so its text starts with a lone low surrogate, which reaches the article body.
     */
    @Test
    void keepsEmojiWholeAtTheStartOfARawGopherLine() {
        String menu = "i# taz.de -- Kicker: Titel\tfake\t(NULL)\t0\r\n"
                + "i> Vorspann.\tfake\t(NULL)\t0\r\n"
                + "\uD83D\uDE00Text im Body\t/x\ttaz.de\t70\r\n"
                + "i13 Aug 2024\tfake\t(NULL)\t0\r\n"
                + ".\r\n";

        check(new Case("!5536273.gph", utf8(menu), Optional.empty()), "pinned finding: emoji starts a Gopher line");
    }

    /**
     * Found by the fuzzer: a LINKS target with an empty host ({@code ///x}, {@code //:80/x}) resolves
     * against {@code https://taz.de/} to {@code https:///x}, which Jena's own parser rejects.
     */
    @Test
    void writesNoHostlessHttpsIriForLinkTargetWithEmptyAuthority() {
        for (String target : List.of("///x", "//:80/x")) {
            check(new Case("!5536273.txt", utf8("# taz.de -- Kicker: Titel\nText [1][Anker].\n13 Aug 2024\n"
                    + "## LINKS\n[1] " + target + "\n"), Optional.empty()), "pinned finding: LINKS target " + target);
        }
    }

    /**
     * Runs {@link #ITERATIONS} inputs of {@code generator} and fails, after all have run, with the first few
     * failures and their count; returns how many inputs came out as each kind of page.
     */
    private static Map<ParseResult.PageKind, Integer> fuzz(Generator generator, long pinnedSeed) {
        long seed = Long.getLong("taz2rdf.fuzz.seed", pinnedSeed);
        Map<ParseResult.PageKind, Integer> kinds = new EnumMap<>(ParseResult.PageKind.class);
        List<String> failures = new ArrayList<>();
        SplittableRandom seeds = new SplittableRandom(seed);
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            long inputSeed = seeds.nextLong();
            String where = String.format(java.util.Locale.ROOT,
                    "%s seed %d iteration %d (input seed %dL; reproduce with caseFor(Generator.%s, %dL))",
                    generator, seed, iteration, inputSeed, generator, inputSeed);
            try {
                kinds.merge(check(caseFor(generator, inputSeed), where).kind(), 1, Integer::sum);
            } catch (AssertionError e) {
                failures.add(e.getMessage());
                if (Boolean.getBoolean("taz2rdf.fuzz.hunt")) {
                    System.out.println("FAILURE " + e.getMessage().replace('\n', '\u2424'));
                }
            }
        }
        System.out.println(generator + ": " + kinds + ", " + failures.size() + " failures");
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + ITERATIONS + " inputs failed; the first ones:\n\n"
                    + String.join("\n\n", failures.subList(0, Math.min(3, failures.size()))));
        }
        return kinds;
    }

    /** The input that {@code generator} makes from {@code inputSeed}; for reproducing a failure. */
    static Case caseFor(Generator generator, long inputSeed) {
        return generator.make(new SplittableRandom(inputSeed));
    }

    private static ParseResult check(Case input, String where) {
        String shown = where + "\ninput named '" + input.name() + "' (id " + input.explicitId().orElse("none")
                + "), as Java string:\n\"" + escape(new String(input.bytes(), StandardCharsets.UTF_8)) + "\"\n";
        ParseResult result;
        try {
            SourceDocument document = DECODER.decode(input.name(), input.bytes());
            result = PARSER.parse(document, input.explicitId());
        } catch (RuntimeException e) {
            throw new AssertionError("decoding or parsing threw " + e + "\n" + shown, e);
        }
        assertThat(result).as(shown).isNotNull();
        assertThat(result.diagnostics()).as(shown)
                .filteredOn(d -> d.code() == DiagnosticCode.INTERNAL_ERROR).extracting(Diagnostic::toString)
                .isEmpty();
        List<String> lines = lines(input.bytes());
        assertThat(result.diagnostics()).as("line numbers within the %d lines of %s", lines.size(), shown)
                .allSatisfy(d -> assertThat(d.position().line()).as(d.toString()).isBetween(0, lines.size()));
        assertThat(result.diagnostics()).as("columns within their lines in %s", shown)
                .filteredOn(d -> d.position().line() > 0)
                .allSatisfy(d -> assertThat(d.position().column()).as(d.toString())
                        .isBetween(1, lines.get(d.position().line() - 1).length() + 1));
        assertThat(result.diagnostics()).as("messages without lone surrogates in %s", shown)
                .allSatisfy(d -> assertThat(hasLoneSurrogate(d.message())).as(d.toString()).isFalse());
        assertThat(result.diagnostics()).as(shown).allSatisfy(d -> assertThat(d.position().source())
                .as(d.toString()).isEqualTo(input.name()));
        if (result.kind() == ParseResult.PageKind.ARTICLE) {
            assertThat(result.article()).as(shown).isPresent();
        }
        result.article().ifPresent(article -> assertMapsToStrictNQuads(article, shown));
        return result;
    }

    private static void assertMapsToStrictNQuads(org.taz2rdf.article.Article article, String shown) {
        byte[] nquads;
        try {
            DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
            StreamRDF sink = StreamRDFLib.dataset(dataset);
            sink.start();
            MAPPER.map(article, sink);
            sink.finish();
            dataset.find().forEachRemaining(quad -> {
                for (Node node : List.of(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject())) {
                    String text = node.isLiteral() ? node.getLiteralLexicalForm() : node.toString();
                    if (hasLoneSurrogate(text)) {
                        throw new AssertionError("lone surrogate in " + escape(quad.toString()) + "\n" + shown);
                    }
                }
            });
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RDFDataMgr.write(out, dataset, Lang.NQUADS);
            nquads = out.toByteArray();
        } catch (RuntimeException e) {
            throw new AssertionError("mapping or writing threw " + e + "\n" + shown + "article: " + article, e);
        }
        try {
            RDFParser.source(new ByteArrayInputStream(nquads)).lang(Lang.NQUADS).checking(true)
                    .errorHandler(ErrorHandlerFactory.errorHandlerStrict).toDatasetGraph();
        } catch (RuntimeException e) {
            throw new AssertionError("N-Quads do not parse back: " + e + "\n" + shown + "N-Quads:\n"
                    + new String(nquads, StandardCharsets.UTF_8), e);
        }
    }

    /**
     * The lines of the input as its author sees them, before any character is removed: any line end counts,
     * a final one starts no line.
     */
    private static List<String> lines(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isEmpty()) {
            return List.of();
        }
        List<String> lines = List.of(text.split("\r\n|\r|\n", -1));
        return text.endsWith("\n") || text.endsWith("\r") ? lines.subList(0, lines.size() - 1) : lines;
    }

    private static boolean hasLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lowFollows = i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
            if (Character.isHighSurrogate(c) && !lowFollows) {
                return true;
            }
            if (Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)))) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- generators

    private static Case randomBytes(SplittableRandom random) {
        int length = 1 + random.nextInt(400);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (random.nextInt(3) == 0) {
            for (int i = 0; i < length; i++) {
                out.write(random.nextInt(256));
            }
        } else {
            if (random.nextBoolean()) {
                out.writeBytes(utf8(pick(random, List.of("# taz.de -- ", "| # taz.de -- ", "taz.de -- ",
                        "       # taz.de -- ", "i# taz.de -- "))));
            }
            while (out.size() < length) {
                switch (random.nextInt(4)) {
                    case 0 -> out.write(random.nextInt(256));
                    case 1 -> out.write(pick(random, List.of((int) '\n', (int) '\r', (int) '\t', (int) ' ',
                            (int) '|', (int) '#', (int) '>', (int) '[', (int) ']', (int) ':', (int) '!')));
                    case 2 -> out.writeBytes(utf8(pick(random, FRAGMENTS)));
                    default -> out.writeBytes(utf8(pick(random, ITEM_LINES) + "\r\n"));
                }
            }
        }
        return new Case(pick(random, NAMES), out.toByteArray(), explicitId(random));
    }

    private static Case mutation(SplittableRandom random) {
        Capture capture = corpus.get(random.nextInt(corpus.size()));
        List<String> lines = new ArrayList<>(capture.text().lines().toList());
        int mutations = 1 + random.nextInt(8);
        for (int m = 0; m < mutations; m++) {
            mutate(lines, random);
        }
        String separator = pick(random, List.of("\n", "\n", "\n", "\r\n", "\r"));
        String text = String.join(separator, lines) + (random.nextBoolean() ? separator : "");
        if (random.nextInt(10) == 0) {
            text = "\uFEFF" + text;
        }
        byte[] bytes = utf8(text);
        if (random.nextInt(5) == 0 && bytes.length > 1) {
            bytes = java.util.Arrays.copyOf(bytes, 1 + random.nextInt(bytes.length - 1));
        }
        if (bytes.length == 0) {
            bytes = utf8("\n");
        }
        String name = random.nextBoolean() ? capture.name() : pick(random, NAMES);
        return new Case(name, bytes, explicitId(random));
    }

    private static void mutate(List<String> lines, SplittableRandom random) {
        if (lines.isEmpty()) {
            lines.add(pick(random, FRAGMENTS));
            return;
        }
        int at = random.nextInt(lines.size());
        switch (random.nextInt(10)) {
            case 0 -> lines.remove(at);
            case 1 -> lines.add(at, lines.get(at));
            case 2 -> {
                int other = random.nextInt(lines.size());
                String swapped = lines.get(at);
                lines.set(at, lines.get(other));
                lines.set(other, swapped);
            }
            case 3 -> lines.add(at, pick(random, random.nextBoolean() ? FRAGMENTS : ITEM_LINES));
            case 4 -> lines.subList(at, lines.size()).clear();
            case 5 -> {
                String line = lines.get(at);
                int cut = line.isEmpty() ? 0 : random.nextInt(line.length() + 1);
                lines.set(at, line.substring(0, cut) + pick(random, FRAGMENTS) + line.substring(cut));
            }
            case 6 -> {
                String line = lines.get(at);
                lines.set(at, line.substring(0, line.isEmpty() ? 0 : random.nextInt(line.length() + 1)));
            }
            case 7 -> lines.set(at, pick(random, FRAGMENTS) + lines.get(at));
            case 8 -> lines.set(at, lines.get(at).replaceFirst("\\d+", pick(random, NUMBERS)));
            default -> lines.set(at, lines.get(at) + pick(random, FRAGMENTS));
        }
    }

    private static Case concatenation(SplittableRandom random) {
        int count = 1 + random.nextInt(80);
        List<String> lines = new ArrayList<>();
        if (random.nextInt(4) != 0) {
            lines.add(pick(random, titleLines));
        }
        for (int i = 0; i < count; i++) {
            lines.add(random.nextInt(8) == 0 ? pick(random, ITEM_LINES) : pick(random, corpusLines));
        }
        String text = String.join(random.nextInt(4) == 0 ? "\r\n" : "\n", lines) + "\n";
        return new Case(pick(random, NAMES), utf8(text), explicitId(random));
    }

    private static Optional<String> explicitId(SplittableRandom random) {
        return random.nextInt(4) == 0 ? Optional.of("5536273") : Optional.empty();
    }

    private static <T> T pick(SplittableRandom random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c == '"' || c == '\\') {
                out.append('\\').appendCodePoint(c);
            } else if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0xD800 && c <= 0xDFFF) || c == 0xFFFD
                    || c == 0xFEFF) {
                out.append(String.format(java.util.Locale.ROOT, "\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
