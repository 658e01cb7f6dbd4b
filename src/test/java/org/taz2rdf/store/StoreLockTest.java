package org.taz2rdf.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taz2rdf.cli.Main;

/** A store held by another process gives a clear message, not a stack trace. */
class StoreLockTest {

    @TempDir
    Path dir;

    @Test
    void aSecondProcessOnTheSameStoreIsToldWhichProcessHoldsIt() throws Exception {
        Path store = dir.resolve("db");
        Path log = dir.resolve("holder.log");
        Process holder = ChildJvm.start(HoldStore.class, log, store.toString());
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.readString(log).contains("ready") && System.nanoTime() < deadline && holder.isAlive()) {
                Thread.sleep(100);
            }
            assertThat(Files.readString(log)).as("holder output").contains("ready");
            StringWriter err = new StringWriter();
            int exit = Main.run(new ByteArrayInputStream(new byte[0]), OutputStream.nullOutputStream(),
                    new PrintWriter(err), "stats", "--loc", store.toString());
            assertThat(exit).isEqualTo(5);
            assertThat(err.toString()).startsWith("taz2rdf: the store " + store + " is in use by process "
                    + holder.pid() + ". TDB2 lets one process use a store at a time");
            assertThat(err.toString()).doesNotContain("Exception").doesNotContain("\tat ");
        } finally {
            holder.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }
}
