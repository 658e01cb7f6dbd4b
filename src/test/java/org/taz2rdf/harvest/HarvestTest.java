package org.taz2rdf.harvest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taz2rdf.pipeline.Digests;

/**
 * The harvester against real Gopher and Gemini servers on 127.0.0.1 serving the fictional {@link TazFixtures}
 * site: what is saved, what is requested, re-runs, resumption, and misbehaving servers. Short timeouts, no delay,
 * and back-off pauses recorded instead of slept, so the class runs in a few seconds.
 */
class HarvestTest {

    private static final FetchLimits LIMITS =
            new FetchLimits(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(10), 1L << 20);
    private static final Harvester.Settings DEFAULT = new Harvester.Settings(1, 1000, Duration.ofHours(12));
    private static final Harvester.Settings FETCH_ALL = new Harvester.Settings(1, 1000, Duration.ZERO);
    private static final String INDEX_HEADER = "id\taddress\tfetched_at\tsha256\tfile";
    private static final String KNOWN_HOSTS = ".known-gemini-hosts";

    @TempDir
    Path dir;

    private TestGopherServer gopher;
    private final List<AutoCloseable> servers = new ArrayList<>();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T06:00:00Z"));
    private final List<Long> sleeps = new CopyOnWriteArrayList<>();
    private final Map<String, String> outcomes = new LinkedHashMap<>();
    private final List<String> failures = new ArrayList<>();

    @BeforeEach
    void startGopher() throws IOException {
        gopher = new TestGopherServer();
        gopher.start();
        gopher.putAll(TazFixtures.gopherSite(gopher.port()));
        servers.add(gopher);
    }

    @AfterEach
    void stopServers() throws Exception {
        for (AutoCloseable server : servers) {
            server.close();
        }
    }

    // ---------------------------------------------------------------- Gopher

    @Test
    void gopherSectionAtDepthOneSavesItsSixArticlesAsTheServerSentThem() throws IOException {
        Path folder = dir.resolve("harvest");

        HarvestResult result = harvest(folder, DEFAULT, LIMITS, 0, gopherStart("/!p4611"));

        // The section menu links 9000101–9000106 and no other menu; 9000107 is only on the tag and author
        // menus, which only article pages link (and article pages are saved, not walked).
        List<String> ids = TazFixtures.SECTION_ARTICLE_IDS;
        assertThat(result).isEqualTo(new HarvestResult(6, 0, 0, 0, 0, 0, files(folder, ids, ".gophermap")));
        assertThat(failures).isEmpty();
        assertThat(fileNames(folder)).containsExactlyInAnyOrderElementsOf(names(ids, ".gophermap", "index.tsv"));
        Map<String, byte[]> site = TazFixtures.gopherSite(gopher.port());
        for (String id : ids) {
            assertThat(Files.readAllBytes(folder.resolve("!" + id + ".gophermap")))
                    .as("!%s.gophermap", id).isEqualTo(site.get(TazFixtures.articleSelector(id)));
        }
        List<String> index = Files.readAllLines(folder.resolve("index.tsv"), UTF_8);
        assertThat(index.get(0)).isEqualTo(INDEX_HEADER);
        assertThat(index).hasSize(1 + ids.size());
        for (String id : ids) {
            assertThat(indexLines(folder, id)).containsExactly(String.join("\t", id,
                    "gopher://127.0.0.1:" + gopher.port() + "/1" + TazFixtures.articleSelector(id),
                    clock.instant().toString(), Digests.sha256(site.get(TazFixtures.articleSelector(id))),
                    "!" + id + ".gophermap"));
        }
        assertThat(gopher.requests()).containsExactlyElementsOf(
                Stream.concat(Stream.of("/!p4611"), ids.stream().map(TazFixtures::articleSelector)).toList());
    }

    @Test
    void gopherArticleLinkedFromSeveralMenusIsRequestedOnce() throws IOException {
        Path folder = dir.resolve("harvest");

        HarvestResult result = harvest(folder, DEFAULT, LIMITS, 0,
                gopherStart("/!p4611"), gopherStart("/!t5000101"), gopherStart("/!a42101"));

        List<String> ids = TazFixtures.ARTICLE_IDS;
        assertThat(result.added()).isEqualTo(7);
        assertThat(result.failed() + result.failedMenus()).isZero();
        assertThat(fileNames(folder)).containsExactlyInAnyOrderElementsOf(names(ids, ".gophermap", "index.tsv"));
        Map<String, byte[]> site = TazFixtures.gopherSite(gopher.port());
        for (String id : ids) {
            assertThat(Files.readAllBytes(folder.resolve("!" + id + ".gophermap")))
                    .isEqualTo(site.get(TazFixtures.articleSelector(id)));
            assertThat(gopher.requestCount(TazFixtures.articleSelector(id))).as("requests of %s", id).isEqualTo(1);
            assertThat(indexLines(folder, id)).hasSize(1);
        }
        // 9000102 and 9000104 are on all three menus, the others on two; every menu is fetched once too.
        assertThat(gopher.requests()).hasSize(3 + 7).doesNotHaveDuplicates();
    }

    // ---------------------------------------------------------------- Gemini

    @Test
    void geminiSectionIsHarvestedAndItsCertificateRemembered() throws IOException {
        TestGeminiServer gemini = gemini();
        Path folder = dir.resolve("harvest");

        HarvestResult result = harvest(folder, DEFAULT, LIMITS, 0, geminiStart(gemini, "/!p4611/"));

        List<String> ids = TazFixtures.SECTION_ARTICLE_IDS;
        assertThat(result).isEqualTo(new HarvestResult(6, 0, 0, 0, 0, 0, files(folder, ids, ".gmi")));
        assertThat(fileNames(folder)).containsExactlyInAnyOrderElementsOf(names(ids, ".gmi", "index.tsv", KNOWN_HOSTS));
        Map<String, String> site = TazFixtures.geminiSite();
        for (String id : ids) {
            byte[] expected = ("20 " + TestGeminiServer.GEMTEXT_META + "\r\n" + site.get("/!" + id)).getBytes(UTF_8);
            assertThat(Files.readAllBytes(folder.resolve("!" + id + ".gmi"))).as("!%s.gmi", id).isEqualTo(expected);
            assertThat(indexLines(folder, id)).containsExactly(String.join("\t", id,
                    "gemini://127.0.0.1:" + gemini.port() + "/!" + id, clock.instant().toString(),
                    Digests.sha256(expected), "!" + id + ".gmi"));
            assertThat(gemini.requestCount("/!" + id)).isEqualTo(1);
        }
        assertThat(Files.readString(folder.resolve(KNOWN_HOSTS)))
                .isEqualTo("127.0.0.1:" + gemini.port() + " " + gemini.certificateFingerprint() + "\n");
    }

    @Test
    void geminiServerWithAChangedCertificateIsRefusedAndNothingIsSaved() throws IOException {
        TestGeminiServer gemini = gemini();
        Path folder = dir.resolve("harvest");
        harvest(folder, DEFAULT, LIMITS, 0, geminiStart(gemini, "/!p4611/"));
        String trusted = gemini.certificateFingerprint();
        Map<Path, byte[]> before = contents(folder);
        int requestsBefore = gemini.requests().size();

        gemini.withNewCertificate();
        clock.advance(Duration.ofMinutes(1));
        HarvestResult again = harvest(folder, FETCH_ALL, LIMITS, 2,
                geminiStart(gemini, "/!p4611/"), geminiStart(gemini, "/!9000107"));

        String hostAndPort = "127.0.0.1:" + gemini.port();
        assertThat(again).isEqualTo(new HarvestResult(0, 0, 0, 0, 1, 1, List.of()));
        assertThat(failures).containsExactly(
                "gemini://" + hostAndPort + "/!p4611/ gemini://" + hostAndPort + "/!p4611/: the certificate of "
                        + hostAndPort + " changed (now " + gemini.certificateFingerprint() + ", trusted " + trusted
                        + "); if the change is expected, remove its line from the known hosts file",
                "gemini://" + hostAndPort + "/!9000107 gemini://" + hostAndPort + "/!9000107: the certificate of "
                        + hostAndPort + " changed (now " + gemini.certificateFingerprint() + ", trusted " + trusted
                        + "); if the change is expected, remove its line from the known hosts file");
        assertThat(sleeps).as("a changed certificate is not retried").isEmpty();
        assertThat(gemini.requests()).as("no request is sent to an untrusted server").hasSize(requestsBefore);
        Map<Path, byte[]> after = contents(folder);
        assertThat(after).containsOnlyKeys(before.keySet());
        before.forEach((file, bytes) -> assertThat(after.get(file)).as("%s", file).isEqualTo(bytes));
    }

    // ---------------------------------------------------------------- re-runs and resumption

    @Test
    void reRunWithinTheMaximumAgeKeepsEveryArticleWithoutARequest() throws IOException {
        Path folder = dir.resolve("harvest");
        harvest(folder, DEFAULT, LIMITS, 0, gopherStart("/!p4611"));
        Map<Path, byte[]> before = contents(folder);
        List<String> requestsBefore = gopher.requests();

        clock.advance(Duration.ofHours(11));
        HarvestResult again = harvest(folder, DEFAULT, LIMITS, 0, gopherStart("/!p4611"));

        assertThat(again).isEqualTo(new HarvestResult(0, 0, 0, 6, 0, 0, List.of()));
        assertThat(outcomes.values()).containsOnly("kept");
        assertThat(gopher.requests().subList(requestsBefore.size(), gopher.requests().size()))
                .as("only the menu is fetched again").containsExactly("/!p4611");
        Map<Path, byte[]> after = contents(folder);
        assertThat(after).containsOnlyKeys(before.keySet());
        before.forEach((file, bytes) -> assertThat(after.get(file)).as("%s", file).isEqualTo(bytes));
    }

    @Test
    void reRunWithMaximumAgeZeroFetchesEveryArticleAgainAndFindsThemUnchanged() throws IOException {
        Path folder = dir.resolve("harvest");
        harvest(folder, DEFAULT, LIMITS, 0, gopherStart("/!p4611"));
        Map<Path, byte[]> before = contents(folder);

        clock.advance(Duration.ofSeconds(1));
        HarvestResult again = harvest(folder, FETCH_ALL, LIMITS, 0, gopherStart("/!p4611"));

        assertThat(again).isEqualTo(new HarvestResult(0, 0, 6, 0, 0, 0, List.of()));
        assertThat(outcomes.values()).containsOnly("unchanged");
        for (String id : TazFixtures.SECTION_ARTICLE_IDS) {
            assertThat(gopher.requestCount(TazFixtures.articleSelector(id))).isEqualTo(2);
            List<String> lines = indexLines(folder, id);
            assertThat(lines).hasSize(2);
            assertThat(lines.get(1).split("\t")[2]).isEqualTo(clock.instant().toString());
            assertThat(lines.get(1).split("\t")[3]).isEqualTo(lines.get(0).split("\t")[3]);
        }
        Map<Path, byte[]> after = contents(folder);
        assertThat(after).containsOnlyKeys(before.keySet());
        before.forEach((file, bytes) -> {
            if (!file.getFileName().toString().equals("index.tsv")) {
                assertThat(after.get(file)).as("%s", file).isEqualTo(bytes);
            }
        });
    }

    @Test
    void changedArticleIsRewrittenAndCountedChangedTheRestUnchanged() throws IOException {
        Path folder = dir.resolve("harvest");
        harvest(folder, DEFAULT, LIMITS, 0, gopherStart("/!p4611"));
        byte[] revised = revised(TazFixtures.gopherSite(gopher.port()).get(TazFixtures.articleSelector("9000103")));
        gopher.put(TazFixtures.articleSelector("9000103"), revised);

        clock.advance(Duration.ofSeconds(1));
        HarvestResult again = harvest(folder, FETCH_ALL, LIMITS, 0, gopherStart("/!p4611"));

        Path file = folder.resolve("!9000103.gophermap");
        assertThat(again).isEqualTo(new HarvestResult(0, 1, 5, 0, 0, 0, List.of(file)));
        assertThat(outcomes).containsEntry("9000103", "changed");
        assertThat(Files.readAllBytes(file)).isEqualTo(revised);
        List<String> lines = indexLines(folder, "9000103");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1).split("\t")[3]).isEqualTo(Digests.sha256(revised)).isNotEqualTo(lines.get(0).split("\t")[3]);
        assertThat(fileNames(folder)).doesNotContain(".!9000103.gophermap.part");
    }

    @Test
    void interruptedHarvestResumesWithoutFetchingWhatItHas() throws IOException {
        Path folder = dir.resolve("harvest");

        HarvestResult first = harvest(folder, new Harvester.Settings(1, 3, Duration.ofHours(12)), LIMITS, 0,
                gopherStart("/!p4611"));
        assertThat(first.added()).isEqualTo(3);
        assertThat(fileNames(folder)).containsExactlyInAnyOrderElementsOf(
                names(List.of("9000101", "9000102", "9000103"), ".gophermap", "index.tsv"));

        clock.advance(Duration.ofMinutes(5));
        HarvestResult second = harvest(folder, DEFAULT, LIMITS, 0, gopherStart("/!p4611"));

        assertThat(second).isEqualTo(new HarvestResult(3, 0, 0, 3, 0, 0,
                files(folder, List.of("9000104", "9000105", "9000106"), ".gophermap")));
        assertThat(outcomes).containsExactly(Map.entry("9000101", "kept"), Map.entry("9000102", "kept"),
                Map.entry("9000103", "kept"), Map.entry("9000104", "added"), Map.entry("9000105", "added"),
                Map.entry("9000106", "added"));
        for (String id : TazFixtures.SECTION_ARTICLE_IDS) {
            assertThat(gopher.requestCount(TazFixtures.articleSelector(id))).as("requests of %s", id).isEqualTo(1);
        }
        assertThat(fileNames(folder)).containsExactlyInAnyOrderElementsOf(
                names(TazFixtures.SECTION_ARTICLE_IDS, ".gophermap", "index.tsv"));
    }

    // ---------------------------------------------------------------- misbehaving servers

    @Test
    void stalledArticleFailsAsStalledWhileTheOthersAreSaved() throws IOException {
        gopher.fault(TazFixtures.articleSelector("9000103"), Fault.STALL);
        FetchLimits limits = new FetchLimits(Duration.ofSeconds(2), Duration.ofMillis(500), Duration.ofSeconds(5), 1L << 20);
        Path folder = dir.resolve("harvest");

        HarvestResult result = harvest(folder, DEFAULT, limits, 1, gopherStart("/!p4611"));

        assertThat(result.added()).isEqualTo(5);
        assertThat(result.failed()).isEqualTo(1);
        assertThat(outcomes).containsEntry("9000103", "failed");
        String address = gopherStart(TazFixtures.articleSelector("9000103")).toString();
        assertThat(failures).singleElement().asString()
                .startsWith(address + " " + address + ": no data for ").endsWith(" (server stalled)");
        assertThat(gopher.requestCount(TazFixtures.articleSelector("9000103"))).as("retried once").isEqualTo(2);
        assertThat(sleeps).containsExactly(500L);
        assertThat(fileNames(folder)).containsExactlyInAnyOrderElementsOf(
                names(List.of("9000101", "9000102", "9000104", "9000105", "9000106"), ".gophermap", "index.tsv"));
        assertThat(indexLines(folder, "9000103")).isEmpty();
    }

    @Test
    void menuClosedUnansweredOnceIsRetriedAndSucceeds() throws IOException {
        gopher.fault("/!p4611", Fault.failTimes(1));
        gopher.fault(TazFixtures.articleSelector("9000102"), Fault.failTimes(1));
        Path folder = dir.resolve("harvest");

        HarvestResult result = harvest(folder, DEFAULT, LIMITS, 1, gopherStart("/!p4611"));

        assertThat(result).isEqualTo(new HarvestResult(6, 0, 0, 0, 0, 0,
                files(folder, TazFixtures.SECTION_ARTICLE_IDS, ".gophermap")));
        assertThat(failures).isEmpty();
        assertThat(gopher.requestCount("/!p4611")).isEqualTo(2);
        assertThat(gopher.requestCount(TazFixtures.articleSelector("9000102"))).isEqualTo(2);
        assertThat(sleeps).containsExactly(500L, 500L);
        assertThat(Files.readAllBytes(folder.resolve("!9000102.gophermap")))
                .isEqualTo(TazFixtures.gopherSite(gopher.port()).get(TazFixtures.articleSelector("9000102")));
    }

    @Test
    void menuDroppedMidwayIsRetriedUpToTheBoundThenFails() throws IOException {
        gopher.fault("/!p4611", Fault.DROP_MIDWAY);
        Path folder = dir.resolve("harvest");

        HarvestResult result = harvest(folder, DEFAULT, LIMITS, 2, gopherStart("/!p4611"));

        assertThat(result).isEqualTo(new HarvestResult(0, 0, 0, 0, 0, 1, List.of()));
        assertThat(gopher.requestCount("/!p4611")).as("one request and two retries").isEqualTo(3);
        assertThat(sleeps).containsExactly(500L, 1000L);
        String address = gopherStart("/!p4611").toString();
        assertThat(failures).singleElement().asString().startsWith(address + " " + address + ": ")
                .containsAnyOf("the menu ended without its end line '.'; the connection was cut",
                        "connection failed while reading");
        assertThat(fileNames(folder)).isEmpty();
    }

    @Test
    void articleDroppedMidwayIsNotSavedHalf() throws IOException {
        gopher.fault(TazFixtures.articleSelector("9000105"), Fault.DROP_MIDWAY);
        Path folder = dir.resolve("harvest");

        HarvestResult result = harvest(folder, DEFAULT, LIMITS, 1, gopherStart("/!p4611"));

        assertThat(result.added()).isEqualTo(5);
        assertThat(result.failed()).isEqualTo(1);
        assertThat(gopher.requestCount(TazFixtures.articleSelector("9000105"))).isEqualTo(2);
        assertThat(failures).singleElement().asString()
                .containsAnyOf("the menu ended without its end line '.'; the connection was cut",
                        "connection failed while reading");
        assertThat(fileNames(folder)).doesNotContain("!9000105.gophermap", ".!9000105.gophermap.part");
        assertThat(indexLines(folder, "9000105")).isEmpty();
    }

    @Test
    void hugeArticleIsCutAtTheSizeLimitAndNothingIsSavedForIt() throws IOException {
        gopher.fault(TazFixtures.articleSelector("9000104"), Fault.HUGE);
        FetchLimits limits = new FetchLimits(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(10), 64 * 1024);
        Path folder = dir.resolve("harvest");

        HarvestResult result = harvest(folder, DEFAULT, limits, 2, gopherStart("/!p4611"));

        assertThat(result.added()).isEqualTo(5);
        assertThat(result.failed()).isEqualTo(1);
        String address = gopherStart(TazFixtures.articleSelector("9000104")).toString();
        assertThat(failures).containsExactly(
                address + " " + address + ": response larger than 65536 bytes; stopped reading");
        assertThat(gopher.requestCount(TazFixtures.articleSelector("9000104"))).as("not retried").isEqualTo(1);
        assertThat(fileNames(folder)).doesNotContain("!9000104.gophermap", ".!9000104.gophermap.part");
        assertThat(indexLines(folder, "9000104")).isEmpty();
    }

    @Test
    void gopherMenuWithoutItsEndLineFails() throws IOException {
        byte[] menu = TazFixtures.gopherSite(gopher.port()).get("/!p4611");
        gopher.put("/!p4611", Arrays.copyOf(menu, menu.length - 3)); // without ".\r\n"
        Path folder = dir.resolve("harvest");

        HarvestResult result = harvest(folder, DEFAULT, LIMITS, 0, gopherStart("/!p4611"));

        assertThat(result).isEqualTo(new HarvestResult(0, 0, 0, 0, 0, 1, List.of()));
        String address = gopherStart("/!p4611").toString();
        assertThat(failures).containsExactly(address + " " + address
                + ": the menu ended without its end line '.'; the connection was cut");
    }

    @Test
    void unreachableHostFailsWithCannotConnect() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        Path folder = dir.resolve("harvest");
        URI gopherStart = URI.create("gopher://127.0.0.1:" + closed + "/1/!p4611");
        URI geminiStart = URI.create("gemini://127.0.0.1:" + closed + "/!p4611/");

        HarvestResult result = harvest(folder, DEFAULT, LIMITS, 1, gopherStart, geminiStart);

        assertThat(result).isEqualTo(new HarvestResult(0, 0, 0, 0, 0, 2, List.of()));
        assertThat(failures).hasSize(2);
        assertThat(failures.get(0)).startsWith(gopherStart + " " + gopherStart + ": cannot connect to 127.0.0.1:" + closed + " (");
        assertThat(failures.get(1)).startsWith(geminiStart + " " + geminiStart + ": cannot connect to 127.0.0.1:" + closed + " (");
        assertThat(fileNames(folder)).isEmpty();
    }

    @Test
    void geminiArticleRedirectedInALoopFailsAndTheOthersAreSaved() throws IOException {
        TestGeminiServer gemini = gemini();
        gemini.redirect("/!9000103", "/a");
        gemini.redirect("/a", "/b");
        gemini.redirect("/b", "/a");
        Path folder = dir.resolve("harvest");

        HarvestResult result = harvest(folder, DEFAULT, LIMITS, 1, geminiStart(gemini, "/!p4611/"));

        assertThat(result.added()).isEqualTo(5);
        assertThat(result.failed()).isEqualTo(1);
        URI article = geminiStart(gemini, "/!9000103");
        assertThat(failures).containsExactly(article + " " + article + ": redirects loop back to "
                + geminiStart(gemini, "/a"));
        assertThat(gemini.requests()).containsSubsequence("/!9000103", "/a", "/b");
        assertThat(gemini.requestCount("/a")).as("a loop is not retried").isEqualTo(1);
        assertThat(fileNames(folder)).doesNotContain("!9000103.gmi");
    }

    @Test
    void geminiFollowsFiveRedirectsButNotSix() throws Exception {
        TestGeminiServer gemini = gemini();
        for (int i = 0; i < 6; i++) {
            gemini.redirect("/r" + i, "/r" + (i + 1));
        }
        gemini.put("/r6", "# Ziel\n");
        GeminiClient client = new GeminiClient(LIMITS, new KnownHosts(dir.resolve(KNOWN_HOSTS)));

        assertThat(new String(client.fetch(geminiStart(gemini, "/r1")).body(), UTF_8)).isEqualTo("20 text/gemini;lang=de\r\n# Ziel\n");
        assertThatThrownBy(() -> client.fetch(geminiStart(gemini, "/r0")))
                .isInstanceOf(FetchException.class)
                .hasMessage(geminiStart(gemini, "/r0") + ": more than 5 redirects")
                .matches(e -> !((FetchException) e).retryable());
    }

    @Test
    void geminiRedirectToAnAddressWithoutHostFailsOnlyThatArticle() throws IOException {
        TestGeminiServer gemini = gemini();
        gemini.redirect("/!9000103", "gemini:/nowhere");
        Path folder = dir.resolve("harvest");

        HarvestResult result = harvest(folder, DEFAULT, LIMITS, 0, geminiStart(gemini, "/!p4611/"));

        assertThat(result.added()).isEqualTo(5);
        assertThat(result.failed()).isEqualTo(1);
        assertThat(failures).singleElement().asString().contains("/!9000103").contains("gemini:/nowhere");
    }

    @Test
    void relativeLinksOnARedirectedGeminiPageResolveAgainstTheRedirectTarget() throws IOException {
        TestGeminiServer gemini = gemini();
        gemini.redirect("/Gesellschaft", "/Gesellschaft/");
        gemini.put("/Gesellschaft/", "# taz.de -- Gesellschaft\n\n=> Tafeln/!9000101 "
                + TazFixtures.title("9000101") + "\n");
        gemini.put("/Gesellschaft/Tafeln/!9000101", TazFixtures.geminiSite().get("/!9000101"));
        Path folder = dir.resolve("harvest");

        HarvestResult result = harvest(folder, DEFAULT, LIMITS, 0, geminiStart(gemini, "/Gesellschaft"));

        assertThat(failures).isEmpty();
        assertThat(result.added()).isEqualTo(1);
        assertThat(gemini.requests()).contains("/Gesellschaft/Tafeln/!9000101");
    }

    @Test
    void geminiNotFoundFailsWithTheServersAnswerAndIsNotRetried() throws IOException {
        TestGeminiServer gemini = gemini();
        gemini.respond("/!9000106", 51, "Not found", new byte[0]);
        Path folder = dir.resolve("harvest");

        HarvestResult result = harvest(folder, DEFAULT, LIMITS, 2, geminiStart(gemini, "/!p4611/"));

        assertThat(result.added()).isEqualTo(5);
        assertThat(result.failed()).isEqualTo(1);
        URI article = geminiStart(gemini, "/!9000106");
        assertThat(failures).containsExactly(article + " " + article + ": the server answered 51 Not found");
        assertThat(gemini.requestCount("/!9000106")).isEqualTo(1);
        assertThat(fileNames(folder)).doesNotContain("!9000106.gmi");
    }

    @Test
    void geminiResponseWithoutStatusLineFails() throws Exception {
        try (RawGeminiServer raw = new RawGeminiServer(dir.resolve("keys"),
                "# taz.de -- keine Statuszeile\n\nText ohne Kopf.\n".getBytes(UTF_8))) {
            raw.start();
            URI start = URI.create("gemini://127.0.0.1:" + raw.port() + "/!9000101");
            Path folder = dir.resolve("harvest");

            HarvestResult result = harvest(folder, DEFAULT, LIMITS, 0, start);

            assertThat(result).isEqualTo(new HarvestResult(0, 0, 0, 0, 1, 0, List.of()));
            assertThat(failures).containsExactly(start + " " + start + ": not a Gemini response (no status line)");
            assertThat(fileNames(folder)).containsExactly(KNOWN_HOSTS);
        }
    }

    @Test
    void gopherArticleAnsweredWithAnErrorItemIsNotSavedAsAnArticle() throws IOException {
        // The section menu links an article the server does not have; it answers with the RFC 1436 error item
        // "3'<selector>' does not exist ...", which is no article and must not be saved or loaded as one.
        byte[] menu = TazFixtures.gopherSite(gopher.port()).get("/!p4611");
        String extra = "1Verschwunden: Diesen Artikel gibt es nicht mehr\t/Verschwunden/!9000199\t127.0.0.1\t"
                + gopher.port() + "\r\n";
        String text = new String(menu, UTF_8);
        gopher.put("/!p4611", (text.substring(0, text.length() - 3) + extra + ".\r\n").getBytes(UTF_8));
        Path folder = dir.resolve("harvest");

        HarvestResult result = harvest(folder, DEFAULT, LIMITS, 0, gopherStart("/!p4611"));

        assertThat(result.added()).isEqualTo(6);
        assertThat(result.failed()).isEqualTo(1);
        assertThat(outcomes).containsEntry("9000199", "failed");
        assertThat(fileNames(folder)).doesNotContain("!9000199.gophermap");
    }

    // ---------------------------------------------------------------- manners

    @Test
    void pausesForTheDelayBetweenRequests() throws FetchException {
        List<URI> fetched = new ArrayList<>();
        PoliteFetcher polite = new PoliteFetcher(address -> {
            fetched.add(address);
            return new Fetched(address, new byte[0]);
        }, Duration.ofSeconds(60), 3, sleeps::add);

        for (int i = 0; i < 3; i++) {
            polite.fetch(URI.create("gopher://127.0.0.1/1/!900010" + i));
        }

        assertThat(fetched).hasSize(3);
        assertThat(sleeps).as("no pause before the first request, then about the delay before each other")
                .hasSize(2).allSatisfy(millis -> assertThat(millis).isBetween(50_000L, 60_000L));
    }

    @Test
    void retriesBackOffDoublingAndAreBounded() {
        AtomicInteger attempts = new AtomicInteger();
        PoliteFetcher polite = new PoliteFetcher(address -> {
            throw new FetchException("attempt " + attempts.incrementAndGet() + " cut", true);
        }, Duration.ZERO, 3, sleeps::add);

        assertThatThrownBy(() -> polite.fetch(URI.create("gopher://127.0.0.1/1/!p4611")))
                .isInstanceOf(FetchException.class).hasMessage("attempt 4 cut");

        assertThat(attempts).hasValue(4);
        assertThat(sleeps).containsExactly(500L, 1000L, 2000L);
    }

    @Test
    void backOffStartsAtTheDelayWhenLongerAndIsCappedAtAMinute() {
        AtomicInteger attempts = new AtomicInteger();
        PoliteFetcher polite = new PoliteFetcher(address -> {
            attempts.incrementAndGet();
            throw new FetchException("cut", true);
        }, Duration.ofSeconds(10), 4, sleeps::add);

        assertThatThrownBy(() -> polite.fetch(URI.create("gopher://127.0.0.1/1/!p4611"))).isInstanceOf(FetchException.class);

        assertThat(attempts).hasValue(5);
        // Each failure: the back-off pause, then (the sleeper does not really sleep) the turn pause of about the delay.
        assertThat(sleeps).hasSize(8);
        assertThat(List.of(sleeps.get(0), sleeps.get(2), sleeps.get(4), sleeps.get(6)))
                .containsExactly(10_000L, 20_000L, 40_000L, 60_000L);
        assertThat(List.of(sleeps.get(1), sleeps.get(3), sleeps.get(5), sleeps.get(7)))
                .allSatisfy(millis -> assertThat(millis).isBetween(5_000L, 10_000L));
    }

    @Test
    void permanentFailureIsNotRetried() {
        AtomicInteger attempts = new AtomicInteger();
        PoliteFetcher polite = new PoliteFetcher(address -> {
            attempts.incrementAndGet();
            throw new FetchException("51 Not found", false);
        }, Duration.ZERO, 3, sleeps::add);

        assertThatThrownBy(() -> polite.fetch(URI.create("gemini://127.0.0.1/!9000101"))).hasMessage("51 Not found");

        assertThat(attempts).hasValue(1);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void harvestSendsOneRequestAtATimeWithAPauseBeforeEachButTheFirst() throws IOException {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger mostInFlight = new AtomicInteger();
        AtomicInteger requests = new AtomicInteger();
        Fetcher client = new GopherClient(LIMITS);
        Fetcher counting = address -> {
            mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            requests.incrementAndGet();
            try {
                return client.fetch(address);
            } finally {
                inFlight.decrementAndGet();
            }
        };
        Fetcher polite = new PoliteFetcher(counting, Duration.ofSeconds(30), 0, sleeps::add);

        HarvestResult result = new Harvester(polite, polite, dir.resolve("harvest"), DEFAULT, clock, listener())
                .run(List.of(gopherStart("/!p4611")));

        assertThat(result.added()).isEqualTo(6);
        assertThat(requests).hasValue(7);
        assertThat(mostInFlight).hasValue(1);
        assertThat(sleeps).hasSize(6).allSatisfy(millis -> assertThat(millis).isBetween(20_000L, 30_000L));
    }

    // ---------------------------------------------------------------- helpers

    private HarvestResult harvest(Path folder, Harvester.Settings settings, FetchLimits limits, int retries,
            URI... starts) {
        outcomes.clear();
        failures.clear();
        sleeps.clear();
        KnownHosts knownHosts = new KnownHosts(folder.resolve(KNOWN_HOSTS));
        Fetcher gopherFetcher = new PoliteFetcher(new GopherClient(limits), Duration.ZERO, retries, sleeps::add);
        Fetcher geminiFetcher =
                new PoliteFetcher(new GeminiClient(limits, knownHosts), Duration.ZERO, retries, sleeps::add);
        return new Harvester(gopherFetcher, geminiFetcher, folder, settings, clock, listener()).run(List.of(starts));
    }

    private Harvester.Listener listener() {
        return new Harvester.Listener() {
            @Override
            public void article(String id, String outcome) {
                outcomes.put(id, outcome);
            }

            @Override
            public void failed(URI address, FetchException problem) {
                failures.add(address + " " + problem.getMessage());
            }
        };
    }

    private TestGeminiServer gemini() throws IOException {
        TestGeminiServer gemini = new TestGeminiServer();
        servers.add(gemini);
        gemini.start();
        gemini.putAll(TazFixtures.geminiSite());
        return gemini;
    }

    private URI gopherStart(String selector) {
        return URI.create("gopher://127.0.0.1:" + gopher.port() + "/1" + selector);
    }

    private static URI geminiStart(TestGeminiServer gemini, String path) {
        return URI.create("gemini://127.0.0.1:" + gemini.port() + path);
    }

    private static List<Path> files(Path folder, List<String> ids, String extension) {
        return ids.stream().map(id -> folder.resolve("!" + id + extension)).toList();
    }

    private static List<String> names(List<String> ids, String extension, String... others) {
        return Stream.concat(ids.stream().map(id -> "!" + id + extension), Stream.of(others)).toList();
    }

    private static List<String> fileNames(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    private static Map<Path, byte[]> contents(Path folder) throws IOException {
        Map<Path, byte[]> contents = new HashMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                contents.put(file, Files.readAllBytes(file));
            }
        }
        return contents;
    }

    /** The index lines of one article, oldest first. */
    private static List<String> indexLines(Path folder, String id) throws IOException {
        return Files.readAllLines(folder.resolve("index.tsv"), UTF_8).stream()
                .filter(line -> line.startsWith(id + "\t")).collect(Collectors.toList());
    }

    /** The article with its lead corrected, as after an editor's change. */
    private static byte[] revised(byte[] page) {
        String text = new String(page, UTF_8);
        String changed = text.replaceFirst("\r\ni> ", "\r\ni> (korrigiert) ");
        assertThat(changed).isNotEqualTo(text);
        return changed.getBytes(UTF_8);
    }

    /** A clock the test moves forward. */
    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** A TLS server that answers every request line with the same raw bytes, status line or not. */
    private static final class RawGeminiServer extends LineServer {
        private final SelfSignedKeystore keystore;
        private final byte[] answer;

        RawGeminiServer(Path keyFolder, byte[] answer) throws IOException {
            super("test-raw-gemini-server-");
            Files.createDirectories(keyFolder);
            this.keystore = SelfSignedKeystore.generate(keyFolder, "raw");
            this.answer = answer.clone();
        }

        @Override
        Connection open(Socket tcp) throws IOException {
            SSLSocket tls = (SSLSocket) keystore.context().getSocketFactory().createSocket(tcp, null, true);
            tls.setEnabledProtocols(new String[] {"TLSv1.3", "TLSv1.2"});
            tls.startHandshake();
            return new Connection(tcp, tls.getInputStream(), new BufferedOutputStream(tls.getOutputStream()), tls);
        }

        @Override
        String key(String requestLine) {
            return requestLine;
        }

        @Override
        byte[] response(String key) {
            return answer;
        }

        @Override
        byte[] rejection(String requestLine) {
            return answer;
        }

        @Override
        byte[] tooLong() {
            return answer;
        }

        @Override
        byte[] hugeHead() {
            return new byte[0];
        }

        @Override
        byte[] hugeLine(long n) {
            return new byte[0];
        }

        @Override
        byte[] hugeTail() {
            return new byte[0];
        }
    }
}
