package kg.ovop.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.junit.jupiter.api.Assumptions;

/**
 * An empty PostgreSQL database of one test's own on the test server (OVOP_TEST_DB_URL), dropped on
 * close: a leftover of another user's could not be dropped, so its name carries this JVM's pid.
 */
final class ClusterDatabase implements AutoCloseable {

    static final String URL = System.getenv().getOrDefault("OVOP_TEST_DB_URL", "");
    static final String USER = System.getenv().getOrDefault("OVOP_TEST_DB_USER", "postgres");
    static final String PASSWORD = System.getenv().getOrDefault("OVOP_TEST_DB_PASSWORD", "");

    final String name;
    final String server;

    private ClusterDatabase(String name) throws SQLException {
        this.name = name;
        this.server = URL.substring(0, URL.lastIndexOf('/') + 1);
        try (Connection admin = DriverManager.getConnection(server + "postgres", USER, PASSWORD)) {
            admin.createStatement().execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            admin.createStatement().execute("CREATE DATABASE " + name);
        }
    }

    /** A new database named prefix + pid; the test is skipped without a PostgreSQL test server. */
    static ClusterDatabase create(String prefix) throws SQLException {
        Assumptions.assumeTrue(URL.startsWith("jdbc:postgresql:"), "a PostgreSQL test database (OVOP_TEST_DB_URL)");
        return new ClusterDatabase(prefix + ProcessHandle.current().pid());
    }

    String url() {
        return server + name;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), USER, PASSWORD);
    }

    long count(String sql, Object... arguments) throws SQLException {
        return ((Number) value(sql, arguments)).longValue();
    }

    /** The first column of the first row. */
    Object value(String sql, Object... arguments) throws SQLException {
        try (Connection db = connect(); var statement = db.prepareStatement(sql)) {
            for (int i = 0; i < arguments.length; i++) {
                statement.setObject(i + 1, arguments[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getObject(1);
            }
        }
    }

    @Override
    public void close() throws SQLException {
        try (Connection admin = DriverManager.getConnection(server + "postgres", USER, PASSWORD)) {
            admin.createStatement().execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }
}
