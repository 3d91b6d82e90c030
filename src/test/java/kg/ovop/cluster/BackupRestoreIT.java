package kg.ovop.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kg.ovop.certification.BrandCertification;
import kg.ovop.certification.FlakySmtpServer;

/**
 * The restore drill of docs/operations.md as a test: pg_dump of a running system with applications
 * at every stage, restored into a fresh database, a node started on it: every document and
 * certificate still matches its checksum, the certificate verifies, open tasks are where they were,
 * and work goes on (the next certificate takes the next number).
 */
class BackupRestoreIT {

    @TempDir
    Path backups;

    @Test
    void aBackupOfARunningSystemRestoresIntoOneThatCarriesOn() throws Exception {
        try (ClusterDatabase live = ClusterDatabase.create("ovop_live_"); ClusterDatabase restored = ClusterDatabase.create("ovop_restored_");
                FlakySmtpServer smtp = new FlakySmtpServer()) {
            Path dump = backups.resolve("ovop.dump");
            String awarded;
            String atCommittee;
            String inScreening;
            Map<String, Object> integrityBefore;
            try (Node node = NodeFailuresIT.start("live", live, smtp)) {
                NodeClient client = new NodeClient(node);
                awarded = client.submit("Кийиз");
                client.reviewUpToTheCommittee(awarded);
                client.review(awarded, BrandCertification.TASK_DECIDE_AWARD);
                atCommittee = client.submit("Бал");
                client.reviewUpToTheCommittee(atCommittee);
                inScreening = client.submit("Өрүк");
                client.awaitTask(inScreening, BrandCertification.TASK_SCREEN_APPLICATION, NodeFailuresIT.DONE);
                NodeFailuresIT.await(() -> live.count("SELECT COUNT(*) FROM act_ru_execution WHERE business_key_ = ?", awarded) == 0,
                        "the first application awarded");
                integrityBefore = client.integrity();
                // Taken while the node runs, as the nightly backup is.
                run(List.of("pg_dump", "--format=custom", "--no-owner", "--file=" + dump, "--dbname=" + live.name), live);
            }
            run(List.of("pg_restore", "--no-owner", "--exit-on-error", "--dbname=" + restored.name, dump.toString()), restored);

            try (Node node = NodeFailuresIT.start("restored", restored, smtp)) {
                NodeClient client = new NodeClient(node);
                Map<String, Object> integrity = client.integrity();
                assertThat(integrity.get("mismatches")).as("every document and certificate as stored").isEqualTo(List.of());
                assertThat(integrity.get("checked")).isEqualTo(integrityBefore.get("checked"));
                assertThat((Integer) integrity.get("checked")).as("two applications' documents and a certificate").isGreaterThanOrEqualTo(7);

                String token = (String) restored.value("SELECT verification_token FROM ovop_certificate WHERE application_ref = ?",
                        awarded);
                assertThat(client.verify(token)).containsEntry("status", "valid");
                assertThat(client.application(awarded)).containsEntry("status", "awarded");

                client.awaitTask(atCommittee, BrandCertification.TASK_DECIDE_AWARD, java.time.Duration.ofSeconds(5));
                client.awaitTask(inScreening, BrandCertification.TASK_SCREEN_APPLICATION, java.time.Duration.ofSeconds(5));
                client.review(atCommittee, BrandCertification.TASK_DECIDE_AWARD);
                client.review(inScreening, BrandCertification.TASK_SCREEN_APPLICATION);
                client.awaitTask(inScreening, BrandCertification.TASK_REVIEW_QUALITY, NodeFailuresIT.DONE);
                NodeFailuresIT.await(() -> restored.count("SELECT COUNT(*) FROM ovop_certificate WHERE application_ref = ?"
                        + " AND number LIKE '%-000002'", atCommittee) == 1, "the next certificate, with the next number");
            }
            assertThat(live.count("SELECT COUNT(*) FROM ovop_certificate")).as("the old system untouched").isEqualTo(1);
        }
    }

    /** A PostgreSQL client program against the test server, as the operator runs it. */
    private static void run(List<String> command, ClusterDatabase database) throws IOException, InterruptedException {
        URI server = URI.create(database.server.substring("jdbc:".length()));
        List<String> full = new java.util.ArrayList<>(command);
        full.addAll(List.of("--host=" + server.getHost(), "--port=" + (server.getPort() < 0 ? 5432 : server.getPort()),
                "--username=" + ClusterDatabase.USER));
        ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", ClusterDatabase.PASSWORD);
        Path log = Files.createTempFile("pg-tool", ".log");
        Process process = builder.redirectOutput(log.toFile()).start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as(String.join(" ", command)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + ": " + Files.readString(log)).isZero();
    }
}
