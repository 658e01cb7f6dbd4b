package org.taz2rdf.article;

import java.util.Objects;

/**
 * An author as the AUTOREN section names them.
 *
 * @param name the name as displayed
 * @param tazId taz's own id ({@code a42996}) where a raw response gives it; null otherwise
 */
public record Person(String name, String tazId) {

    public Person {
        Objects.requireNonNull(name, "name");
    }
}
