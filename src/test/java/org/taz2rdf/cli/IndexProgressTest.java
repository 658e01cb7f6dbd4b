package org.taz2rdf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Jena's index-phase messages on one line, tick lines named by the index being built, cut to the terminal width. */
class IndexProgressTest {

    @Test
    void namesTheIndexOfEachTickAndKeepsToOneLine() {
        StringWriter out = new StringWriter();
        IndexProgress progress = new IndexProgress(new Progress(new PrintWriter(out, true), true, 0));

        progress.accept("Add: 1,000,000 Index (Batch: 5 / Avg: 5)");
        progress.accept("Index set:  GSPO => GSPO->GPOS");
        progress.accept("Add: 1,000,000 Index (Batch: 1,209,189 / Avg: 1,209,189)");
        progress.accept("Index set:  GSPO => GSPO->OSPG [1,259,646 items, 2.4 seconds]");
        progress.accept("Add: 2,000,000 Index (Batch: 1,488,095 / Avg: 1,488,095) and a long tail to be cut off here");

        String[] lines = out.toString().split("\r\u001B\\[K", -1);
        assertThat(lines).containsExactly("",
                "taz2rdf: Add: 1,000,000 Index (Batch: 5 / Avg: 5)",
                "taz2rdf: Index set:  GSPO => GSPO->GPOS",
                "taz2rdf: GPOS: Add: 1,000,000 Index (Batch: 1,209,189 / Avg: 1,209,189)",
                "taz2rdf: Index set:  GSPO => GSPO->OSPG [1,259,646 items, 2.4 seconds]",
                "taz2rdf: OSPG: Add: 2,000,000 Index (Batch: 1,488,095 / Avg: 1,488,095) and a l");
        assertThat(lines[5]).hasSize(79);
    }
}
