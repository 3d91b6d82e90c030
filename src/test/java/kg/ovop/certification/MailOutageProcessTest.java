package kg.ovop.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailException;
import org.springframework.test.context.TestPropertySource;

/**
 * With the SMTP server down, nothing is lost: the mail job fails, keeps its retries, and after the
 * last one becomes an incident (what Cockpit shows); the application stays where it was.
 */
@TestPropertySource(properties = {"ovop.mail.delivery=smtp", "spring.mail.host=127.0.0.1", "spring.mail.port=9",
        "spring.mail.properties.mail.smtp.connectiontimeout=2000"})
class MailOutageProcessTest extends ProcessTestSupport {

    @Test
    void aFailedAcknowledgementBecomesAnIncidentAndTheApplicationIsKept() {
        ProcessInstance application = submit(form());
        Job acknowledgement = engine.getManagementService().createJobQuery().processInstanceId(application.getId())
                .singleResult();
        assertThat(acknowledgement.getRetries()).isEqualTo(5);

        assertThatThrownBy(() -> engine.getManagementService().executeJob(acknowledgement.getId()))
                .hasRootCauseInstanceOf(java.net.ConnectException.class).isInstanceOf(MailException.class);
        assertThat(engine.getManagementService().createJobQuery().jobId(acknowledgement.getId()).singleResult().getRetries())
                .isEqualTo(4);

        engine.getManagementService().setJobRetries(acknowledgement.getId(), 1);
        assertThatThrownBy(() -> engine.getManagementService().executeJob(acknowledgement.getId()))
                .isInstanceOf(MailException.class);

        Incident incident = engine.getRuntimeService().createIncidentQuery().processInstanceId(application.getId())
                .singleResult();
        assertThat(incident.getIncidentType()).isEqualTo("failedJob");
        assertThat(incident.getActivityId()).isEqualTo(BrandCertification.TASK_ACKNOWLEDGE_APPLICATION);
        assertThat(application(application).status()).isEqualTo(ApplicationStatus.submitted);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(application.getId()).count())
                .isEqualTo(1);
    }
}
