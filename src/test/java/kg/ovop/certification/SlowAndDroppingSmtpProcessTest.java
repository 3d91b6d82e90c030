package kg.ovop.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An SMTP server slower than the timeouts, then one that drops the connection mid-message: each
 * attempt fails the mail job (a retry is used, no job thread hangs), the application is kept, and
 * when the server behaves the producer gets the acknowledgement once, whole.
 */
class SlowAndDroppingSmtpProcessTest extends ProcessTestSupport {

    static final FlakySmtpServer smtp = new FlakySmtpServer();

    @DynamicPropertySource
    static void flakyServer(DynamicPropertyRegistry registry) {
        registry.add("ovop.mail.delivery", () -> "smtp");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", smtp::port);
        // Shorter than production's 10 s / 20 s so the test waits seconds, not minutes; the mechanism is the same.
        registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> "2000");
        registry.add("spring.mail.properties.mail.smtp.timeout", () -> "2000");
        registry.add("spring.mail.properties.mail.smtp.writetimeout", () -> "2000");
    }

    @AfterAll
    static void stop() throws Exception {
        smtp.close();
    }

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSilentThenADroppingServerCostRetriesAndTheMailGoesOnceWhenItBehaves() {
        ProcessInstance application = submit(form("email", "slow-smtp@example.org"));
        Job acknowledgement = engine.getManagementService().createJobQuery().processInstanceId(application.getId())
                .activityId(BrandCertification.TASK_ACKNOWLEDGE_APPLICATION).singleResult();
        int retries = acknowledgement.getRetries();

        smtp.mode(FlakySmtpServer.Mode.SILENT);
        long start = System.nanoTime();
        assertThatThrownBy(() -> engine.getManagementService().executeJob(acknowledgement.getId())).isInstanceOf(MailException.class);
        assertThat((System.nanoTime() - start) / 1_000_000_000.0).as("given up after the timeout, not hung").isLessThan(30);
        assertThat(retriesOf(acknowledgement)).isEqualTo(retries - 1);

        smtp.mode(FlakySmtpServer.Mode.DROP_IN_DATA);
        assertThatThrownBy(() -> engine.getManagementService().executeJob(acknowledgement.getId())).isInstanceOf(MailException.class);
        assertThat(retriesOf(acknowledgement)).isEqualTo(retries - 2);
        assertThat(smtp.accepted()).as("nothing taken in full yet").isEmpty();
        assertThat(application(application).status()).isEqualTo(ApplicationStatus.submitted);

        smtp.mode(FlakySmtpServer.Mode.ACCEPT);
        engine.getManagementService().executeJob(acknowledgement.getId());
        runDueJobs(application);

        assertThat(smtp.accepted()).hasSize(1);
        assertThat(smtp.accepted().get(0)).contains("slow-smtp@example.org");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ovop_mail_message WHERE business_ref LIKE ? AND kind = 'APPLICATION_RECEIVED'",
                Integer.class, application(application).number() + "/%")).isEqualTo(1);
        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(application.getId()).count()).isZero();
    }

    private int retriesOf(Job job) {
        return engine.getManagementService().createJobQuery().jobId(job.getId()).singleResult().getRetries();
    }
}
