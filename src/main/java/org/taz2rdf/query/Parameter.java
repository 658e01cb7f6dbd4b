package org.taz2rdf.query;

import java.util.Objects;

/** A parameter of a bundled query: the variable it binds (without {@code ?}), its type and what it means. */
public record Parameter(String name, ParameterType type, String description) {

    public Parameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
    }
}
