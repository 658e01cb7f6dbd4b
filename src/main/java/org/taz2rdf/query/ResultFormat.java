package org.taz2rdf.query;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;

/** Formats for SELECT and ASK results, by the names of Jena's {@code --results}. */
public enum ResultFormat {
    text(ResultSetLang.RS_Text),
    csv(ResultSetLang.RS_CSV),
    tsv(ResultSetLang.RS_TSV),
    json(ResultSetLang.RS_JSON),
    xml(ResultSetLang.RS_XML);

    private final Lang lang;

    ResultFormat(Lang lang) {
        this.lang = lang;
    }

    Lang lang() {
        return lang;
    }
}
