package org.taz2rdf.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One input to read: a file, or standard input. Reading is deferred so that a run over many files holds one
 * at a time.
 */
public interface Input {

    /** The name shown in diagnostics and used to find the article id: the path as given, or {@code <stdin>}. */
    String name();

    /** All bytes of the input. */
    byte[] readAllBytes() throws IOException;

    /** A file, named by the path the user gave or found below a folder the user gave. */
    record FileInput(Path path) implements Input {
        public FileInput {
            Objects.requireNonNull(path, "path");
        }

        @Override
        public String name() {
            return path.toString();
        }

        @Override
        public byte[] readAllBytes() throws IOException {
            return Files.readAllBytes(path);
        }
    }

    /** Standard input ({@code -} on the command line); read once. */
    record StreamInput(String name, InputStream stream) implements Input {
        public StreamInput {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(stream, "stream");
        }

        @Override
        public byte[] readAllBytes() throws IOException {
            return stream.readAllBytes();
        }
    }
}
