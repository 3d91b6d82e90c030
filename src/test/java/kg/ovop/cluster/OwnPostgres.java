package kg.ovop.cluster;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

/**
 * A PostgreSQL server of the test's own (initdb, pg_ctl from the installed server), so the test may
 * stop and start it under a running application. As root it runs as the postgres user, as a server must.
 */
final class OwnPostgres implements AutoCloseable {

    final int port;
    private final Path bin;
    private final Path data;
    private final boolean root;

    private OwnPostgres(Path bin, Path data, int port, boolean root) {
        this.bin = bin;
        this.data = data;
        this.port = port;
        this.root = root;
    }

    /** A new server with a database "ovop", trusting local connections; skipped where no server is installed. */
    static OwnPostgres start() throws IOException, InterruptedException {
        Path bin = serverBinaries();
        Assumptions.assumeTrue(bin != null, "a PostgreSQL server installation (pg_ctl)");
        boolean root = "root".equals(System.getProperty("user.name"));
        Path data = Files.createTempDirectory("ovop-pg-");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        OwnPostgres server = new OwnPostgres(bin, data, port, root);
        if (root) {
            server.run(List.of("chown", "postgres", data.toString()), false);
        }
        server.run(List.of(bin.resolve("initdb").toString(), "-D", data.resolve("cluster").toString(), "-A", "trust", "-U", "postgres",
                "-E", "UTF8", "--no-sync"), true);
        server.pgCtl("start");
        server.run(List.of(bin.resolve("createdb").toString(), "-h", "127.0.0.1", "-p", String.valueOf(port), "-U", "postgres", "ovop"),
                true);
        return server;
    }

    String url() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/ovop";
    }

    void stop() throws IOException, InterruptedException {
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.resolve("cluster").toString(), "-m", "fast", "-w", "stop"), true);
    }

    void pgCtl(String action) throws IOException, InterruptedException {
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.resolve("cluster").toString(), "-w", "-l",
                data.resolve("server.log").toString(), "-o", "-p " + port + " -k " + data + " -c listen_addresses=127.0.0.1", action),
                true);
    }

    private void run(List<String> command, boolean asServerUser) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (asServerUser && root) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        Path log = Files.createTempFile("pg-ctl", ".log");
        Process process = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", full) + " failed: " + Files.readString(log));
        }
    }

    /** The newest installed server's programs (Debian keeps them under /usr/lib/postgresql/VERSION/bin). */
    private static Path serverBinaries() throws IOException {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return null;
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(version -> version.resolve("bin")).filter(bin -> Files.isExecutable(bin.resolve("pg_ctl")))
                    .max(Comparator.comparing(bin -> Integer.parseInt(bin.getParent().getFileName().toString().replaceAll("\\D", "0"))))
                    .orElse(null);
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            stop();
        } catch (IllegalStateException alreadyStopped) {
            // stopped by the test
        }
        if (root) {
            run(List.of("rm", "-rf", data.toString()), false);
        } else {
            try (Stream<Path> files = Files.walk(data)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
