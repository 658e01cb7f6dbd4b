package org.taz2rdf.harvest;

import java.time.Duration;

/**
 * Bounds on every request: connect and read timeouts, a deadline for the whole response (a server that drips
 * bytes forever is cut off too), and a largest response size.
 */
public record FetchLimits(Duration connectTimeout, Duration readTimeout, Duration totalTimeout, long maxBytes) {

    public static final FetchLimits DEFAULT =
            new FetchLimits(Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(120), 5L << 20);
}
