package org.taz2rdf.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taz2rdf.cli.Main;

/** Publishing to a real Fuseki on 127.0.0.1, and surviving stores that fail, stall or lie. */
class PublishTest {

    @TempDir
    Path dir;

    private FusekiServer fuseki;
    private final DatasetGraph remote = DatasetGraphFactory.createTxnMem();

    @AfterEach
    void stop() {
        if (fuseki != null) {
            fuseki.stop();
        }
    }

    record Run(int exit, String err) {}

    private static Run run(String... args) {
        StringWriter err = new StringWriter();
        int exit = Main.run(new ByteArrayInputStream(new byte[0]), OutputStream.nullOutputStream(), new PrintWriter(err), args);
        return new Run(exit, err.toString());
    }

    private String startFuseki() {
        fuseki = FusekiServer.create().port(0).loopback(true).add("taz", remote, true).build().start();
        return "http://127.0.0.1:" + fuseki.getPort() + "/taz";
    }

    private TreeSet<String> remoteQuads() {
        return Txn.calculateRead(remote, () -> {
            TreeSet<String> quads = new TreeSet<>();
            remote.find().forEachRemaining(q -> quads.add(NodeFmtLib.str(q)));
            return quads;
        });
    }

    @Test
    void publishingTwiceLeavesTheSameGraphsInFuseki() {
        String url = startFuseki();
        Run first = run("publish", "--to", url, "samples");
        TreeSet<String> afterFirst = remoteQuads();
        Run second = run("publish", "--to", url, "samples");
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.err()).endsWith("taz2rdf: published to " + url + ": 7 graphs sent, 7 verified, 0 failed"
                + System.lineSeparator());
        assertThat(second.exit()).isZero();
        assertThat(remoteQuads()).isEqualTo(afterFirst).isNotEmpty();
        assertThat(Txn.calculateRead(remote, () -> remote.listGraphNodes().hasNext())).isTrue();
    }

    @Test
    void publishesTheStoreWithTheSameTriplesAsItHolds() {
        String url = startFuseki();
        String store = dir.resolve("db").toString();
        run("load", "-q", "--loc", store, "samples");
        Run publish = run("publish", "--loc", store, "--to", url);
        assertThat(publish.exit()).as(publish.err()).isZero();
        assertThat(publish.err()).contains(": 7 graphs sent, 7 verified, 0 failed");
    }

    @Test
    void fallsBackToSparqlUpdateWhereTheStoreHasNoGraphStore() {
        String url = startFuseki();
        Run publish = run("publish", "--profile", "generic", "--to", url, "--gsp", url + "/no-such-endpoint",
                "--query", url + "/query", "--update", url + "/update", "samples");
        assertThat(publish.exit()).as(publish.err()).isZero();
        assertThat(publish.err()).contains(": 7 graphs sent, 7 verified, 0 failed");
        Run viaGsp = run("publish", "--to", url, "samples");
        assertThat(viaGsp.exit()).isZero();
    }

    @Test
    void catchesAStoreThatAnswersOkAndKeepsNothing() throws Exception {
        try (FaultyGraphStore store = new FaultyGraphStore()) {
            store.fault("https://taz2rdf.example/id/graph/9000010", FaultyGraphStore.Fault.LIE);
            Run publish = run("publish", "--profile", "generic", "--to", store.url(), "--gsp", store.url() + "/data",
                    "--query", store.url() + "/query", "--update", store.url() + "/update", "samples");
            assertThat(publish.exit()).isEqualTo(1);
            assertThat(publish.err()).containsPattern("taz2rdf: error: https://taz2rdf.example/id/graph/9000010: sent \\d+"
                    + " triples, the store holds 0");
            assertThat(publish.err()).contains(": 7 graphs sent, 6 verified, 1 failed");
        }
    }

    @Test
    void survivesAStallingAndAFailingRequestAndGoesOn() throws Exception {
        try (FaultyGraphStore store = new FaultyGraphStore()) {
            store.fault("https://taz2rdf.example/id/graph/9000010", FaultyGraphStore.Fault.STALL);
            store.fault("https://taz2rdf.example/id/graph/9000020", FaultyGraphStore.Fault.FAIL_ONCE);
            Run publish = run("publish", "--profile", "generic", "--to", store.url(), "--gsp", store.url() + "/data",
                    "--query", store.url() + "/query", "--update", store.url() + "/update", "--timeout", "1",
                    "--retries", "1", "samples");
            assertThat(publish.exit()).isEqualTo(1);
            assertThat(publish.err()).contains("taz2rdf: error: https://taz2rdf.example/id/graph/9000010: PUT "
                    + store.url() + "/data?graph=https%3A%2F%2Ftaz2rdf.example%2Fid%2Fgraph%2F9000010: no answer within 1 s");
            assertThat(publish.err()).contains(": 6 graphs sent, 6 verified, 1 failed");
            assertThat(store.stored()).containsKey("https://taz2rdf.example/id/graph/9000020");
            assertThat(store.requests().stream().filter(r -> r.endsWith("graph/9000010")).count()).isEqualTo(2);
        }
    }

    @Test
    void aDryRunSendsNothing() throws Exception {
        try (FaultyGraphStore store = new FaultyGraphStore()) {
            Run publish = run("publish", "--profile", "generic", "--to", store.url(), "--gsp", store.url() + "/data",
                    "--query", store.url() + "/query", "--update", store.url() + "/update", "--dry-run", "samples");
            assertThat(publish.exit()).isZero();
            assertThat(publish.err()).contains("taz2rdf: dry run: 7 graphs, nothing sent");
            assertThat(store.requests()).isEmpty();
        }
    }

    @Test
    void anInputThatCannotBeReadFailsTheRunAndTheOthersAreSent() throws Exception {
        Path bad = java.nio.file.Files.writeString(dir.resolve("bad.txt"), "not a taz page\n");
        String url = startFuseki();

        Run publish = run("publish", "--to", url, bad.toString(), "samples/gopher-019-!6117218.txt");

        assertThat(publish.exit()).isEqualTo(1);
        assertThat(publish.err()).contains(bad + ":1:1: error: expected the taz title line");
        assertThat(remoteQuads()).isNotEmpty().allMatch(quad -> quad.startsWith("<https://taz2rdf.example/id/graph/6117218> "));
    }

    @Test
    void sendsBasicCredentialsFromAFileAndNeverShowsThePassword() throws Exception {
        Path passwords = dir.resolve("passwd");
        Files.writeString(passwords, "editor: s3cret-Pa55\n");
        fuseki = FusekiServer.create().port(0).loopback(true).passwordFile(passwords.toString()).auth(AuthScheme.BASIC)
                .serverAuthPolicy(Auth.policyAllowSpecific("editor")).add("taz", remote, true).build().start();
        String url = "http://127.0.0.1:" + fuseki.getPort() + "/taz";
        Path good = dir.resolve("good");
        Files.writeString(good, "editor:s3cret-Pa55\n");
        Path bad = dir.resolve("bad");
        Files.writeString(bad, "editor:wrong-Pa55\n");
        Run ok = run("publish", "--to", url, "--auth", "basic", "--credentials-file", good.toString(), "samples");
        Run refused = run("publish", "--to", url, "--auth", "basic", "--credentials-file", bad.toString(), "samples");
        Run anonymous = run("publish", "--to", url, "samples");
        assertThat(ok.exit()).as(ok.err()).isZero();
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("HTTP 401");
        assertThat(anonymous.exit()).isEqualTo(1);
        for (Run run : List.of(ok, refused, anonymous)) {
            assertThat(run.err()).doesNotContain("s3cret").doesNotContain("wrong-Pa55").doesNotContain("Authorization");
        }
    }

    @Test
    void sendsDigestCredentials() throws Exception {
        Path passwords = dir.resolve("passwd");
        Files.writeString(passwords, "editor: s3cret-Pa55\n");
        fuseki = FusekiServer.create().port(0).loopback(true).passwordFile(passwords.toString()).auth(AuthScheme.DIGEST)
                .serverAuthPolicy(Auth.policyAllowSpecific("editor")).add("taz", remote, true).build().start();
        String url = "http://127.0.0.1:" + fuseki.getPort() + "/taz";
        Path good = dir.resolve("good");
        Files.writeString(good, "editor:s3cret-Pa55\n");
        Run ok = run("publish", "--to", url, "--auth", "digest", "--credentials-file", good.toString(), "samples");
        assertThat(ok.exit()).as(ok.err()).isZero();
        assertThat(ok.err()).contains(": 7 graphs sent, 7 verified, 0 failed");
    }

    @Test
    void refusesToAuthenticateWithoutCredentialsAndSaysWhereToPutThem() {
        Run run = run("publish", "--to", "http://127.0.0.1:9/taz", "--auth", "basic", "samples");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("--auth basic needs credentials: set $TAZ2RDF_CREDENTIALS=user:password or give"
                + " --credentials-file");
    }

    @Test
    void helpOffersNoPasswordOption() {
        StringWriter err = new StringWriter();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        Main.run(new ByteArrayInputStream(new byte[0]), out, new PrintWriter(err), "publish", "--help");
        List<String> options = new ArrayList<>();
        out.toString(java.nio.charset.StandardCharsets.UTF_8).lines().filter(l -> l.strip().startsWith("--"))
                .forEach(options::add);
        assertThat(options).noneMatch(option -> option.strip().startsWith("--password"));
        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("TAZ2RDF_CREDENTIALS");
    }
}
