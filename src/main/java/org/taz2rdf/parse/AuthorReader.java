package org.taz2rdf.parse;

import java.util.ArrayList;
import java.util.List;
import org.taz2rdf.article.Person;
import org.taz2rdf.diagnostic.DiagnosticCode;
import org.taz2rdf.diagnostic.Severity;

/** Reads AUTOREN: one person a line, with taz's author id where the line is a link item. */
final class AuthorReader {

    private final Reporter reporter;

    AuthorReader(Reporter reporter) {
        this.reporter = reporter;
    }

    List<Person> authors(List<Line> lines) {
        List<Person> authors = new ArrayList<>();
        for (Line line : lines) {
            String name = line.text().strip();
            if (line.cut()) {
                reporter.report(line, Severity.WARNING, DiagnosticCode.TRUNCATED_LINE,
                        "author name cut by a proxy; not recorded");
                continue;
            }
            Person person = new Person(name, TazTargets.personId(line.target()).orElse(null));
            if (!authors.contains(person)) {
                authors.add(person);
            }
        }
        return authors;
    }
}
