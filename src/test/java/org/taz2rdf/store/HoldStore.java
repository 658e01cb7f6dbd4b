package org.taz2rdf.store;

import java.nio.file.Path;

/** A second process for tests: opens a store, says "ready", and holds it until killed or 120 s pass. */
public final class HoldStore {

    private HoldStore() {}

    public static void main(String[] args) throws InterruptedException {
        try (ArticleStore store = ArticleStore.open(Path.of(args[0]))) {
            System.out.println("ready " + ProcessHandle.current().pid());
            System.out.flush();
            Thread.sleep(120_000);
        }
    }
}
