package kg.ovop.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import kg.ovop.TestEnvironment;
import static kg.ovop.RestCalls.accept;
import static kg.ovop.RestCalls.engineVariables;
import static kg.ovop.RestCalls.json;

/**
 * One application from submission to certificate through the public APIs only: the producer and
 * every reviewer act through /engine-rest as themselves, the job executor runs the asynchronous
 * steps, mail goes over real SMTP to GreenMail, and the certificate is verified on its public page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BrandCertificationEndToEndIT {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() { };

    @Autowired
    TestRestTemplate http;

    @Autowired
    ApplicationStore applications;

    @Autowired
    HistoryService history;

    @Test
    void fromSubmissionToVerifiedCertificate() throws Exception {
        System.out.println("BrandCertificationEndToEndIT runs on " + TestEnvironment.databaseDescription());
        Map<String, Object> form = TestApplications.form("email", "aigul@example.org", "preferredLanguage", "en",
                "productNameKy", "Тоо балы", "productNameRu", "Горный мёд", "productNameEn", "Mountain honey", "category", "food");

        ResponseEntity<Map> started = as("producer1").postForEntity(
                "/engine-rest/process-definition/key/brand-certification/start", json(Map.of("variables", engineVariables(form))),
                Map.class);
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
        String instance = (String) started.getBody().get("id");

        work(instance, "UserTask_ScreenApplication", "agency1", Map.of("screeningDecision", "accept"));
        work(instance, "UserTask_ReviewQuality", "academia1",
                Map.of("academiaNoConflict", true, "qualityScore", 35, "labResult", "pass"));
        work(instance, "UserTask_ReviewMarket", "association1",
                Map.of("associationNoConflict", true, "marketingScore", 20, "communityScore", 20));
        work(instance, "UserTask_DecideAward", "committee1",
                Map.of("committeeNoConflict", true, "committeeDecision", "award", "awardedStars", "4"));

        MimeMessage certificateMail = awaitMail("aigul@example.org", "Your OVOP brand certificate");
        assertThat(pdfAttachment(certificateMail)).startsWith("%PDF-".getBytes());
        Matcher link = Pattern.compile("https://ovop\\.example\\.kg/verify/([A-Za-z0-9_-]+)").matcher(text(certificateMail));
        assertThat(link.find()).as("verification link in the mail").isTrue();

        Map<String, Object> verified = http.exchange("/verify/" + link.group(1), HttpMethod.GET, accept(MediaType.APPLICATION_JSON, "en"), Map.class).getBody();
        assertThat(verified).containsEntry("status", "valid").containsEntry("stars", 4)
                .containsEntry("productNameEn", "Mountain honey");
        String number = (String) verified.get("number");
        Application application = applications.get((String) history.createHistoricVariableInstanceQuery()
                .processInstanceId(instance).variableName("applicationNumber").singleResult().getValue());
        assertThat(application.status()).isEqualTo(ApplicationStatus.awarded);
        assertThat(application.certificateNumber()).isEqualTo(number);
        assertThat(smtp.getReceivedMessagesForDomain("aigul@example.org")).extracting(MimeMessage::getSubject)
                .anyMatch(s -> s.startsWith("Application OVOP-") && s.endsWith("received"));
    }

    @Test
    void invalidSubmissionIsRefusedWithTheFieldNamed() {
        ResponseEntity<Map> refused = as("producer1").postForEntity(
                "/engine-rest/process-definition/key/brand-certification/start",
                json(Map.of("variables", engineVariables(TestApplications.form("taxpayerNumber", "not-a-number")))), Map.class);

        // Camunda's REST API answers every failed start with 500; the message names the field.
        assertThat(refused.getStatusCode().isError()).isTrue();
        assertThat((String) refused.getBody().get("message")).contains("taxpayerNumber: must be 14 digits");
        assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey(BrandCertification.PROCESS_ID)
                .variableValueEquals("taxpayerNumber", "not-a-number").count()).isZero();
    }

    /** The reviewer waits for the task (the job executor runs what comes before), claims it and completes it. */
    private void work(String instance, String taskKey, String user, Map<String, Object> variables) throws Exception {
        TestRestTemplate reviewer = as(user);
        String taskId = null;
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (taskId == null && Instant.now().isBefore(deadline)) {
            List<Map<String, Object>> tasks = reviewer.exchange("/engine-rest/task?processInstanceId=" + instance
                    + "&taskDefinitionKey=" + taskKey, HttpMethod.GET, null, LIST).getBody();
            if (tasks != null && !tasks.isEmpty()) {
                taskId = (String) tasks.get(0).get("id");
            } else {
                Thread.sleep(200);
            }
        }
        assertThat(taskId).as(user + " sees " + taskKey).isNotNull();
        assertThat(reviewer.postForEntity("/engine-rest/task/" + taskId + "/claim", json(Map.of("userId", user)), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        ResponseEntity<String> done = reviewer.postForEntity("/engine-rest/task/" + taskId + "/complete",
                json(Map.of("variables", engineVariables(variables))), String.class);
        assertThat(done.getStatusCode()).as(done.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    private MimeMessage awaitMail(String recipient, String subjectStart) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            for (MimeMessage message : smtp.getReceivedMessagesForDomain(recipient)) {
                if (message.getSubject().startsWith(subjectStart)) {
                    return message;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no mail '" + subjectStart + "' to " + recipient);
    }

    private static byte[] pdfAttachment(Part part) throws Exception {
        if (part.isMimeType("application/pdf")) {
            return part.getInputStream().readAllBytes();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                byte[] found = pdfAttachment(multipart.getBodyPart(i));
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static String text(Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = text(multipart.getBodyPart(i));
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private TestRestTemplate as(String user) {
        return as(user, "demo");
    }

    private TestRestTemplate as(String user, String password) {
        return http.withBasicAuth(user, password);
    }
}
