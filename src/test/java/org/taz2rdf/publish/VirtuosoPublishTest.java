package org.taz2rdf.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taz2rdf.publish.StoreProcess.HTTP;
import static org.taz2rdf.publish.StoreProcess.taz2rdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taz2rdf.publish.StoreProcess.Run;

/**
 * Publishing to a real Virtuoso 7.2.5 (Debian's virtuoso-opensource, from {@code bash .ci/setup-stores}), started
 * here from a copy of the package's virtuoso.ini bound to 127.0.0.1 on free ports, with its database in a temporary
 * folder, a new dba password and a user {@code taz2rdf} allowed SPARQL updates. The Graph Store Protocol endpoint
 * {@code /sparql-graph-crud-auth} takes Digest only. In CI a missing server fails; elsewhere its
 * tests are skipped, saying so.
 */
class VirtuosoPublishTest {

    private static final List<Path> STOCK_INI = List.of(Path.of("/etc/virtuoso-opensource-7/virtuoso.ini"),
            Path.of("/var/lib/virtuoso-opensource-7/db/virtuoso.ini"));
    private static final String PREFIX = "https://taz2rdf.example/";
    private static final SecureRandom RANDOM = new SecureRandom();

    @TempDir
    static Path dir;

    private static final String WHAT = "Virtuoso (virtuoso-t, isql-vt and the package's virtuoso.ini)";

    private static boolean installed;
    private static StoreProcess server;
    private static int sqlPort;
    private static String dbaPassword;
    private static String url;
    private static Path credentials;

    @BeforeAll
    static void startVirtuoso() throws Exception {
        Path stock = STOCK_INI.stream().filter(Files::isRegularFile).findFirst().orElse(null);
        installed = StoreProcess.installed(StoreProcess.onPath("virtuoso-t") && StoreProcess.onPath("isql-vt")
                && stock != null, WHAT);
        if (!installed) {
            return;
        }
        sqlPort = StoreProcess.freePort();
        int httpPort = StoreProcess.freePort();
        Path db = Files.createDirectories(dir.resolve("db"));
        Files.createDirectories(db.resolve("vsp"));
        Path ini = dir.resolve("virtuoso.ini");
        Files.writeString(ini, rewriteIni(Files.readAllLines(stock, StandardCharsets.UTF_8), db, sqlPort, httpPort),
                StandardCharsets.UTF_8);
        server = StoreProcess.start(List.of("virtuoso-t", "+foreground", "+configfile", ini.toString()), db,
                dir.resolve("virtuoso.out"));
        url = "http://127.0.0.1:" + httpPort;
        server.awaitHttp(url + "/sparql", Duration.ofSeconds(40));

        dbaPassword = password();
        isql("dba", "set password dba " + dbaPassword + ";");
        String user = password();
        isql(dbaPassword, "DB.DBA.USER_CREATE('taz2rdf', '" + user + "'); GRANT SPARQL_UPDATE TO \"taz2rdf\";");
        credentials = dir.resolve("credentials");
        Files.writeString(credentials, "taz2rdf:" + user + "\n");
    }

    @BeforeEach
    void requireVirtuoso() {
        StoreProcess.assumeInstalled(installed, WHAT);
    }

    @AfterAll
    static void stopVirtuoso() throws InterruptedException {
        if (server != null) {
            server.close();
        }
    }

    /**
     * The stock ini, made safe to run beside anything else: both listeners on 127.0.0.1 at the given ports, every
     * file the server writes (database, logs, lock, transaction and XA files, HTTP root) in {@code db}, only
     * {@code db} and the read-only VAD folder allowed to file functions, no plugins.
     */
    static String rewriteIni(List<String> lines, Path db, int sqlPort, int httpPort) {
        Pattern section = Pattern.compile("^\\s*\\[([^]]+)]");
        Pattern entry = Pattern.compile("^(\\s*)([A-Za-z0-9_]+)(\\s*=\\s*)([^;\\t]*?)(\\s*(?:[;\\t].*)?)$");
        StringBuilder out = new StringBuilder();
        String current = "";
        Set<String> ports = new java.util.HashSet<>();
        for (String line : lines) {
            Matcher s = section.matcher(line);
            if (s.find()) {
                current = s.group(1).strip();
            }
            if (current.equalsIgnoreCase("Plugins")) {
                continue;
            }
            Matcher e = entry.matcher(line);
            if (line.stripLeading().startsWith(";") || !e.matches()) {
                out.append(line).append('\n');
                continue;
            }
            String key = e.group(2);
            String value = e.group(4).strip();
            if (key.equalsIgnoreCase("ServerPort") && current.equalsIgnoreCase("Parameters")) {
                value = "127.0.0.1:" + sqlPort;
                ports.add("sql");
            } else if (key.equalsIgnoreCase("ServerPort") && current.equalsIgnoreCase("HTTPServer")) {
                value = "127.0.0.1:" + httpPort;
                ports.add("http");
            } else if (key.equalsIgnoreCase("DefaultHost")) {
                value = "127.0.0.1:" + httpPort;
            } else if (key.equalsIgnoreCase("DirsAllowed")) {
                List<String> allowed = new ArrayList<>(List.of(".", db.toString()));
                Stream.of(value.split(",")).map(String::strip).filter(d -> d.startsWith("/usr/")).forEach(allowed::add);
                value = String.join(", ", allowed);
            } else if (value.startsWith("/") && !value.startsWith("/usr/")) {
                value = db.resolve(Path.of(value).getFileName()).toString();
            }
            out.append(e.group(1)).append(key).append(e.group(3)).append(value).append(e.group(5)).append('\n');
        }
        assertThat(ports).as("ServerPort in [Parameters] and [HTTPServer]").containsExactlyInAnyOrder("sql", "http");
        String ini = out.toString();
        assertThat(ini.lines().filter(l -> !l.stripLeading().startsWith(";")))
                .as("no path outside the temporary folder but read-only /usr")
                .noneMatch(l -> l.matches(".*=\\s*/(?!usr/).*") && !l.contains(db.toString()));
        return ini;
    }

    private static String password() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return "p" + HexFormat.of().formatHex(bytes);
    }

    /** Runs SQL as dba through isql-vt, retrying while the SQL listener is not up yet; fails on any SQL error. */
    private static void isql(String password, String sql) throws Exception {
        String output = "";
        for (int attempt = 0; attempt < 20; attempt++) {
            Process isql = new ProcessBuilder("isql-vt", "127.0.0.1:" + sqlPort, "dba", password, "exec=" + sql)
                    .redirectErrorStream(true).start();
            isql.getOutputStream().close();
            output = new String(isql.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!isql.waitFor(30, TimeUnit.SECONDS)) {
                isql.destroyForcibly();
            } else if (isql.exitValue() == 0 && !output.contains("*** Error")) {
                return;
            }
            if (!output.contains("CL033: Connect failed")) {
                break;
            }
            Thread.sleep(300);
        }
        throw new AssertionError("isql-vt failed: " + output.replace(password, "***") + "\n" + server.logTail());
    }

    private static List<QuerySolution> select(String query) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(URI.create(url + "/sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        ResultSet results = ResultSetMgr.read(new ByteArrayInputStream(response.body()), ResultSetLang.RS_JSON);
        List<QuerySolution> rows = new ArrayList<>();
        results.forEachRemaining(rows::add);
        return rows;
    }

    /** Every taz2rdf graph Virtuoso holds, each graph's triples queried through /sparql as sorted N-Triples lines. */
    private static Map<String, TreeSet<String>> graphs() throws Exception {
        Map<String, TreeSet<String>> graphs = new TreeMap<>();
        for (QuerySolution row : select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), \""
                + PREFIX + "\")) }")) {
            String graph = row.getResource("g").getURI();
            TreeSet<String> triples = new TreeSet<>();
            for (QuerySolution t : select("SELECT ?s ?p ?o WHERE { GRAPH <" + graph + "> { ?s ?p ?o } }")) {
                triples.add(NodeFmtLib.strNodesNT(t.get("s").asNode(), t.get("p").asNode(), canonical(t.get("o").asNode())) + " .");
            }
            graphs.put(graph, triples);
        }
        return graphs;
    }

    /** Virtuoso keeps an xsd:boolean as 1 or 0 and answers "1"^^xsd:boolean for "true"^^xsd:boolean: same value. */
    private static Node canonical(Node node) {
        if (node.isLiteral() && XSDDatatype.XSDboolean.getURI().equals(node.getLiteralDatatypeURI())) {
            String lexical = node.getLiteralLexicalForm().strip().toLowerCase(Locale.ROOT);
            return NodeFactory.createLiteralDT(lexical.equals("1") || lexical.equals("true") ? "true" : "false",
                    XSDDatatype.XSDboolean);
        }
        return node;
    }

    private static Run publish(Path credentialsFile, String... more) {
        List<String> args = new ArrayList<>(List.of("publish", "--profile", "virtuoso", "--to", url, "--auth", "digest",
                "--credentials-file", credentialsFile.toString()));
        args.addAll(List.of(more));
        return taz2rdf(args.toArray(String[]::new));
    }

    @Test
    void publishesEveryGraphByGspWithDigestAndARerunChangesNothing() throws Exception {
        Run first = publish(credentials, "samples");
        Map<String, TreeSet<String>> afterFirst = graphs();
        Run second = publish(credentials, "samples");
        Map<String, TreeSet<String>> afterSecond = graphs();

        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.err()).endsWith("taz2rdf: published to " + url + ": 7 graphs sent, 7 verified, 0 failed"
                + System.lineSeparator());
        assertThat(second.exit()).as(second.err()).isZero();
        assertThat(second.err()).contains(": 7 graphs sent, 7 verified, 0 failed");
        assertThat(afterSecond).isEqualTo(afterFirst).hasSize(7);
        assertThat(afterFirst).isEqualTo(StoreProcess.convertedSamples());
    }

    @Test
    void theSparqlUpdatePathAtSparqlAuthLeavesTheSameGraphs() throws Exception {
        Run run = publish(credentials, "--method", "update", "samples");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).contains(": 7 graphs sent, 7 verified, 0 failed");
        assertThat(graphs()).isEqualTo(StoreProcess.convertedSamples());
    }

    @Test
    void refusesAWrongPasswordAndAUserWithoutUpdateRights() throws Exception {
        String readerPassword = password();
        isql(dbaPassword, "DB.DBA.USER_CREATE('reader', '" + readerPassword + "');");
        Path reader = dir.resolve("reader");
        Files.writeString(reader, "reader:" + readerPassword + "\n");
        Path wrong = dir.resolve("wrong");
        Files.writeString(wrong, "taz2rdf:not-the-password\n");
        String article = "samples/fictional-multi-author-!9000001.txt";

        Run forbidden = publish(reader, article);
        Run unauthorized = publish(wrong, article);

        assertThat(forbidden.exit()).isEqualTo(1);
        assertThat(forbidden.err()).contains("/sparql-graph-crud-auth?graph=https%3A%2F%2Ftaz2rdf.example%2Fid%2Fgraph%2F9000001: HTTP 403")
                .contains(": 0 graphs sent, 0 verified, 1 failed");
        assertThat(unauthorized.exit()).isEqualTo(1);
        assertThat(unauthorized.err()).contains(": HTTP 401").contains(": 0 graphs sent, 0 verified, 1 failed");
        for (Run run : List.of(forbidden, unauthorized)) {
            assertThat(run.err()).doesNotContain(readerPassword).doesNotContain("not-the-password");
        }
    }
}
