package kg.ovop.certification;

import static kg.ovop.certification.CertificateLifecycle.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

import kg.ovop.certificate.Certificate;
import kg.ovop.certificate.CertificateRegistry;
import kg.ovop.certificate.CertificateRequest;
import kg.ovop.certificate.CertificateStatus;
import kg.ovop.config.TimeConfiguration;
import kg.ovop.web.Language;

/** certificate-lifecycle, one test per path: reminders and expiry by timers, admin actions by message. */
class CertificateLifecycleProcessTest extends ProcessTestSupport {

    @TestConfiguration
    static class Coverage {
        @Bean
        @Primary
        ProcessEngineCoverageProperties coverageProperties() {
            return ProcessEngineCoverageProperties.Companion.builder()
                    .assertClassCoverageAtLeast(1.0)
                    .excludeProcessDefinitionKeys(BrandCertification.PROCESS_ID)
                    .build();
        }
    }

    @Autowired
    CertificateRegistry registry;

    @Autowired
    JdbcTemplate jdbc;

    Certificate certificate;

    ProcessInstance issued() {
        certificate = registry.issue(new CertificateRequest("OVOP-LC-" + UUID.randomUUID().toString().substring(0, 20),
                "Нурлан Сатыбалдиев", "10101199000777", "nurlan@example.org", Language.ru, "Ысык-Көл облепихасы",
                "Иссык-кульская облепиха", "Issyk-Kul sea-buckthorn", "food", "KG-Y", "Ак-Суу району", "Теплоключенка", 4,
                null));
        ProcessInstance lifecycle = engine.getRuntimeService().createProcessInstanceByKey(PROCESS_ID)
                .businessKey(certificate.number())
                .setVariable(CERTIFICATE_NUMBER.name(), certificate.number())
                .setVariable(EXPIRES_ON.name(), certificate.expiresOn().toString())
                .execute();
        assertThat(lifecycle).isWaitingAt(TIMER_90_DAYS);
        return lifecycle;
    }

    List<String> mails() {
        return jdbc.queryForList("SELECT kind FROM ovop_mail_message WHERE business_ref LIKE ? ORDER BY id", String.class,
                certificate.number() + "/%");
    }

    Date dueOf(ProcessInstance instance, String activity) {
        Job timer = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).activityId(activity)
                .timers().singleResult();
        return timer.getDuedate();
    }

    LocalDate day(Date date) {
        return LocalDate.ofInstant(date.toInstant(), TimeConfiguration.BISHKEK);
    }

    @Test
    void remindersNinetyAndThirtyDaysBeforeThenExpiryOnTheDate() {
        ProcessInstance lifecycle = issued();
        assertThat(day(dueOf(lifecycle, TIMER_90_DAYS))).isEqualTo(certificate.expiresOn().minusDays(90));

        fireTimer(lifecycle, TIMER_90_DAYS);
        assertThat(lifecycle).isWaitingAt(TIMER_30_DAYS);
        assertThat(day(dueOf(lifecycle, TIMER_30_DAYS))).isEqualTo(certificate.expiresOn().minusDays(30));
        fireTimer(lifecycle, TIMER_30_DAYS);
        assertThat(lifecycle).isWaitingAt(TIMER_EXPIRY);
        assertThat(day(dueOf(lifecycle, TIMER_EXPIRY))).isEqualTo(certificate.expiresOn().plusDays(1));

        // The expiry date has come, for the registry's clock and the engine's.
        clock.set(dueOf(lifecycle, TIMER_EXPIRY).toInstant());
        ClockUtil.setCurrentTime(dueOf(lifecycle, TIMER_EXPIRY));
        fireTimer(lifecycle, TIMER_EXPIRY);

        assertThat(lifecycle).isEnded().hasPassed(TASK_REMIND_90, TASK_REMIND_30, TASK_EXPIRE, END_EXPIRED);
        assertThat(registry.findByNumber(certificate.number()).orElseThrow().status()).isEqualTo(CertificateStatus.expired);
        assertThat(mails()).containsExactly("CERTIFICATE_EXPIRY_REMINDER", "CERTIFICATE_EXPIRY_REMINDER", "CERTIFICATE_EXPIRED");
    }

    @Test
    void suspensionAndReinstatementByAnAdministratorAreToldToTheHolder() {
        ProcessInstance lifecycle = issued();

        registry.suspend(certificate.number(), "Lab found E. coli in batch 7", "admin");
        runDueJobs(lifecycle);
        registry.reinstate(certificate.number(), "Batch withdrawn, new lab results clean", "admin");
        runDueJobs(lifecycle);

        assertThat(lifecycle).hasPassed(TASK_NOTIFY_SUSPENDED, END_SUSPENSION_NOTICE, TASK_NOTIFY_REINSTATED,
                END_REINSTATEMENT_NOTICE).isWaitingAt(TIMER_90_DAYS);
        assertThat(mails()).containsExactly("CERTIFICATE_SUSPENDED", "CERTIFICATE_REINSTATED");
        assertThat(jdbc.queryForObject("SELECT body_text FROM ovop_mail_message WHERE business_ref LIKE ? AND kind = "
                + "'CERTIFICATE_SUSPENDED'", String.class, certificate.number() + "/%")).contains("Lab found E. coli in batch 7");
    }

    @Test
    void revocationEndsTheLifecycle() {
        ProcessInstance lifecycle = issued();

        registry.revoke(certificate.number(), "The honey is imported", "admin");
        runDueJobs(lifecycle);

        assertThat(lifecycle).isEnded().hasPassed(TASK_NOTIFY_REVOKED, END_REVOKED).hasNotPassed(TASK_EXPIRE);
        assertThat(mails()).containsExactly("CERTIFICATE_REVOKED");
    }
}
