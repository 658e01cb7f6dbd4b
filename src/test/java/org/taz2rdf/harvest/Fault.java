package org.taz2rdf.harvest;

/**
 * A misbehaviour that a test server shows for one selector or path, set with {@code fault(key, fault)} on
 * {@link TestGopherServer} or {@link TestGeminiServer}.
 *
 * <ul>
 *   <li>{@link #STALL}: read the request, then send nothing and hold the connection open until the client
 *       closes it or the server stops.</li>
 *   <li>{@link #DROP_MIDWAY}: send the first half of the response bytes (for Gemini: of header plus body),
 *       wait 100 ms so that they reach the client, then reset the connection (TCP RST, no TLS
 *       {@code close_notify}).</li>
 *   <li>{@link #HUGE}: stream a response of {@link LineServer#HUGE_BYTES} bytes, stopping early when the client
 *       closes.</li>
 *   <li>{@link #failTimes(int) failTimes(n)}: close the connection without answering the first {@code n}
 *       requests, then answer normally.</li>
 * </ul>
 *
 * @param kind  what goes wrong
 * @param times for {@link Kind#FAIL_N_TIMES}, how many requests fail; 0 otherwise
 */
public record Fault(Kind kind, int times) {

    /** The kinds of misbehaviour. */
    public enum Kind { STALL, DROP_MIDWAY, HUGE, FAIL_N_TIMES }

    public static final Fault STALL = new Fault(Kind.STALL, 0);
    public static final Fault DROP_MIDWAY = new Fault(Kind.DROP_MIDWAY, 0);
    public static final Fault HUGE = new Fault(Kind.HUGE, 0);

    public Fault {
        if (times < 0 || (kind == Kind.FAIL_N_TIMES) != (times > 0)) {
            throw new IllegalArgumentException(kind + " with times=" + times);
        }
    }

    /** Closes the connection unanswered for the first {@code n} (&gt; 0) requests, then answers normally. */
    public static Fault failTimes(int n) {
        return new Fault(Kind.FAIL_N_TIMES, n);
    }
}
