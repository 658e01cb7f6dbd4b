package org.taz2rdf.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taz2rdf.diagnostic.Diagnostic;

/** {@link InputCollector}: command-line operands become inputs, in a fixed order, before any is read. */
class InputCollectorTest {

    @TempDir
    Path folder;

    private final ByteArrayInputStream stdin =
            new ByteArrayInputStream("# taz.de -- Kicker: Titel\n".getBytes(StandardCharsets.UTF_8));

    @Test
    void walksAFolderRecursivelyInSortedPathOrder() throws IOException {
        touch("b.txt");
        touch("a/z.txt");
        touch("c/a.txt");
        touch("a/b/c.txt");
        touch("a.txt");

        InputCollector.Collected collected = collect(folder.toString());

        assertThat(names(collected)).containsExactly(
                folder.resolve("a.txt").toString(),
                folder.resolve("a/b/c.txt").toString(),
                folder.resolve("a/z.txt").toString(),
                folder.resolve("b.txt").toString(),
                folder.resolve("c/a.txt").toString());
        assertThat(collected.problems()).isEmpty();
    }

    @Test
    void aFolderWithoutArticleFilesGivesAWarningNotAnError() throws IOException {
        touch("articles.nq");
        touch(".hidden.txt");

        InputCollector.Collected collected = collect(folder.toString());

        assertThat(collected.inputs()).isEmpty();
        assertThat(collected.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.severity()).isEqualTo(org.taz2rdf.diagnostic.Severity.WARNING);
            assertThat(problem.code()).isEqualTo(org.taz2rdf.diagnostic.DiagnosticCode.NO_INPUT_FILES);
            assertThat(problem.message()).startsWith("the folder holds no article files");
        });
        assertThat(collected.unusable()).isZero();
        assertThat(collect(folder.resolve("missing").toString()).unusable()).isOne();
    }

    @Test
    void takesArticleExtensionsInAnyCaseAndFilesWithoutExtensionFromFolders() throws IOException {
        for (String name : List.of("one.txt", "two.gmi", "three.gemini", "four.gph", "five.gophermap", "!5536273",
                "upper.TXT", "sub/six.GMI")) {
            touch(name);
        }

        assertThat(names(collect(folder.toString()))).containsExactlyInAnyOrder(
                folder.resolve("one.txt").toString(),
                folder.resolve("two.gmi").toString(),
                folder.resolve("three.gemini").toString(),
                folder.resolve("four.gph").toString(),
                folder.resolve("five.gophermap").toString(),
                folder.resolve("!5536273").toString(),
                folder.resolve("upper.TXT").toString(),
                folder.resolve("sub/six.GMI").toString());
    }

    @Test
    void skipsOtherExtensionsInFolders() throws IOException {
        touch("article.txt");
        for (String name : List.of("article.ttl", "article.diagnostics", "notes.md", "INDEX.tsv", "page.html",
                "archive.txt.gz")) {
            touch(name);
        }

        assertThat(names(collect(folder.toString()))).containsExactly(folder.resolve("article.txt").toString());
    }

    @Test
    void skipsHiddenFilesAndFolders() throws IOException {
        touch("visible.txt");
        touch(".hidden.txt");
        touch(".git/HEAD");
        touch(".cache/deep/article.txt");
        touch("sub/.draft.gmi");

        assertThat(names(collect(folder.toString()))).containsExactly(folder.resolve("visible.txt").toString());
    }

    @Test
    void takesAFileNamedOnTheCommandLineWhateverItsExtension() throws IOException {
        Path turtle = touch("named.ttl");
        Path hidden = touch(".hidden.txt");

        assertThat(names(collect(turtle.toString(), hidden.toString())))
                .containsExactly(turtle.toString(), hidden.toString());
    }

    @Test
    void keepsTheOrderOfTheOperands() throws IOException {
        Path b = touch("b.txt");
        Path a = touch("a.txt");

        assertThat(names(collect(b.toString(), a.toString()))).containsExactly(b.toString(), a.toString());
    }

    @Test
    void mixesFilesFoldersEmptyFoldersAndStandardInputInTheOrderOfTheOperands() throws IOException {
        Path single = touch("single.txt");
        touch("one/b.txt");
        touch("one/ä/ü.txt");
        touch("one/a.gmi");
        Files.createDirectories(folder.resolve("empty"));
        touch("two/x.txt");

        InputCollector.Collected collected = collect(folder.resolve("empty").toString(), single.toString(),
                folder.resolve("one").toString(), "-", folder.resolve("empty").toString(),
                folder.resolve("two").toString(), single.toString());

        assertThat(names(collected)).containsExactly(single.toString(), folder.resolve("one/a.gmi").toString(),
                folder.resolve("one/b.txt").toString(), folder.resolve("one/ä/ü.txt").toString(), "<stdin>",
                folder.resolve("two/x.txt").toString(), single.toString());
        assertThat(collected.inputs()).hasSize(7);
        assertThat(collected.inputs().get(2)).isEqualTo(new Input.FileInput(folder.resolve("one/b.txt")));
        assertThat(collected.inputs().get(6)).isEqualTo(new Input.FileInput(single));
    }

    @Test
    void namesAFileByThePathAsGiven() throws IOException {
        touch("rel/!5536273.txt");
        String given = folder.resolve("rel/../rel/!5536273.txt").toString();

        assertThat(names(collect(given))).containsExactly(given);
    }

    @Test
    void reportsMissingPathAsUnreadableInput() {
        String missing = folder.resolve("missing.txt").toString();

        InputCollector.Collected collected = collect(missing);

        assertThat(collected.inputs()).isEmpty();
        assertThat(collected.problems()).extracting(Diagnostic::toString)
                .containsExactly(missing + ": error: no such file or folder [UNREADABLE_INPUT]");
    }

    @Test
    void keepsTheOtherInputsWhenOneIsMissing() throws IOException {
        Path present = touch("present.txt");

        InputCollector.Collected collected = collect("missing.txt", present.toString());

        assertThat(names(collected)).containsExactly(present.toString());
        assertThat(collected.problems()).extracting(Diagnostic::toString)
                .containsExactly("missing.txt: error: no such file or folder [UNREADABLE_INPUT]");
    }

    @Test
    void givesNoInputsAndAWarningForAnEmptyFolder() {
        InputCollector.Collected collected = collect(folder.toString());

        assertThat(collected.inputs()).isEmpty();
        assertThat(collected.problems()).singleElement()
                .satisfies(problem -> assertThat(problem.severity()).isEqualTo(org.taz2rdf.diagnostic.Severity.WARNING));
        assertThat(collected.unusable()).isZero();
    }

    @Test
    void readsDashAsStandardInputNamedStdin() throws IOException {
        InputCollector.Collected collected = collect("-");

        assertThat(names(collected)).containsExactly("<stdin>");
        assertThat(collected.inputs().get(0)).isInstanceOf(Input.StreamInput.class);
        assertThat(new String(collected.inputs().get(0).readAllBytes(), StandardCharsets.UTF_8))
                .isEqualTo("# taz.de -- Kicker: Titel\n");
    }

    @Test
    void takesStandardInputOnceWhenDashIsGivenTwice() throws IOException {
        Path file = touch("a.txt");

        InputCollector.Collected collected = collect("-", file.toString(), "-");

        assertThat(names(collected)).containsExactly("<stdin>", file.toString());
        assertThat(collected.problems()).isEmpty();
    }

    @Test
    void readsFileInputsOnlyWhenAsked() throws IOException {
        Path file = touch("late.txt");
        InputCollector.Collected collected = collect(file.toString());
        Files.writeString(file, "written after collecting\n");

        assertThat(new String(collected.inputs().get(0).readAllBytes(), StandardCharsets.UTF_8))
                .isEqualTo("written after collecting\n");
    }

    private InputCollector.Collected collect(String... operands) {
        return new InputCollector(stdin).collect(List.of(operands));
    }

    private static List<String> names(InputCollector.Collected collected) {
        return collected.inputs().stream().map(Input::name).toList();
    }

    private Path touch(String relative) throws IOException {
        Path file = folder.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "# taz.de -- Kicker: Titel\n");
        return file;
    }
}
