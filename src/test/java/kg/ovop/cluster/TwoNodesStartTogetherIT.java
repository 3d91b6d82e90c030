package kg.ovop.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Two nodes started at the same moment on an empty PostgreSQL database both come up, and what
 * start-up creates exists once: the engine's tables, the admin user, groups, filters, deployments.
 */
class TwoNodesStartTogetherIT {

    static final String URL = System.getenv().getOrDefault("OVOP_TEST_DB_URL", "");
    static final String USER = System.getenv().getOrDefault("OVOP_TEST_DB_USER", "postgres");
    static final String PASSWORD = System.getenv().getOrDefault("OVOP_TEST_DB_PASSWORD", "");
    /** A database of this run's own, dropped at the end: a leftover of another user's could not be dropped. */
    static final String DATABASE = "ovop_two_nodes_" + ProcessHandle.current().pid();

    @Test
    void bothNodesStartOnAnEmptyDatabaseAndStartUpWritesEverythingOnce() throws Exception {
        Assumptions.assumeTrue(URL.startsWith("jdbc:postgresql:"), "a PostgreSQL test database (OVOP_TEST_DB_URL)");
        String server = URL.substring(0, URL.lastIndexOf('/') + 1);
        try (Connection admin = DriverManager.getConnection(server + "postgres", USER, PASSWORD)) {
            admin.createStatement().execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            admin.createStatement().execute("CREATE DATABASE " + DATABASE);
        }
        try {
            startTogetherAndCheck(server);
        } finally {
            try (Connection admin = DriverManager.getConnection(server + "postgres", USER, PASSWORD)) {
                admin.createStatement().execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            }
        }
    }

    private void startTogetherAndCheck(String server) throws Exception {
        try (Node first = Node.start("first", server + DATABASE, USER, PASSWORD);
                Node second = Node.start("second", server + DATABASE, USER, PASSWORD)) {
            assertThat(first.awaitReady(Duration.ofMinutes(3))).as("first node:\n" + first.logTail()).isTrue();
            assertThat(second.awaitReady(Duration.ofMinutes(3))).as("second node:\n" + second.logTail()).isTrue();
        }
        try (Connection db = DriverManager.getConnection(server + DATABASE, USER, PASSWORD)) {
            assertThat(count(db, "SELECT COUNT(*) FROM ACT_ID_USER WHERE ID_ = 'admin'")).isEqualTo(1);
            assertThat(count(db, "SELECT COUNT(*) FROM ACT_RU_FILTER WHERE NAME_ = 'My tasks'")).isEqualTo(1);
            assertThat(count(db, "SELECT COUNT(*) - COUNT(DISTINCT NAME_) FROM ACT_RU_FILTER")).as("filters twice").isZero();
            assertThat(count(db, "SELECT COUNT(*) FROM ACT_ID_MEMBERSHIP WHERE USER_ID_ = 'admin' AND GROUP_ID_ = 'ovop-admin'"))
                    .isEqualTo(1);
            assertThat(count(db, "SELECT COUNT(*) - COUNT(DISTINCT (GROUP_ID_, RESOURCE_TYPE_, RESOURCE_ID_)) FROM ACT_RU_AUTHORIZATION"
                    + " WHERE GROUP_ID_ IS NOT NULL")).as("group authorizations twice").isZero();
            Map<String, Long> versions = new LinkedHashMap<>();
            try (ResultSet rs = db.createStatement().executeQuery("SELECT KEY_, COUNT(*) FROM ACT_RE_PROCDEF GROUP BY KEY_")) {
                while (rs.next()) {
                    versions.put(rs.getString(1), rs.getLong(2));
                }
            }
            assertThat(versions).as("each process deployed once").containsKeys("brand-certification", "development-grant")
                    .allSatisfy((key, count) -> assertThat(count).as(key).isEqualTo(1L));
        }
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (ResultSet rs = db.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
