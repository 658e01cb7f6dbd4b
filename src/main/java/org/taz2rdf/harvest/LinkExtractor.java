package org.taz2rdf.harvest;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the links of a raw response that a harvest follows: Gopher menu items of type 1 (RFC 1436:
 * {@code 1display TAB selector TAB host TAB port}) and gemtext link lines ({@code => URL label}), on the same host
 * as the page they are on. Other item types (images, web links, searches) are not followed.
 */
final class LinkExtractor {

    private static final Pattern GEMTEXT_LINK = Pattern.compile("=>[ \\t]*(\\S+).*");

    private LinkExtractor() {}

    static List<Link> links(URI page, byte[] response) {
        String text = new String(response, StandardCharsets.UTF_8);
        List<Link> links = new ArrayList<>();
        boolean gopher = "gopher".equalsIgnoreCase(page.getScheme());
        for (String line : text.split("\r?\n")) {
            URI target = gopher ? gopherItem(line) : gemtextLink(page, line);
            if (target != null && page.getHost().equalsIgnoreCase(target.getHost()) && port(page) == port(target)) {
                links.add(new Link(target));
            }
        }
        return links;
    }

    private static int port(URI address) {
        return address.getPort() >= 0 ? address.getPort() : "gemini".equalsIgnoreCase(address.getScheme()) ? 1965 : 70;
    }

    private static URI gopherItem(String line) {
        if (line.isEmpty() || line.charAt(0) != '1') {
            return null;
        }
        String[] fields = line.substring(1).split("\t", -1);
        if (fields.length < 4 || fields[2].isBlank()) {
            return null;
        }
        String port = fields[3].strip();
        String selector = fields[1].startsWith("/") ? fields[1] : "/" + fields[1];
        try {
            return new URI("gopher://" + fields[2].strip() + (port.isEmpty() || port.equals("70") ? "" : ":" + port)
                    + "/1" + encode(selector));
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** Percent-encodes each path segment of a selector, keeping {@code /} and {@code !}. */
    private static String encode(String selector) {
        List<String> parts = new ArrayList<>();
        for (String part : selector.split("/", -1)) {
            parts.add(URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20").replace("%21", "!"));
        }
        return String.join("/", parts);
    }

    private static URI gemtextLink(URI page, String line) {
        Matcher m = GEMTEXT_LINK.matcher(line);
        if (!m.matches()) {
            return null;
        }
        try {
            URI target = page.resolve(m.group(1));
            return "gemini".equalsIgnoreCase(target.getScheme()) ? target : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
