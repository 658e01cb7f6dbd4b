package org.taz2rdf.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A SPARQL query that ships with taz2rdf, as a resource {@code /queries/NAME.rq} listed in
 * {@code /queries/INDEX}. Its header comment gives a one-line description ({@code # description: …}) and its
 * parameters ({@code # param: NAME TYPE description}).
 */
public record BundledQuery(String name, String description, List<Parameter> parameters, String text) {

    private static final Pattern DESCRIPTION = Pattern.compile("#\\s*description:\\s*(.+)");
    private static final Pattern PARAM = Pattern.compile("#\\s*param:\\s*(\\w+)\\s+(\\w+)\\s+(.+)");

    public BundledQuery {
        parameters = List.copyOf(parameters);
    }

    /** All bundled queries, in the order of the index. */
    public static List<BundledQuery> all() {
        List<BundledQuery> queries = new ArrayList<>();
        for (String line : resource("INDEX").split("\n")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                queries.add(parse(name, resource(name + ".rq")));
            }
        }
        return queries;
    }

    public static Optional<BundledQuery> named(String name) {
        return all().stream().filter(query -> query.name().equals(name)).findFirst();
    }

    public Optional<Parameter> parameter(String parameterName) {
        return parameters.stream().filter(p -> p.name().equals(parameterName)).findFirst();
    }

    static BundledQuery parse(String name, String text) {
        String description = null;
        List<Parameter> parameters = new ArrayList<>();
        for (String line : text.split("\n")) {
            Matcher d = DESCRIPTION.matcher(line.strip());
            Matcher p = PARAM.matcher(line.strip());
            if (d.matches()) {
                description = d.group(1).strip();
            } else if (p.matches()) {
                parameters.add(new Parameter(p.group(1), ParameterType.valueOf(p.group(2)), p.group(3).strip()));
            }
        }
        if (description == null) {
            throw new IllegalStateException("bundled query " + name + " has no '# description:' line");
        }
        return new BundledQuery(name, description, parameters, text);
    }

    private static String resource(String name) {
        try (InputStream in = BundledQuery.class.getResourceAsStream("/queries/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource /queries/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
