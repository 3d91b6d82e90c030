package kg.ovop.certification;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An SMTP server that misbehaves on request: answers nothing at all ({@link Mode#SILENT}, a server
 * slower than any timeout), drops the connection in the middle of the message
 * ({@link Mode#DROP_IN_DATA}), or takes mail properly ({@link Mode#ACCEPT}), keeping what it accepted.
 */
public final class FlakySmtpServer implements AutoCloseable {

    public enum Mode { SILENT, DROP_IN_DATA, ACCEPT }

    private final ServerSocket socket;
    private final List<String> accepted = new CopyOnWriteArrayList<>();
    private final java.util.concurrent.atomic.AtomicInteger silentSessions = new java.util.concurrent.atomic.AtomicInteger();
    private volatile Mode mode = Mode.ACCEPT;

    public FlakySmtpServer() {
        try {
            socket = new ServerSocket(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread acceptor = new Thread(this::serve, "flaky-smtp");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return socket.getLocalPort();
    }

    public void mode(Mode next) {
        mode = next;
    }

    /** The messages taken in full (headers and body), in order. */
    public List<String> accepted() {
        return List.copyOf(accepted);
    }

    /** How many connections were kept waiting in silence: a sender is (or was) stuck in one. */
    public int silentSessions() {
        return silentSessions.get();
    }

    private void serve() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                Thread session = new Thread(() -> session(client), "flaky-smtp-session");
                session.setDaemon(true);
                session.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void session(Socket client) {
        Mode now = mode;
        try (client; BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
                PrintWriter out = new PrintWriter(client.getOutputStream(), true, StandardCharsets.US_ASCII)) {
            if (now == Mode.SILENT) {
                silentSessions.incrementAndGet();
                // Keeps the connection open and says nothing until the client gives up.
                while (in.read() >= 0) {
                    // discard
                }
                return;
            }
            reply(out, "220 flaky ESMTP");
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
                switch (command) {
                    case "EHLO", "HELO" -> reply(out, "250 flaky");
                    case "MAIL", "RCPT", "RSET", "NOOP" -> reply(out, "250 OK");
                    case "DATA" -> {
                        reply(out, "354 go ahead");
                        StringBuilder message = new StringBuilder();
                        while ((line = in.readLine()) != null && !line.equals(".")) {
                            message.append(line).append('\n');
                            if (now == Mode.DROP_IN_DATA && message.length() > 200) {
                                return; // the connection drops with the message half received
                            }
                        }
                        accepted.add(message.toString());
                        reply(out, "250 queued");
                    }
                    case "QUIT" -> {
                        reply(out, "221 bye");
                        return;
                    }
                    default -> reply(out, "502 not here");
                }
            }
        } catch (SocketException gone) {
            // the client closed first
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void reply(PrintWriter out, String line) {
        out.print(line + "\r\n");
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
