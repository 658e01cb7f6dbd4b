package org.taz2rdf.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.taz2rdf.diagnostic.Diagnostic;
import org.taz2rdf.diagnostic.DiagnosticCode;
import org.taz2rdf.diagnostic.Severity;
import org.taz2rdf.diagnostic.SourcePosition;

/**
 * Expands command-line operands into inputs, before any is read, so that a missing file is reported at once:
 * a file is taken as it is; a folder is walked recursively and its article files ({@code .txt}, {@code .gmi},
 * {@code .gemini}, {@code .gph}, {@code .gophermap} and files without an extension; hidden files and folders
 * skipped) are taken in path order; {@code -} is standard input.
 */
public final class InputCollector {

    /** The file name endings taken from folders. */
    public static final Set<String> ARTICLE_EXTENSIONS = Set.of("txt", "gmi", "gemini", "gph", "gophermap");

    private final InputStream stdin;

    public InputCollector(InputStream stdin) {
        this.stdin = stdin;
    }

    /**
     * The inputs found (an unmodifiable list, compact however many files the folders hold) and what was wrong with
     * the operands: an error for each that could not be used, a warning for a folder that gave no files.
     */
    public record Collected(List<Input> inputs, List<Diagnostic> problems) {
        public Collected {
            problems = List.copyOf(problems);
        }

        /** The operands that could not be used: one error each. */
        public int unusable() {
            return (int) problems.stream().filter(problem -> problem.severity() == Severity.ERROR).count();
        }
    }

    public Collected collect(List<String> operands) {
        InputList.Builder inputs = new InputList.Builder();
        List<Diagnostic> problems = new ArrayList<>();
        boolean stdinTaken = false;
        for (String operand : operands) {
            if (operand.equals("-")) {
                if (!stdinTaken) {
                    inputs.add(new Input.StreamInput("<stdin>", stdin));
                }
                stdinTaken = true;
                continue;
            }
            Path path;
            try {
                path = Path.of(operand);
            } catch (java.nio.file.InvalidPathException e) {
                problems.add(unreadable(operand, "not a valid path: " + e.getReason()));
                continue;
            }
            if (operand.isBlank()) {
                problems.add(unreadable("''", "an empty name is no file or folder"));
            } else if (Files.isDirectory(path)) {
                inputs.addFolder(path, walk(path, problems));
            } else if (Files.isRegularFile(path) && Files.isReadable(path)) {
                inputs.add(new Input.FileInput(path));
            } else {
                problems.add(unreadable(operand, Files.exists(path) ? "cannot be read" : "no such file or folder"));
            }
        }
        return new Collected(inputs.build(), problems);
    }

    /**
     * The article files under the folder, relative to it, in path order. The names are packed as the walk finds
     * them and sorted at the end, so no path object per file is kept.
     */
    private static PackedNames walk(Path folder, List<Diagnostic> problems) {
        PackedNames names = new PackedNames();
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.filter(Files::isRegularFile)
                    .map(folder::relativize)
                    .filter(relative -> !isHidden(relative))
                    .filter(InputCollector::hasArticleExtension)
                    .forEach(relative -> names.add(relative.toString()));
            if (names.size() == 0) {
                problems.add(new Diagnostic(SourcePosition.wholeInput(folder.toString()), Severity.WARNING,
                        DiagnosticCode.NO_INPUT_FILES, "the folder holds no article files (from folders, files"
                                + " ending in .txt, .gmi, .gemini, .gph or .gophermap or without an extension are"
                                + " taken, hidden ones skipped; name other files, such as RDF from convert, one by"
                                + " one)"));
            }
            return names.sorted();
        } catch (IOException | UncheckedIOException e) {
            problems.add(unreadable(folder.toString(), "folder cannot be read: " + e.getMessage()));
            return new PackedNames();
        }
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasArticleExtension(Path path) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot <= 0 || ARTICLE_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static Diagnostic unreadable(String operand, String why) {
        return new Diagnostic(SourcePosition.wholeInput(operand), Severity.ERROR, DiagnosticCode.UNREADABLE_INPUT,
                why);
    }
}
