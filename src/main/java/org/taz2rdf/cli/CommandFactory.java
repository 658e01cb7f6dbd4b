package org.taz2rdf.cli;

import java.io.InputStream;
import java.io.OutputStream;
import picocli.CommandLine;

/** Creates command objects, handing the standard streams to those that read and write data. */
final class CommandFactory implements CommandLine.IFactory {

    private final InputStream in;
    private final OutputStream out;

    CommandFactory(InputStream in, OutputStream out) {
        this.in = in;
        this.out = out;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        if (type == ConvertCommand.class) {
            return type.cast(new ConvertCommand(in, out));
        }
        return CommandLine.defaultFactory().create(type);
    }
}
