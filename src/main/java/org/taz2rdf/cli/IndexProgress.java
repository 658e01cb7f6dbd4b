package org.taz2rdf.cli;

import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shows the messages of Jena's bulk loader while it builds the indexes on one progress line: each message as it
 * comes, its tick lines ("Add: 12,000,000 Index (Batch: ... / Avg: ...)") named by the index being built, which
 * only the message that starts it names ("Index set:  GSPO => GSPO->GPOS"). Called from the loader's threads.
 */
final class IndexProgress implements Consumer<String> {

    private static final Pattern INDEX_SET = Pattern.compile("Index set:\\s+\\S+ => \\S+->(\\S+)");
    private static final int WIDTH = 79;

    private final Progress line;
    private String index = "";

    IndexProgress(Progress line) {
        this.line = line;
    }

    @Override
    public synchronized void accept(String message) {
        Matcher set = INDEX_SET.matcher(message);
        if (set.lookingAt()) {
            index = set.group(1);
        }
        String text = "taz2rdf: " + (message.startsWith("Add:") && !index.isEmpty() ? index + ": " : "") + message;
        line.status(text.length() > WIDTH ? text.substring(0, WIDTH) : text);
    }
}
