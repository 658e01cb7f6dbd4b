package org.taz2rdf.cli;

import java.util.Optional;
import picocli.CommandLine;

/** Reads the value of {@code --id}: a taz article id, with or without its {@code !}. */
final class ArticleIdOption {

    private ArticleIdOption() {}

    static Optional<String> parse(String value, CommandLine commandLine) {
        if (value == null) {
            return Optional.empty();
        }
        String id = value.startsWith("!") ? value.substring(1) : value;
        if (!id.matches("\\d{4,9}")) {
            throw new CommandLine.ParameterException(commandLine,
                    "--id takes a taz article id such as 5536273, not '" + value + "'");
        }
        return Optional.of(id);
    }
}
