package org.taz2rdf.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

class SchemaOrgVocabularyTest {
    private static final String S = SchemaOrgVocabulary.NS;
    private static final String ARTICLE = "https://taz.de/!6023456/";
    private static final String BASE = "https://data.example/taz/";

    private final SchemaOrgVocabulary vocabulary = SchemaOrgVocabulary.instance();
    private final Model m = ModelFactory.createDefaultModel();

    private static Property p(String local) {
        return ResourceFactory.createProperty(S + local);
    }

    private static Resource c(String local) {
        return ResourceFactory.createResource(S + local);
    }

    private Resource node(String iri, String... schemaTypes) {
        Resource r = m.createResource(iri);
        for (String t : schemaTypes) r.addProperty(RDF.type, c(t));
        return r;
    }

    private Resource article() {
        return node(ARTICLE, "NewsArticle");
    }

    private List<String> violations() {
        return vocabulary.violations(m).stream().map(SchemaOrgVocabulary.Violation::message).toList();
    }

    @Test
    void acceptsHeadlineOnNewsArticle() {
        article().addProperty(p("headline"), "Ein Titel", "de");
        assertThat(violations()).isEmpty();
    }

    @Test
    void acceptsPropertyInheritedFromCreativeWork() {
        article().addProperty(p("author"), node(BASE + "person/anna", "Person"));
        assertThat(violations()).isEmpty();
    }

    @Test
    void rejectsUnknownProperty() {
        article().addProperty(p("kickerr"), "Kicker", "de");
        assertThat(violations()).containsExactly("<https://taz.de/!6023456/> schema:kickerr \"Kicker\"@de: "
                + "schema:kickerr is not a property in schema.org");
    }

    @Test
    void rejectsUnknownClass() {
        node(ARTICLE, "Newsarticle");
        assertThat(violations()).containsExactly("<https://taz.de/!6023456/> rdf:type schema:Newsarticle: "
                + "schema:Newsarticle is not a class in schema.org");
    }

    @Test
    void rejectsUnknownSchemaIriOutsideSchemaPredicates() {
        m.createResource("https://data.example/tazv#kicker").addProperty(RDFS.subPropertyOf, c("alternativeHeadlin"));
        assertThat(violations()).containsExactly("<https://data.example/tazv#kicker> rdfs:subPropertyOf "
                + "schema:alternativeHeadlin: schema:alternativeHeadlin is not a term in schema.org");
    }

    @Test
    void rejectsPropertyOnWrongType() {
        node(BASE + "person/anna", "Person").addProperty(p("caption"), "Foto", "de");
        assertThat(violations()).containsExactly("<https://data.example/taz/person/anna> schema:caption "
                + "\"Foto\"@de: schema:caption expects a subject of type schema:AudioObject, schema:ImageObject or "
                + "schema:VideoObject; got schema:Person");
    }

    @Test
    void rejectsUntypedSubject() {
        m.createResource(BASE + "person/anna").addProperty(p("name"), "Anna");
        assertThat(violations()).containsExactly("<https://data.example/taz/person/anna> schema:name "
                + "\"Anna\"^^xsd:string: untyped subject uses schema:name, "
                + "which expects a subject of type schema:Thing");
    }

    @Test
    void rejectsLiteralWhereAnObjectIsRequired() {
        article().addProperty(p("publisher"), "taz");
        assertThat(violations()).containsExactly("<https://taz.de/!6023456/> schema:publisher \"taz\"^^xsd:string: "
                + "schema:publisher expects a value of type schema:Organization or schema:Person; "
                + "got a literal of xsd:string");
    }

    @Test
    void rejectsUntypedNodeWhereNoUrlIsAllowed() {
        article().addProperty(p("author"), m.createResource(BASE + "person/anna"));
        assertThat(violations()).singleElement().asString()
                .endsWith("schema:author expects a value of type schema:Organization or schema:Person; "
                        + "got an untyped node");
    }

    @Test
    void rejectsNodeOfWrongType() {
        article().addProperty(p("author"), node(ARTICLE + "#image", "ImageObject"));
        assertThat(violations()).singleElement().asString().endsWith("got a node of type schema:ImageObject");
    }

    @Test
    void acceptsIriAsUrl() {
        node(BASE + "publisher/taz", "NewsMediaOrganization")
                .addProperty(p("url"), m.createResource("https://taz.de/"));
        assertThat(violations()).isEmpty();
    }

    @Test
    void acceptsAnyUriLiteralWhereTextIsExpectedBecauseUrlIsASubtypeOfText() {
        article().addProperty(p("headline"), m.createTypedLiteral("https://taz.de/", XSDDatatype.XSDanyURI));
        assertThat(violations()).isEmpty();
    }

    @Test
    void rejectsStringWhereOnlyUrlIsExpected() {
        node(ARTICLE + "#image", "ImageObject").addProperty(p("contentUrl"), "https://taz.de/picture/1.jpg");
        assertThat(violations()).singleElement().asString()
                .endsWith("schema:contentUrl expects a value of type schema:URL; got a literal of xsd:string");
    }

    @Test
    void acceptsIntegerWordCount() {
        article().addProperty(p("wordCount"), m.createTypedLiteral("12", XSDDatatype.XSDinteger));
        assertThat(violations()).isEmpty();
    }

    @Test
    void rejectsStringWordCount() {
        article().addProperty(p("wordCount"), "12");
        assertThat(violations()).containsExactly("<https://taz.de/!6023456/> schema:wordCount \"12\"^^xsd:string: "
                + "schema:wordCount expects a value of type schema:Integer; got a literal of xsd:string");
    }

    @Test
    void acceptsDateForDatePublished() {
        article().addProperty(p("datePublished"), m.createTypedLiteral("2024-08-13", XSDDatatype.XSDdate));
        assertThat(violations()).isEmpty();
    }

    @Test
    void rejectsMalformedDate() {
        article().addProperty(p("datePublished"), m.createTypedLiteral("13 Aug 2024", XSDDatatype.XSDdate));
        assertThat(violations()).containsExactly("<https://taz.de/!6023456/> schema:datePublished "
                + "\"13 Aug 2024\"^^xsd:date: lexical form is not a valid xsd:date");
    }

    @Test
    void acceptsDefinedTermAsKeywords() {
        article().addProperty(p("keywords"), node(BASE + "tag/klimawandel", "DefinedTerm"));
        assertThat(violations()).isEmpty();
    }

    @Test
    void acceptsEnumerationMemberTypedOnlyInTheVocabulary() {
        node(BASE + "book/1", "Book").addProperty(p("bookFormat"), c("Hardcover"));
        assertThat(violations()).isEmpty();
    }

    @Test
    void rejectsSupersededTerm() {
        node(BASE + "person/anna", "Person").addProperty(p("awards"), "Theodor-Wolff-Preis", "de");
        assertThat(violations()).containsExactly("<https://data.example/taz/person/anna> schema:awards "
                + "\"Theodor-Wolff-Preis\"@de: schema:awards is superseded by schema:award");
    }

    @Test
    void rejectsHttpSchemaOrgNamespace() {
        article().addProperty(m.createProperty("http://schema.org/headline"), "Titel", "de");
        assertThat(violations()).containsExactly("<https://taz.de/!6023456/> <http://schema.org/headline> "
                + "\"Titel\"@de: <http://schema.org/headline> uses http://schema.org/, expected https://schema.org/");
    }

    @Test
    void ignoresStatementsOutsideSchemaOrg() {
        m.createResource(BASE + "tag/klimawandel").addProperty(SKOS.prefLabel, "Klimawandel", "de");
        assertThat(violations()).isEmpty();
    }

    @Test
    void acceptsRealisticNewsArticle() {
        Resource publisher = node(BASE + "publisher/taz", "NewsMediaOrganization")
                .addProperty(p("name"), "taz", "de")
                .addProperty(p("url"), m.createResource("https://taz.de/"));
        Resource author = node(BASE + "person/anna-muster", "Person")
                .addProperty(p("name"), "Anna Muster", "de")
                .addProperty(p("identifier"), "a42996")
                .addProperty(p("url"), m.createResource("https://taz.de/!a42996/"));
        Resource scheme = node(BASE + "tags", "DefinedTermSet").addProperty(p("name"), "taz-Tags", "de");
        Resource tag = node(BASE + "tag/klimawandel", "DefinedTerm")
                .addProperty(RDF.type, SKOS.Concept)
                .addProperty(p("name"), "Klimawandel", "de")
                .addProperty(p("inDefinedTermSet"), scheme);
        Resource image = node(ARTICLE + "#image", "ImageObject")
                .addProperty(p("caption"), "Demonstration in Berlin", "de")
                .addProperty(p("creditText"), "Foto: Anna Muster", "de")
                .addProperty(p("contentUrl"), m.createResource("https://taz.de/picture/1234/demo.jpg"));
        Resource link = node(ARTICLE + "#link-1", "WebPage")
                .addProperty(p("position"), m.createTypedLiteral("1", XSDDatatype.XSDinteger))
                .addProperty(p("name"), "Bericht", "de")
                .addProperty(p("url"), m.createResource("https://example.org/bericht"));
        article()
                .addProperty(p("headline"), "Kicker: Ein Titel", "de")
                .addProperty(p("description"), "Der Vorspann.", "de")
                .addProperty(p("articleBody"), "Erster Absatz.\n\nZweiter Absatz.", "de")
                .addProperty(p("wordCount"), m.createTypedLiteral("4", XSDDatatype.XSDinteger))
                .addProperty(p("datePublished"), m.createTypedLiteral("2024-08-13", XSDDatatype.XSDdate))
                .addProperty(p("inLanguage"), "de")
                .addProperty(p("dateline"), "Berlin", "de")
                .addProperty(p("identifier"), "6023456")
                .addProperty(p("url"), m.createResource(ARTICLE))
                .addProperty(p("publisher"), publisher)
                .addProperty(p("author"), author)
                .addProperty(p("keywords"), tag)
                .addProperty(p("image"), image)
                .addProperty(p("citation"), link);
        assertThat(m.size()).isEqualTo(36);
        assertThat(violations()).isEmpty();
    }
}
