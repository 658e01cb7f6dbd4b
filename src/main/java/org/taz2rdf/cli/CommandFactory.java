package org.taz2rdf.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Constructor;
import picocli.CommandLine;

/**
 * Creates command objects, handing the standard streams to those that read or write data (the commands with a
 * constructor taking an {@link InputStream} and an {@link OutputStream}).
 */
final class CommandFactory implements CommandLine.IFactory {

    private final InputStream in;
    private final OutputStream out;

    CommandFactory(InputStream in, OutputStream out) {
        this.in = in;
        this.out = out;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        try {
            Constructor<K> withStreams = type.getDeclaredConstructor(InputStream.class, OutputStream.class);
            return withStreams.newInstance(in, out);
        } catch (NoSuchMethodException e) {
            return CommandLine.defaultFactory().create(type);
        }
    }
}
