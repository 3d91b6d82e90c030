package kg.ovop.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Two nodes started at the same moment on an empty PostgreSQL database, and again on one a migration
 * behind, both come up, and what start-up creates exists once: the engine's tables, our migrations,
 * the admin user, groups, filters, deployments.
 */
class TwoNodesStartTogetherIT {

    @Test
    void bothNodesStartOnAnEmptyAndOnAnOlderDatabaseAndStartUpWritesEverythingOnce() throws Exception {
        try (ClusterDatabase database = ClusterDatabase.create("ovop_two_nodes_")) {
            startTogether(database);
            check(database);

            // The same database as it was before a release's migration (V17: sessions, sign-in failures).
            try (Connection db = database.connect()) {
                for (String table : new String[] {"ovop_session_attributes", "ovop_session", "ovop_sign_in_failure"}) {
                    db.createStatement().execute("DROP TABLE " + table);
                }
                db.createStatement().execute("DELETE FROM ovop_schema_history WHERE version = '17'");
            }
            startTogether(database);
            assertThat(database.count("SELECT COUNT(*) FROM ovop_schema_history WHERE version = '17' AND success"))
                    .as("migrated once").isEqualTo(1);
            assertThat(database.count("SELECT COUNT(*) FROM ovop_sign_in_failure")).isZero();
            check(database);
        }
    }

    private static void startTogether(ClusterDatabase database) throws InterruptedException {
        try (Node first = Node.start("first", database.url(), ClusterDatabase.USER, ClusterDatabase.PASSWORD);
                Node second = Node.start("second", database.url(), ClusterDatabase.USER, ClusterDatabase.PASSWORD)) {
            assertThat(first.awaitReady(Duration.ofMinutes(3))).as("first node:\n" + first.logTail()).isTrue();
            assertThat(second.awaitReady(Duration.ofMinutes(3))).as("second node:\n" + second.logTail()).isTrue();
        }
    }

    private void check(ClusterDatabase database) throws Exception {
        try (Connection db = database.connect()) {
            assertThat(database.count("SELECT COUNT(*) FROM ACT_ID_USER WHERE ID_ = 'admin'")).isEqualTo(1);
            assertThat(database.count("SELECT COUNT(*) FROM ACT_RU_FILTER WHERE NAME_ = 'My tasks'")).isEqualTo(1);
            assertThat(database.count("SELECT COUNT(*) - COUNT(DISTINCT NAME_) FROM ACT_RU_FILTER")).as("filters twice").isZero();
            assertThat(database.count("SELECT COUNT(*) FROM ACT_ID_MEMBERSHIP WHERE USER_ID_ = 'admin' AND GROUP_ID_ = 'ovop-admin'"))
                    .isEqualTo(1);
            assertThat(database.count("SELECT COUNT(*) - COUNT(DISTINCT (GROUP_ID_, RESOURCE_TYPE_, RESOURCE_ID_)) FROM ACT_RU_AUTHORIZATION"
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
}
