package org.taz2rdf.parse;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads taz ids and slugs out of link targets ({@code /Slug/!5934444}, {@code gopher://taz.de/1/!a42996}). */
final class TazTargets {

    private static final Pattern TAZ_ADDRESS = Pattern.compile("(?i)[a-z]+://(www\\.)?taz\\.de([:/].*)?");

    private static final Pattern ARTICLE = Pattern.compile("(?:^|/)(?:([^/!]+)/)?!(\\d{4,9})/?$");
    private static final Pattern PERSON = Pattern.compile("!(a\\d{2,9})/?$");
    private static final Pattern TAG = Pattern.compile("!(t\\d{3,9})/?$");

    private TazTargets() {}

    static Optional<String> articleId(String target) {
        Matcher m = target == null ? null : ARTICLE.matcher(target);
        return m != null && m.find() && isTaz(target) ? Optional.of(m.group(2)) : Optional.empty();
    }

    static Optional<String> slug(String target) {
        Matcher m = target == null ? null : ARTICLE.matcher(target);
        return m != null && m.find() && m.group(1) != null && isTaz(target) ? Optional.of(m.group(1)) : Optional.empty();
    }

    static Optional<String> personId(String target) {
        return find(PERSON, target);
    }

    static Optional<String> tagId(String target) {
        return find(TAG, target);
    }

    private static Optional<String> find(Pattern pattern, String target) {
        if (target == null || !isTaz(target)) {
            return Optional.empty();
        }
        Matcher m = pattern.matcher(target);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** Site-relative, or on the host taz.de over any protocol. */
    static boolean isTaz(String target) {
        return target.startsWith("/") || TAZ_ADDRESS.matcher(target).matches();
    }
}
