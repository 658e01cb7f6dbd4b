package org.taz2rdf.query;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;

/**
 * Formats for SELECT and ASK results, by the names of Jena's {@code --results}. Jena's languages are named in a
 * method, not held in fields, so that listing the options ({@code --help}) does not start Jena's RIOT.
 */
public enum ResultFormat {
    text, csv, tsv, json, xml;

    Lang lang() {
        return switch (this) {
            case text -> ResultSetLang.RS_Text;
            case csv -> ResultSetLang.RS_CSV;
            case tsv -> ResultSetLang.RS_TSV;
            case json -> ResultSetLang.RS_JSON;
            case xml -> ResultSetLang.RS_XML;
        };
    }
}
