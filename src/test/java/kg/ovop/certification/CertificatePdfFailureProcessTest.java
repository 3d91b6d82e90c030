package kg.ovop.certification;

import static kg.ovop.certification.BrandCertification.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.reset;

import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import kg.ovop.certificate.CertificatePdfRenderer;
import kg.ovop.certificate.CertificateRegistry;

/**
 * The certificate PDF cannot be rendered during the award (a font resource gone): the send job
 * retries, becomes an incident (what Cockpit shows), and once repaired and retried the producer
 * gets one mail with the certificate numbered before the failure; the application ends once.
 */
class CertificatePdfFailureProcessTest extends ProcessTestSupport {

    @MockitoSpyBean
    CertificatePdfRenderer renderer;

    @Autowired
    CertificateRegistry certificates;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aFailedRenderingBecomesAnIncidentAndTheRetrySendsTheSameCertificateOnce() {
        ProcessInstance application = submit(form());
        runDueJobs(application);
        complete(application, TASK_SCREEN_APPLICATION, "agency1", "agency", vars("screeningDecision", "accept"));
        complete(application, TASK_REVIEW_QUALITY, "academia1", "academia",
                vars("conflictOfInterest", "none", "qualityScore", 42, "labResult", "pass", "qualityComment", "Lab 17/26"));
        complete(application, TASK_REVIEW_MARKET, "association1", "association",
                vars("conflictOfInterest", "none", "marketingScore", 24, "communityScore", 28));
        doThrow(new IllegalStateException("font resource missing: fonts/LiberationSerif-Regular.ttf")).when(renderer).render(any());

        Task award = task(application, TASK_DECIDE_AWARD);
        engine.getIdentityService().setAuthentication("committee1", List.of("brand-committee"));
        try {
            engine.getTaskService().claim(award.getId(), "committee1");
            engine.getTaskService().complete(award.getId(), vars("conflictOfInterest", "none", "committeeDecision", "award",
                    "awardedStars", "5"));
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        ManagementService jobs = engine.getManagementService();
        jobs.executeJob(job(application, TASK_ISSUE_CERTIFICATE).getId());
        String number = application(application).certificateNumber();
        assertThat(number).isNotNull();

        Job send = job(application, TASK_SEND_CERTIFICATE);
        for (int attempt = 0; attempt < 10 && jobs.createJobQuery().jobId(send.getId()).singleResult().getRetries() > 0; attempt++) {
            assertThatThrownBy(() -> jobs.executeJob(send.getId())).hasMessageContaining("font resource missing");
        }
        Incident incident = engine.getRuntimeService().createIncidentQuery().processInstanceId(application.getId()).singleResult();
        assertThat(incident.getIncidentType()).isEqualTo("failedJob");
        assertThat(incident.getActivityId()).isEqualTo(TASK_SEND_CERTIFICATE);
        assertThat(incident.getIncidentMessage()).contains("font resource missing");
        assertThat(application(application).status()).isEqualTo(ApplicationStatus.awarded);
        assertThat(awardMails(number)).as("nothing sent while the PDF fails").isZero();

        // Repaired (the font is back), then "Retry" in Cockpit: the job gets a retry and runs again.
        reset(renderer);
        jobs.setJobRetries(send.getId(), 1);
        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(application.getId()).count()).isZero();
        jobs.executeJob(send.getId());
        runDueJobs(application);

        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(application.getId()).count()).isZero();
        assertThat(application(application).certificateNumber()).isEqualTo(number);
        assertThat(certificates.findByApplication(application(application).number()).orElseThrow().number()).isEqualTo(number);
        assertThat(awardMails(number)).isEqualTo(1);
    }

    private Job job(ProcessInstance instance, String activityId) {
        Job job = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).activityId(activityId)
                .singleResult();
        assertThat(job).as("job of " + activityId).isNotNull();
        return job;
    }

    private int awardMails(String certificateNumber) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM ovop_mail_message WHERE business_ref = ? AND kind = 'CERTIFICATE_AWARDED'",
                Integer.class, certificateNumber);
    }
}
