package kg.ovop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Files;
import java.util.List;
import java.nio.file.Path;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import kg.ovop.certification.BrandCertification;
import kg.ovop.certification.ApplicationStore;
import kg.ovop.certification.BrandApplications;
import kg.ovop.certification.TestApplications;

/**
 * The README's first command with no configuration: the local profile on an H2 file. Only the
 * data folder is moved to a temporary directory; the JDBC URL and everything else are the defaults.
 */
class LocalDefaultRunIT {

    @TempDir
    Path dataDir;

    @Test
    void startsWithDemoUsersAndKeepsStateAcrossARestartWithoutRedeploying() {
        String applicationNumber;
        try (ConfigurableApplicationContext first = start()) {
            ProcessEngine engine = first.getBean(ProcessEngine.class);
            assertThat(first.getEnvironment().getActiveProfiles()).isEmpty();
            assertThat(first.getEnvironment().getDefaultProfiles()).containsExactly("local");
            assertThat(engine.getIdentityService().checkPassword("admin", "demo")).isTrue();
            assertThat(engine.getIdentityService().checkPassword("committee1", "demo")).isTrue();
            assertThat(engine.getIdentityService().createUserQuery().userId("admin").memberOfGroup("ovop-admin").count())
                    .isEqualTo(1);
            assertThat(demoApplications(first)).as("demo data loaded").isEqualTo(36);
            int port = ((org.springframework.boot.web.context.WebServerApplicationContext) first).getWebServer().getPort();
            assertThat(reachableOn(InetAddress.getLoopbackAddress(), port)).isTrue();
            for (InetAddress address : ownOtherAddresses()) {
                assertThat(reachableOn(address, port)).as("demo accounts are not served on " + address).isFalse();
            }
            assertThat(first.getBean(kg.ovop.certificate.PublicLinks.class).verificationUrl("t"))
                    .as("no public address configured: links point at the port the server got")
                    .isEqualTo("http://localhost:" + port + "/verify/t");
            assertThat(first.getBean(JdbcTemplate.class).queryForList("SELECT DISTINCT status FROM ovop_application",
                    String.class)).contains("in_screening", "information_requested", "in_expert_review", "awarded", "refused",
                    "lapsed", "withdrawn");
            assertThat(first.getBean(JdbcTemplate.class).queryForObject("SELECT COUNT(*) FROM ovop_application a WHERE a.status = "
                    + "'withdrawn' AND NOT EXISTS (SELECT 1 FROM ovop_application_decision d WHERE d.application_id = a.id AND d.stage = "
                    + "'withdrawal')", Integer.class)).as("demo withdrawals go through the door, which records them").isZero();
            // A demo call with producer1's grant applications at every stage up to the first tranche paid.
            assertThat(first.getBean(JdbcTemplate.class).queryForList("SELECT g.status FROM ovop_grant_application g JOIN ovop_grant_call c"
                    + " ON c.id = g.call_id WHERE c.name_en LIKE '%(demo)' ORDER BY g.id", String.class))
                    .containsExactly("in_screening", "in_scoring", "in_committee", "approved", "active");
            assertThat(first.getBean(JdbcTemplate.class).queryForObject("SELECT COUNT(*) FROM ovop_grant_ledger WHERE kind = 'pay'",
                    Integer.class)).isEqualTo(1);

            applicationNumber = TestApplications.submit(first.getBean(BrandApplications.class), "producer1",
                    TestApplications.form("productNameKy", "Өрүк", "category", "food")).number();
        }
        assertThat(Files.exists(dataDir.resolve("ovop.mv.db"))).isTrue();

        try (ConfigurableApplicationContext second = start()) {
            ProcessEngine engine = second.getBean(ProcessEngine.class);
            assertThat(second.getBean(ApplicationStore.class).get(applicationNumber).productNameKy()).isEqualTo("Өрүк");
            assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(applicationNumber)
                    .count()).as("the application's process survived the restart").isEqualTo(1);
            assertThat(engine.getRepositoryService().createProcessDefinitionQuery()
                    .processDefinitionKey(BrandCertification.PROCESS_ID).count())
                    .as("unchanged files are not deployed again").isEqualTo(1);
            assertThat(engine.getIdentityService().createUserQuery().userId("producer1").count()).isEqualTo(1);
            assertThat(demoApplications(second)).as("demo data loaded once").isEqualTo(36);
        }
    }

    private static boolean reachableOn(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2000);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    /** This machine's addresses other than loopback (none on a machine without a network). */
    private static List<InetAddress> ownOtherAddresses() {
        try {
            return NetworkInterface.networkInterfaces().filter(network -> {
                try {
                    return network.isUp();
                } catch (SocketException e) {
                    return false;
                }
            }).flatMap(NetworkInterface::inetAddresses).filter(address -> !address.isLoopbackAddress()
                    && !address.isLinkLocalAddress()).toList();
        } catch (SocketException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Integer demoApplications(ConfigurableApplicationContext context) {
        return context.getBean(JdbcTemplate.class).queryForObject(
                "SELECT COUNT(*) FROM ovop_application WHERE email LIKE '%@demo.example.org'", Integer.class);
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(OvopApplication.class).run(
                "--ovop.data-dir=" + dataDir,
                "--server.port=0",
                // Other tests in this JVM keep an engine named 'default' open.
                "--camunda.bpm.generate-unique-process-engine-name=true",
                "--camunda.bpm.job-execution.enabled=false");
    }
}
