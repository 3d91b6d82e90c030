package kg.ovop.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One application node as production runs it: the packaged jar in a JVM of its own, profile
 * {@code postgres}, every setting from the environment, its output in target/nodes/NAME.log.
 */
final class Node implements AutoCloseable {

    static final Path LOGS = Path.of("target", "nodes");

    final String name;
    final int port;
    private final Process process;

    private Node(String name, int port, Process process) {
        this.name = name;
        this.port = port;
        this.process = process;
    }

    /** Starts a node on a database; returns at once (see {@link #awaitReady}). */
    static Node start(String name, String databaseUrl, String user, String password) {
        return start(name, databaseUrl, user, password, 3025, List.of());
    }

    /**
     * Starts a node sending mail to the SMTP port given, with settings of the test's as command-line
     * arguments ({@code --name=value}, as an operator would pass them).
     */
    static Node start(String name, String databaseUrl, String user, String password, int smtpPort, List<String> settings) {
        try {
            int port = freePort();
            Files.createDirectories(LOGS);
            List<String> command = new java.util.ArrayList<>(List.of(java(), "-Xmx384m", "-jar", jar().toString()));
            command.addAll(settings);
            ProcessBuilder builder = new ProcessBuilder(command);
            Map<String, String> env = builder.environment();
            env.put("SPRING_PROFILES_ACTIVE", "postgres");
            env.put("PORT", String.valueOf(port));
            env.put("DB_URL", databaseUrl);
            env.put("DB_USER", user);
            // Trust authentication takes any password; the production check wants one set.
            env.put("DB_PASSWORD", password == null || password.isBlank() ? "unused-with-trust" : password);
            env.put("OVOP_ADMIN_PASSWORD", "cluster-admin-2026");
            env.put("OVOP_PUBLIC_BASE_URL", "http://localhost:" + port);
            env.put("SMTP_HOST", "127.0.0.1");
            env.put("SMTP_PORT", String.valueOf(smtpPort));
            env.put("SMTP_AUTH", "false");
            env.put("SMTP_STARTTLS", "false");
            env.put("OVOP_MAIL_FROM", "OVOP <no-reply@example.org>");
            builder.redirectErrorStream(true).redirectOutput(LOGS.resolve(name + ".log").toFile());
            return new Node(name, port, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the node answers its health check before the time is up (false at once if its JVM has ended). */
    boolean awaitReady(Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/actuator/health")).timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return true;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        return false;
    }

    /** The end of the node's output, for a failure message. */
    String logTail() {
        try {
            List<String> lines = Files.readAllLines(LOGS.resolve(name + ".log"));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** SIGKILL: the JVM ends at once, mid-transaction, its job locks left in the database. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    boolean alive() {
        return process.isAlive();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    /** The jar Maven's package phase built (integration tests run after it). */
    private static Path jar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(f -> f.getFileName().toString().matches("ovop-workflow-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no application jar in target/: run ./mvnw verify"));
        }
    }
}
