package kg.ovop.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import kg.ovop.RestCalls;
import kg.ovop.certificate.Certificate;
import kg.ovop.certificate.CertificateRegistry;
import kg.ovop.region.RegionDirectory;
import kg.ovop.web.Language;
import kg.ovop.TestEnvironment;
import static kg.ovop.RestCalls.accept;
import static kg.ovop.RestCalls.engineVariables;
import static kg.ovop.RestCalls.json;

/**
 * One application from submission to certificate through the public APIs only: the producer through
 * /api/applications, every reviewer through /engine-rest as themselves, the job executor runs the asynchronous
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
    CertificateRegistry certificates;

    @Autowired
    RegionDirectory regions;


    @Test
    void fromSubmissionToVerifiedCertificate() throws Exception {
        System.out.println("BrandCertificationEndToEndIT runs on " + TestEnvironment.databaseDescription());
        Map<String, Object> form = TestApplications.form("email", "aigul@example.org", "preferredLanguage", "en",
                "producerName", "Айгүл Асанова", "productNameKy", "Тоо балы", "productNameRu", "Горный мёд",
                "productNameEn", "Mountain honey", "category", "food");

        ResponseEntity<Map> draft = as("producer1").postForEntity("/api/applications",
                json(TestApplications.apiRequest(form)), Map.class);
        assertThat(draft.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String applicationNumber = (String) draft.getBody().get("number");
        assertThat(as("producer1").postForEntity("/api/applications/" + applicationNumber + "/documents",
                RestCalls.document("conformity", "conformity.pdf", TestApplications.PDF), Map.class).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertThat(as("producer1").postForEntity("/api/applications/" + applicationNumber + "/submit", null, Map.class)
                .getStatusCode()).as("no product photo yet").isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(as("producer1").postForEntity("/api/applications/" + applicationNumber + "/documents",
                RestCalls.document("photo", "honey.pdf", TestApplications.PDF), Map.class).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertThat(as("producer1").postForEntity("/api/applications/" + applicationNumber + "/submit", null, Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        String instance = applications.get(applicationNumber).processInstanceId();

        work(instance, "UserTask_ScreenApplication", "agency1", Map.of("screeningDecision", "accept"));
        work(instance, "UserTask_ReviewQuality", "academia1",
                Map.of("conflictOfInterest", "none", "qualityScore", 35, "labResult", "pass"));
        work(instance, "UserTask_ReviewMarket", "association1",
                Map.of("conflictOfInterest", "none", "marketingScore", 20, "communityScore", 20));
        Map<String, Object> committeeSaw = formVariables(instance, "UserTask_DecideAward", "committee1");
        work(instance, "UserTask_DecideAward", "committee1",
                Map.of("conflictOfInterest", "none", "committeeDecision", "award", "awardedStars", "4"));

        MimeMessage certificateMail = awaitMail("aigul@example.org", "Your OVOP brand certificate");
        byte[] pdf = pdfAttachment(certificateMail);
        assertThat(pdf).startsWith("%PDF-".getBytes());
        // Reviewed is certified: the certificate prints what the committee's form showed, from the one record.
        String certificateText;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            certificateText = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertThat(committeeSaw).containsEntry("applicationNumber", applicationNumber)
                .containsEntry("productNameKy", "Тоо балы").containsEntry("recommendedStars", 4)
                .containsEntry("qualityScore", 35).containsEntry("marketingScore", 20);
        for (String field : List.of("producerName", "productNameKy", "productNameRu", "productNameEn", "district", "village")) {
            assertThat(certificateText).as(field).contains((String) committeeSaw.get(field));
        }
        Certificate certified = certificates.findByApplication(applicationNumber).orElseThrow();
        assertThat(Map.of("producerName", certified.producerName(),
                "productNameKy", certified.productNameKy(), "productNameRu", certified.productNameRu(),
                "productNameEn", certified.productNameEn(), "category", certified.category(), "region", certified.regionCode(),
                "district", certified.district(), "village", certified.village()))
                .as("every certified field as the committee saw it").isEqualTo(Map.of("producerName", committeeSaw.get("producerName"),
                        "productNameKy", committeeSaw.get("productNameKy"),
                        "productNameRu", committeeSaw.get("productNameRu"), "productNameEn", committeeSaw.get("productNameEn"),
                        "category", committeeSaw.get("category"), "region", committeeSaw.get("region"),
                        "district", committeeSaw.get("district"), "village", committeeSaw.get("village")));
        assertThat(certified.stars()).as("the stars the committee awarded").isEqualTo(4);
        assertThat(certificateText).as("region and category printed by name")
                .contains(regions.find(certified.regionCode()).orElseThrow().name(Language.en))
                .contains(kg.ovop.product.ProductCategory.fromCode(certified.category()).label(Language.en));
        Matcher link = Pattern.compile("https://ovop\\.example\\.kg/verify/([A-Za-z0-9_-]+)").matcher(text(certificateMail));
        assertThat(link.find()).as("verification link in the mail").isTrue();

        Map<String, Object> verified = http.exchange("/verify/" + link.group(1), HttpMethod.GET, accept(MediaType.APPLICATION_JSON, "en"), Map.class).getBody();
        assertThat(verified).containsEntry("status", "valid").containsEntry("stars", 4)
                .containsEntry("productNameEn", "Mountain honey");
        Application application = applications.get(applicationNumber);
        assertThat(application.status()).isEqualTo(ApplicationStatus.awarded);
        assertThat(application.certificateNumber()).isEqualTo(verified.get("number"));
        assertThat(smtp.getReceivedMessagesForDomain("aigul@example.org")).extracting(MimeMessage::getSubject)
                .anyMatch(s -> s.startsWith("Application OVOP-") && s.endsWith("received"));
    }

    /** What a reviewer's form shows: the task's form variables, as Tasklist loads them. */
    private Map<String, Object> formVariables(String instance, String taskKey, String user) throws Exception {
        String taskId = awaitTask(instance, taskKey, user);
        Map<String, Map<String, Object>> variables = as(user).exchange("/engine-rest/task/" + taskId + "/form-variables",
                HttpMethod.GET, null, new ParameterizedTypeReference<Map<String, Map<String, Object>>>() { }).getBody();
        Map<String, Object> values = new java.util.HashMap<>();
        variables.forEach((name, variable) -> values.put(name, variable.get("value")));
        return values;
    }

    /** The reviewer waits for the task (the job executor runs what comes before), claims it and completes it. */
    private void work(String instance, String taskKey, String user, Map<String, Object> variables) throws Exception {
        TestRestTemplate reviewer = as(user);
        String taskId = awaitTask(instance, taskKey, user);
        assertThat(reviewer.postForEntity("/engine-rest/task/" + taskId + "/claim", json(Map.of("userId", user)), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        ResponseEntity<String> done = reviewer.postForEntity("/engine-rest/task/" + taskId + "/complete",
                json(Map.of("variables", engineVariables(variables))), String.class);
        assertThat(done.getStatusCode()).as(done.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    private String awaitTask(String instance, String taskKey, String user) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            List<Map<String, Object>> tasks = as(user).exchange("/engine-rest/task?processInstanceId=" + instance
                    + "&taskDefinitionKey=" + taskKey, HttpMethod.GET, null, LIST).getBody();
            if (tasks != null && !tasks.isEmpty()) {
                return (String) tasks.get(0).get("id");
            }
            Thread.sleep(200);
        }
        throw new AssertionError(user + " never saw " + taskKey);
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
