package org.taz2rdf.harvest;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A link found in a menu or page: where it points, and whether that is an article (by its {@code !<digits>}). */
record Link(URI address) {

    private static final Pattern ARTICLE = Pattern.compile("(?:!|%21)(\\d{4,9})/?$");

    /** The article id the address names, if it names an article. */
    Optional<String> articleId() {
        Matcher m = ARTICLE.matcher(address.getRawPath() == null ? "" : address.getRawPath());
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
