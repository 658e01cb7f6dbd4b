package org.taz2rdf.harvest;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The shared core of the test servers: a loopback listener on an ephemeral port, one platform thread per
 * connection, one {@link RequestLine} in (up to CRLF, at most 1024 bytes), one response out, and
 * the {@link Fault} modes. Subclasses say how a connection is opened (plain or TLS), how a request line maps to a
 * key (selector or path) and what the response bytes are.
 *
 * <p>Thread-safe: {@code put}/{@code fault} may be called while clients are connected. {@link #close()} closes
 * the listener and every open connection and waits until every thread of this server has ended (it throws if
 * one does not within 5 s). All threads are named {@code threadPrefix + ...} so tests can check for leftovers.
 */
abstract class LineServer implements AutoCloseable {

    /** Length of a {@link Fault#HUGE} response: 200 MiB. */
    static final long HUGE_BYTES = 200L << 20;
    private static final int REQUEST_TIMEOUT_MILLIS = 10_000;
    private static final long JOIN_MILLIS = 5_000;
    private static final long DROP_DELAY_MILLIS = 100;

    /** One accepted connection: the TCP socket and the streams to use (the same ones, or TLS on top). */
    record Connection(Socket tcp, InputStream in, OutputStream out, Closeable closer) {}

    private final String threadPrefix;
    private final Object lock = new Object();
    private final List<Thread> workers = new ArrayList<>();
    private final List<Socket> sockets = new ArrayList<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final Map<String, Fault> faults = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> failuresLeft = new ConcurrentHashMap<>();
    private final AtomicInteger connectionCount = new AtomicInteger();
    private ServerSocket listener;
    private Thread acceptor;
    private boolean closed;

    LineServer(String threadPrefix) {
        this.threadPrefix = threadPrefix;
    }

    /** Opens the listener on 127.0.0.1 (the loopback address) and an ephemeral port and starts accepting. */
    public void start() throws IOException {
        synchronized (lock) {
            if (listener != null || closed) {
                throw new IllegalStateException("start() may be called once, before close()");
            }
            listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            acceptor = new Thread(this::acceptLoop, threadPrefix + listener.getLocalPort() + "-accept");
            acceptor.setDaemon(true);
            acceptor.start();
        }
    }

    /** The listening port; only after {@link #start()}. */
    public int port() {
        synchronized (lock) {
            if (listener == null) {
                throw new IllegalStateException("not started");
            }
            return listener.getLocalPort();
        }
    }

    /** The keys (selectors or paths) of all requests received so far, in order, including failed ones. */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    /** How often {@code key} was requested so far. */
    public long requestCount(String key) {
        return requests.stream().filter(key::equals).count();
    }

    /** Makes requests for {@code key} misbehave as {@code fault} from now on; replaces an earlier fault. */
    public void fault(String key, Fault fault) {
        failuresLeft.put(key, new AtomicInteger(fault.times()));
        faults.put(key, fault);
    }

    /** Lets requests for {@code key} be answered normally again. */
    public void clearFault(String key) {
        faults.remove(key);
    }

    /** Stops accepting, closes all connections and waits for all threads of this server to end. */
    @Override
    public void close() {
        List<Socket> open;
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            open = new ArrayList<>(sockets);
        }
        closeQuietly(listener);
        open.forEach(LineServer::closeQuietly);
        join(acceptor);
        List<Thread> running;
        synchronized (lock) {
            running = new ArrayList<>(workers);
        }
        running.forEach(LineServer::join);
    }

    /** Wraps an accepted TCP socket into the streams of the protocol (plain, or TLS after a handshake). */
    abstract Connection open(Socket tcp) throws IOException;

    /** The key (selector or path) a request line asks for, or {@code null} if the line is malformed. */
    abstract String key(String requestLine);

    /** The complete response for a well-formed request with this key (content, or a not-found answer). */
    abstract byte[] response(String key);

    /** The complete response to a request line for which {@link #key} returned {@code null}. */
    abstract byte[] rejection(String requestLine);

    /** The complete response to a request line longer than {@link RequestLine#MAX_BYTES}. */
    abstract byte[] tooLong();

    /** Header of a {@link Fault#HUGE} response, its repeated line {@code n}, and its end. */
    abstract byte[] hugeHead();

    abstract byte[] hugeLine(long n);

    abstract byte[] hugeTail();

    private void acceptLoop() {
        while (true) {
            Socket tcp;
            try {
                tcp = listener.accept();
            } catch (IOException stopped) {
                return; // the listener was closed by close()
            }
            synchronized (lock) {
                if (closed) {
                    closeQuietly(tcp);
                    return;
                }
                Thread worker = new Thread(() -> serve(tcp),
                        threadPrefix + listener.getLocalPort() + "-conn-" + connectionCount.incrementAndGet());
                worker.setDaemon(true);
                sockets.add(tcp);
                workers.add(worker);
                worker.start();
            }
        }
    }

    private void serve(Socket tcp) {
        Connection connection = null;
        try {
            tcp.setSoTimeout(REQUEST_TIMEOUT_MILLIS);
            tcp.setTcpNoDelay(true);
            connection = open(tcp);
            answer(connection);
        } catch (IOException clientGoneOrServerClosing) {
            // Normal for a test server: the client hung up, rejected the certificate, or close() was called.
        } finally {
            closeQuietly(connection == null ? tcp : connection.closer());
            synchronized (lock) {
                sockets.remove(tcp);
                workers.remove(Thread.currentThread());
            }
        }
    }

    private void answer(Connection c) throws IOException {
        RequestLine line = RequestLine.read(c.in());
        if (line == null) {
            return; // the client closed before sending a whole line
        }
        if (line.tooLong()) {
            send(c.out(), tooLong());
            return;
        }
        String requestLine = line.text();
        String key = key(requestLine);
        if (key == null) {
            send(c.out(), rejection(requestLine));
            return;
        }
        requests.add(key);
        Fault fault = faults.get(key);
        if (fault == null) {
            send(c.out(), response(key));
            return;
        }
        switch (fault.kind()) {
            case STALL -> stall(c);
            case DROP_MIDWAY -> dropMidway(c, response(key));
            case HUGE -> streamHuge(c.out());
            case FAIL_N_TIMES -> {
                AtomicInteger left = failuresLeft.get(key);
                if (left == null || left.getAndDecrement() <= 0) {
                    send(c.out(), response(key));
                } // otherwise close without a word
            }
        }
    }

    private static void send(OutputStream out, byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    private static void stall(Connection c) throws IOException {
        c.tcp().setSoTimeout(0);
        while (c.in().read() != -1) {
            // hold the connection: wait for the client to close it, or for close() to close the socket
        }
    }

    private static void dropMidway(Connection c, byte[] response) throws IOException {
        send(c.out(), Arrays.copyOf(response, response.length / 2));
        pause(DROP_DELAY_MILLIS); // let the kernel transmit the half: a zero-linger close discards unsent data
        c.tcp().setSoLinger(true, 0);
        c.tcp().close(); // RST; closes the TCP socket under TLS, so no close_notify is sent
    }

    private void streamHuge(OutputStream out) throws IOException {
        out.write(hugeHead());
        long sent = 0;
        for (long n = 1; sent < HUGE_BYTES; n++) {
            byte[] line = hugeLine(n);
            out.write(line);
            sent += line.length;
        }
        out.write(hugeTail());
        out.flush();
    }

    private static void pause(long millis) throws IOException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static void join(Thread thread) {
        if (thread == null) {
            return;
        }
        try {
            thread.join(JOIN_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            throw new IllegalStateException("server thread did not stop: " + thread.getName());
        }
    }

    static void closeQuietly(Closeable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (IOException alreadyBroken) {
            // closing a broken or already closed connection; nothing is lost
        }
    }
}
