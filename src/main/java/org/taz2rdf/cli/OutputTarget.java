package org.taz2rdf.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.commons.io.output.CloseShieldOutputStream;

/**
 * Where a command writes its data: standard output, or a file that is written beside its final place and
 * moved there only by {@link #commit()}, so that a failed run leaves an earlier output intact.
 */
final class OutputTarget implements AutoCloseable {

    private final OutputStream stream;
    private final Path temporary;
    private final Path destination;
    private boolean committed;

    private OutputTarget(OutputStream stream, Path temporary, Path destination) {
        this.stream = stream;
        this.temporary = temporary;
        this.destination = destination;
    }

    static OutputTarget open(Path file, OutputStream stdout) throws IOException {
        if (file == null) {
            return new OutputTarget(CloseShieldOutputStream.wrap(stdout), null, null);
        }
        Path absolute = file.toAbsolutePath();
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, "." + absolute.getFileName(), ".part");
        return new OutputTarget(Files.newOutputStream(temporary), temporary, absolute);
    }

    OutputStream stream() {
        return stream;
    }

    /** Finishes the output: flushes it and, for a file, moves it into place. */
    void commit() throws IOException {
        stream.flush();
        if (temporary != null) {
            stream.close();
            makeReadable(temporary);
            Files.move(temporary, destination, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        committed = true;
    }

    /** Temporary files are private to their owner; the output should read like any file the user writes. */
    private static void makeReadable(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    @Override
    public void close() throws IOException {
        stream.close();
        if (temporary != null && !committed) {
            Files.deleteIfExists(temporary);
        }
    }
}
