package org.taz2rdf.sink;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.apache.jena.vocabulary.XSD;
import org.taz2rdf.rdf.Tazv;

/** The prefixes every output declares, in the order they are written. */
public final class Prefixes {

    private Prefixes() {}

    public static Map<String, String> standard() {
        Map<String, String> prefixes = new LinkedHashMap<>();
        prefixes.put("rdf", RDF.getURI());
        prefixes.put("xsd", XSD.NS);
        prefixes.put("schema", SchemaDO.NS);
        prefixes.put("skos", SKOS.getURI());
        prefixes.put("dcterms", DCTerms.NS);
        prefixes.put("tazv", Tazv.NS);
        return prefixes;
    }
}
