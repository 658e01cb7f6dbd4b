package org.taz2rdf.testing;

import static java.util.Map.entry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.*;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.*;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * Checks a model's use of schema.org terms against the real schema.org vocabulary (release 30.0), loaded once
 * from the classpath resource {@value #RESOURCE}; namespace {@value #NS}.
 *
 * <p>{@link #violations(Model)} returns one {@link Violation} per offending statement and rule, sorted by
 * message; an empty list means the model keeps these rules ("type or ancestor": a class or any of its
 * transitive {@code rdfs:subClassOf} superclasses in the vocabulary):
 * <ol>
 *   <li>Terms: a {@code schema:} predicate is an {@code rdf:Property} of the vocabulary; a {@code schema:} object
 *   of {@code rdf:type} is an {@code rdfs:Class}; any other {@code schema:} IRI, in any statement, is defined
 *   there. A term with {@code schema:supersededBy} is a violation; so is any {@code http://schema.org/} IRI.</li>
 *   <li>Domain, for a known {@code schema:} property: the subject has a {@code schema:} type whose type or
 *   ancestor is in {@code schema:domainIncludes}. A subject without a {@code schema:} type is a violation.</li>
 *   <li>Range, for a known {@code schema:} property: a literal's datatype stands for a schema.org data type
 *   ({@link #LITERAL_TYPES}) whose type or ancestor is in {@code schema:rangeIncludes} (so Text accepts
 *   {@code xsd:anyURI} as URL, Number accepts {@code xsd:integer}; Date does not accept {@code xsd:dateTime}),
 *   and its lexical form is valid. An IRI object is accepted where rangeIncludes has {@code schema:URL};
 *   otherwise a resource object needs a {@code schema:} type (from the model, or from the vocabulary for
 *   enumeration members) whose type or ancestor is in rangeIncludes; an untyped one is a violation.</li>
 *   <li>Statements with any other predicate are checked by rule 1 only. A property without domainIncludes
 *   (rangeIncludes) leaves that side unchecked.</li>
 * </ol>
 * Instances are immutable and thread-safe.
 */
public final class SchemaOrgVocabulary {
    public static final String NS = "https://schema.org/";
    private static final String HTTP_NS = "http://schema.org/";
    public static final String RESOURCE = "/vocab/schemaorg-current-https.ttl";
    private static final String XSD = XSDDatatype.XSD + "#";
    /** Literal datatype to the schema.org data type it stands for; other datatypes fit no range. */
    public static final Map<String, String> LITERAL_TYPES = Map.ofEntries(
            entry(XSD + "string", NS + "Text"), entry(RDF.dtLangString.getURI(), NS + "Text"),
            entry(XSD + "anyURI", NS + "URL"), entry(XSD + "boolean", NS + "Boolean"),
            entry(XSD + "integer", NS + "Integer"), entry(XSD + "int", NS + "Integer"),
            entry(XSD + "long", NS + "Integer"), entry(XSD + "nonNegativeInteger", NS + "Integer"),
            entry(XSD + "positiveInteger", NS + "Integer"), entry(XSD + "decimal", NS + "Number"),
            entry(XSD + "double", NS + "Float"), entry(XSD + "float", NS + "Float"),
            entry(XSD + "date", NS + "Date"), entry(XSD + "dateTime", NS + "DateTime"),
            entry(XSD + "time", NS + "Time"));
    private static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefixes(PrefixMapping.Standard).setNsPrefix("schema", NS)
            .setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#").lock();

    /** One broken rule: the statement's subject, predicate and object, shown Turtle-like, and the problem. */
    public record Violation(String subject, String predicate, String object, String problem) {
        /** The whole readable text: {@code subject predicate object: problem}. */
        public String message() { return subject + " " + predicate + " " + object + ": " + problem; }

        @Override public String toString() { return message(); }
    }

    private static final SchemaOrgVocabulary INSTANCE = load();

    private final Set<String> properties;
    private final Set<String> classes;
    private final Map<String, Set<String>> types;
    private final Map<String, Set<String>> domains;
    private final Map<String, Set<String>> ranges;
    private final Map<String, Set<String>> supersededBy;
    private final Map<String, Set<String>> ancestors = new HashMap<>();

    private SchemaOrgVocabulary(Model v) {
        types = objectsBy(v, RDF.type.getURI());
        properties = subjectsOfType(RDF.Property.getURI());
        classes = subjectsOfType(RDFS.Class.getURI());
        domains = objectsBy(v, NS + "domainIncludes");
        ranges = objectsBy(v, NS + "rangeIncludes");
        supersededBy = objectsBy(v, NS + "supersededBy");
        Map<String, Set<String>> parents = objectsBy(v, RDFS.subClassOf.getURI());
        classes.forEach(c -> ancestors.put(c, Collections.unmodifiableSet(closure(c, parents, new TreeSet<>()))));
    }

    /** The vocabulary, loaded once, when this class is first used. */
    public static SchemaOrgVocabulary instance() {
        return INSTANCE;
    }

    /** Every violation of the rules in the class comment, sorted by message; empty when {@code data} keeps them. */
    public List<Violation> violations(Model data) {
        List<Violation> out = new ArrayList<>();
        data.listStatements().forEach(st -> check(st, data, out));
        out.sort(Comparator.comparing(Violation::message));
        return List.copyOf(out);
    }

    private void check(Statement st, Model data, List<Violation> out) {
        Resource s = st.getSubject();
        RDFNode o = st.getObject();
        String p = st.getPredicate().getURI();
        String shownP = show(st.getPredicate());
        Consumer<String> report = problem -> out.add(new Violation(show(s), shownP, show(o), problem));
        List<RDFNode> nodes = List.of(s, st.getPredicate(), o);
        for (int i = 0; i < nodes.size(); i++) {
            RDFNode n = nodes.get(i);
            String iri = n.isURIResource() ? n.asResource().getURI() : "";
            if (iri.startsWith(HTTP_NS)) report.accept(show(n) + " uses " + HTTP_NS + ", expected " + NS);
            if (!iri.startsWith(NS)) continue;
            if (i == 1 && !properties.contains(iri)) {
                report.accept(show(n) + " is not a property in schema.org");
            } else if (i == 2 && p.equals(RDF.type.getURI()) && !classes.contains(iri)) {
                report.accept(show(n) + " is not a class in schema.org");
            } else if (!types.containsKey(iri)) { // every term in the vocabulary has an rdf:type
                report.accept(show(n) + " is not a term in schema.org");
            }
            Set<String> successors = supersededBy.get(iri);
            if (successors != null) report.accept(show(n) + " is superseded by " + list(successors));
        }
        if (!properties.contains(p)) return;
        Set<String> domain = domains.getOrDefault(p, Set.of());
        Set<String> subjectTypes = schemaTypes(s, data);
        String expected = "a subject of type " + list(domain);
        if (subjectTypes.isEmpty()) {
            report.accept("untyped subject uses " + shownP + (domain.isEmpty() ? "" : ", which expects " + expected));
        } else if (!domain.isEmpty() && !fits(subjectTypes, domain)) {
            report.accept(shownP + " expects " + expected + "; got " + list(subjectTypes));
        }
        Set<String> range = ranges.getOrDefault(p, Set.of());
        String expects = shownP + " expects a value of type " + list(range) + "; got ";
        if (range.isEmpty()) return;
        if (o.isLiteral()) {
            String dt = o.asLiteral().getDatatypeURI();
            String type = LITERAL_TYPES.get(dt);
            if (type == null || !fits(Set.of(type), range)) report.accept(expects + "a literal of " + shortIri(dt));
            else if (!o.asNode().getLiteral().isWellFormed()) {
                report.accept("lexical form is not a valid " + shortIri(dt));
            }
        } else if (!(o.isURIResource() && range.contains(NS + "URL"))) {
            Set<String> objectTypes = schemaTypes(o.asResource(), data);
            if (objectTypes.isEmpty()) report.accept(expects + "an untyped node");
            else if (!fits(objectTypes, range)) report.accept(expects + "a node of type " + list(objectTypes));
        }
    }

    /** Whether some type, or an ancestor of it, is among the allowed classes. */
    private boolean fits(Set<String> nodeTypes, Set<String> allowed) {
        return nodeTypes.stream().anyMatch(t -> !Collections.disjoint(ancestors.getOrDefault(t, Set.of(t)), allowed));
    }

    /** The node's {@code schema:} types in the model, plus those the vocabulary gives a {@code schema:} IRI. */
    private Set<String> schemaTypes(Resource r, Model data) {
        Set<String> found = new TreeSet<>();
        data.listObjectsOfProperty(r, RDF.type).filterKeep(SchemaOrgVocabulary::isSchema)
                .forEach(t -> found.add(t.asResource().getURI()));
        if (isSchema(r)) {
            types.getOrDefault(r.getURI(), Set.of()).stream().filter(t -> t.startsWith(NS)).forEach(found::add);
        }
        return found;
    }

    private static Set<String> closure(String c, Map<String, Set<String>> parents, Set<String> seen) {
        if (seen.add(c)) parents.getOrDefault(c, Set.of()).forEach(parent -> closure(parent, parents, seen));
        return seen;
    }

    private static boolean isSchema(RDFNode n) {
        return n.isURIResource() && n.asResource().getURI().startsWith(NS);
    }

    private static Map<String, Set<String>> objectsBy(Model v, String property) {
        Map<String, Set<String>> map = new HashMap<>();
        v.listStatements(null, v.createProperty(property), (RDFNode) null)
                .filterKeep(st -> st.getSubject().isURIResource() && st.getObject().isURIResource())
                .forEach(st -> map.computeIfAbsent(st.getSubject().getURI(), k -> new TreeSet<>())
                        .add(st.getObject().asResource().getURI()));
        map.replaceAll((k, set) -> Collections.unmodifiableSet(set));
        return Map.copyOf(map);
    }

    private Set<String> subjectsOfType(String type) {
        return types.entrySet().stream().filter(e -> e.getKey().startsWith(NS) && e.getValue().contains(type))
                .map(Map.Entry::getKey).collect(Collectors.toUnmodifiableSet());
    }

    private static String list(Set<String> iris) {
        List<String> names = iris.stream().map(SchemaOrgVocabulary::shortIri).sorted().toList();
        return names.size() < 2 ? String.join("", names)
                : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }

    private static String show(RDFNode n) {
        if (n.isAnon()) return "_:" + n.asResource().getId().getLabelString();
        if (n.isResource()) return shortIri(n.asResource().getURI());
        Literal l = n.asLiteral();
        String lex = l.getLexicalForm().replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
        String quoted = "\"" + (lex.length() > 40 ? lex.substring(0, 39) + "…" : lex) + "\"";
        return quoted + (l.getLanguage().isEmpty() ? "^^" + shortIri(l.getDatatypeURI()) : "@" + l.getLanguage());
    }

    private static String shortIri(String iri) {
        String s = PREFIXES.shortForm(iri);
        return s.equals(iri) ? "<" + iri + ">" : s;
    }

    private static SchemaOrgVocabulary load() {
        try (InputStream in = SchemaOrgVocabulary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("test resource " + RESOURCE + " is missing");
            Model vocabulary = ModelFactory.createDefaultModel();
            RDFDataMgr.read(vocabulary, in, Lang.TURTLE);
            return new SchemaOrgVocabulary(vocabulary);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
