package kg.ovop.certification;

import static kg.ovop.RestCalls.engineVariables;
import static kg.ovop.RestCalls.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.core.ParameterizedTypeReference;

import kg.ovop.TestEnvironment;
import kg.ovop.certificate.Certificate;
import kg.ovop.certificate.CertificatePdfRenderer;
import kg.ovop.certificate.CertificateRegistry;
import kg.ovop.engine.EngineRestTasks;
import kg.ovop.engine.FormSchema;
import kg.ovop.engine.FormSchemas;
import kg.ovop.portal.ProducerAccounts;
import kg.ovop.portal.SignUpForm;
import kg.ovop.web.BadRequestException;
import kg.ovop.web.Language;

/**
 * The application's record cannot be changed from outside its own step, through any door: each
 * attack tried over /engine-rest as a producer or a reviewer is refused, and the record, the
 * decisions and the process are compared before and after. Every rule of every reviewer form,
 * broken once over /engine-rest, is a 400 naming the field with the task still open.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "ovop.mail.delivery=outbox")
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class ApplicationRecordIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    ProcessEngine engine;

    @Autowired
    BrandApplications door;

    @Autowired
    ApplicationStore applications;

    @Autowired
    FormSchemas forms;

    @Autowired
    ProducerAccounts accounts;

    @Autowired
    CertificateRegistry certificates;

    @Autowired
    CertificatePdfRenderer renderer;

    /** Another producer, whose drafts the attacks aim at (this class's own, so other tests' producers stay untouched). */
    static final String VICTIM = "victim1";

    @BeforeEach
    void victim() {
        producer(VICTIM);
    }

    void producer(String name) {
        IdentityService identity = engine.getIdentityService();
        if (identity.createUserQuery().userId(name).count() == 0) {
            User user = identity.newUser(name);
            user.setPassword(name + "-password");
            user.setEmail(name + "@example.org");
            identity.saveUser(user);
            identity.createMembership(name, "producers");
        }
    }

    @Test
    void aProducerCannotStartTheProcessForAnyonesDraft() {
        System.out.println("ApplicationRecordIT runs on " + TestEnvironment.databaseDescription());
        Application victim = door.createDraft(VICTIM, TestApplications.applicationForm(TestApplications.form()));
        Application own = door.createDraft("producer1", TestApplications.applicationForm(TestApplications.form()));
        long instances = instances();

        for (Map<String, Object> variables : List.of(
                TestApplications.form("applicant", VICTIM),
                TestApplications.form("applicationNumber", victim.number(), "productNameKy", "Башка продукт"),
                TestApplications.form("applicationNumber", own.number(), "productNameKy", "Башка продукт",
                        "hasConformityDocument", true, "registeredBusiness", true))) {
            ResponseEntity<String> started = as("producer1").postForEntity(
                    "/engine-rest/process-definition/key/brand-certification/start",
                    json(Map.of("variables", engineVariables(variables), "businessKey", own.number())), String.class);
            assertThat(started.getStatusCode()).as("producers see no process definition: " + started.getBody())
                    .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        }
        assertThat(as("producer1").postForEntity("/engine-rest/process-definition/key/brand-certification/submit-form",
                json(Map.of("variables", engineVariables(TestApplications.form()))), String.class).getStatusCode())
                .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);

        assertThat(instances()).isEqualTo(instances);
        assertThat(applications.get(victim.number())).isEqualTo(victim);
        assertThat(applications.get(own.number())).isEqualTo(own);
    }

    @Test
    void evenAnAdministratorCannotStartItOutsideTheDoor() {
        Application draft = door.createDraft("producer1", TestApplications.applicationForm(TestApplications.form()));
        long instances = instances();

        ResponseEntity<String> started = http.withBasicAuth("admin", "test-admin").postForEntity(
                "/engine-rest/process-definition/key/brand-certification/start",
                json(Map.of("businessKey", draft.number())), String.class);

        assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(started.getBody()).contains("/api/applications");
        assertThat(instances()).isEqualTo(instances);
        assertThat(applications.get(draft.number())).isEqualTo(draft);
    }

    @Test
    void theProducersInformationStepIsNotReachableOverTheEngine() throws Exception {
        Application application = submitted();
        Task screening = awaitTask(application, BrandCertification.TASK_SCREEN_APPLICATION);
        complete(screening, "agency1", Map.of("screeningDecision", "requestInformation", "informationRequest", "Lab report?"));
        Task information = awaitTask(application, BrandCertification.TASK_PROVIDE_INFORMATION);
        Snapshot before = snapshot(application);

        assertThat(as("producer1").exchange("/engine-rest/task/" + information.getId() + "/variables/applicationNumber",
                HttpMethod.PUT, json(Map.of("value", "OVOP-2026-999999")), String.class).getStatusCode())
                .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        assertThat(as("producer1").postForEntity("/engine-rest/task/" + information.getId() + "/complete",
                json(Map.of("variables", engineVariables(Map.of("informationResponse", "Attached")))), String.class)
                .getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        assertThat(as("producer1").getForEntity("/engine-rest/task?processInstanceId=" + application.processInstanceId(),
                List.class).getBody()).isEmpty();

        assertThat(snapshot(application)).isEqualTo(before);
        door.answer("producer1", application.number(), "Attached in the portal");
        assertThat(applications.latestDecision(application.number(), "information").orElseThrow().decidedBy())
                .isEqualTo("producer1");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aReviewerWritesOnlyTheirOwnStepsFields() throws Exception {
        Application application = submitted();
        Task screening = awaitTask(application, BrandCertification.TASK_SCREEN_APPLICATION);
        Snapshot before = snapshot(application);
        for (String outsider : List.of("association1", "producer1")) {
            // The form's values come from our tables: only for someone the engine lets read the task.
            ResponseEntity<String> read = as(outsider).getForEntity("/engine-rest/task/" + screening.getId() + "/form-variables",
                    String.class);
            assertThat(read.getStatusCode()).as(outsider).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
            assertThat(read.getBody()).as(outsider).doesNotContain(application.taxpayerNumber(), application.productNameKy());
        }

        assertRefused(screening, "agency1", Map.of("screeningDecision", "accept", "applicationNumber", "OVOP-2026-999999"),
                "applicationNumber");
        assertRefused(screening, "agency1", Map.of("screeningDecision", "accept", "localRawMaterialShare", 100),
                "localRawMaterialShare");
        assertRefused(screening, "agency1", Map.of("screeningDecision", "accept", "hasConformityDocument", false),
                "hasConformityDocument");
        assertRefused(screening, "agency1", Map.of("screeningDecision", "accept", "qualityScore", 45), "qualityScore");
        assertRefused(screening, "agency1", Map.of("screeningDecision", "accept", "anythingElse", "x"), "anythingElse");
        assertThat(as("agency1").exchange("/engine-rest/task/" + screening.getId() + "/variables/applicationNumber",
                HttpMethod.PUT, json(Map.of("value", "OVOP-2026-999999")), String.class).getStatusCode())
                .as("a task holder writes no variables").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as("agency1").postForEntity("/engine-rest/task/" + screening.getId() + "/localVariables",
                json(Map.of("modifications", Map.of("screeningDecision", Map.of("value", "accept")))), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        as("agency1").postForEntity("/engine-rest/task/" + screening.getId() + "/claim", json(Map.of("userId", "agency1")), String.class);
        for (String way : List.of("bpmnError", "bpmnEscalation", "resolve")) {
            ResponseEntity<String> ended = as("agency1").postForEntity("/engine-rest/task/" + screening.getId() + "/" + way,
                    json(Map.of("errorCode", "any", "escalationCode", "any",
                            "variables", engineVariables(Map.of("screeningDecision", "accept")))), String.class);
            assertThat(ended.getStatusCode()).as(way + ": " + ended.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(snapshot(application)).isEqualTo(before);
        assertThat(engine.getTaskService().createTaskQuery().taskId(screening.getId()).count()).isEqualTo(1);

        // Tasklist sends the shown read-only values back unchanged: that is no change.
        Map<String, Object> resent = new HashMap<>(formVariables(screening, "agency1"));
        resent.keySet().retainAll(forms.of(screening.getProcessDefinitionId(), screening.getTaskDefinitionKey()).readonlyKeys());
        resent.replaceAll((name, variable) -> asSent((Map<String, Object>) variable));
        assertThat(resent).containsKeys("applicationNumber", "productNameKy", "targetMarkets", "localRawMaterialShare");
        resent.put("screeningDecision", Map.of("value", "accept"));
        as("agency1").postForEntity("/engine-rest/task/" + screening.getId() + "/claim", json(Map.of("userId", "agency1")), String.class);
        ResponseEntity<String> accepted = as("agency1").postForEntity("/engine-rest/task/" + screening.getId() + "/submit-form",
                json(Map.of("variables", resent)), String.class);
        assertThat(accepted.getStatusCode()).as(accepted.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

        Task quality = awaitTask(application, BrandCertification.TASK_REVIEW_QUALITY);
        Task market = awaitTask(application, BrandCertification.TASK_REVIEW_MARKET);
        Snapshot reviewing = snapshot(application);
        assertRefused(quality, "academia1", Map.of("conflictOfInterest", "none", "qualityScore", 30, "labResult", "pass",
                "marketingScore", 25), "marketingScore");
        assertRefused(quality, "academia1", Map.of("conflictOfInterest", "none", "qualityScore", 30, "labResult", "pass",
                "communityScore", 30), "communityScore");
        assertThat(snapshot(application)).isEqualTo(reviewing);

        complete(quality, "academia1", Map.of("conflictOfInterest", "none", "qualityScore", 30, "labResult", "pass"));
        complete(market, "association1", Map.of("conflictOfInterest", "none", "marketingScore", 15, "communityScore", 15));
        Task decide = awaitTask(application, BrandCertification.TASK_DECIDE_AWARD);
        assertThat(applications.get(application.number()).recommendedStars()).as("30 + 15 + 15 = 60").isEqualTo(3);

        // The committee cannot point the award at another application, nor print other stars than it awards.
        Snapshot deciding = snapshot(application);
        Map<String, Object> award = Map.of("conflictOfInterest", "none", "committeeDecision", "award", "awardedStars", "3");
        Map<String, Object> elsewhere = new HashMap<>(award);
        elsewhere.put("applicationNumber", "OVOP-2026-999999");
        assertRefused(decide, "committee1", elsewhere, "applicationNumber");
        Map<String, Object> moreStars = new HashMap<>(award);
        moreStars.put("recommendedStars", 5);
        assertRefused(decide, "committee1", moreStars, "recommendedStars");
        assertThat(snapshot(application)).isEqualTo(deciding);
        complete(decide, "committee1", award);

        // Issued from the record, with no incident on the way; afterwards nobody rewrites it over the engine.
        Snapshot awarded = awaitCertificate(application);
        assertThat(awarded.certificate().stars()).isEqualTo(3);
        assertThat(awarded.certificate().productNameKy()).isEqualTo(application.productNameKy());
        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(application.processInstanceId()).count()).isZero();
        String lifecycle = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(awarded.certificate().number()).singleResult().getId();
        byte[] printed = renderer.render(awarded.certificate());
        for (String user : List.of("committee1", "agency1", "producer1")) {
            ResponseEntity<String> rewrite = as(user).exchange("/engine-rest/process-instance/" + lifecycle + "/variables/stars",
                    HttpMethod.PUT, json(Map.of("value", 5)), String.class);
            assertThat(rewrite.getStatusCode().is4xxClientError()).as(user + ": " + rewrite.getBody()).isTrue();
            ResponseEntity<String> message = as(user).postForEntity("/engine-rest/message", json(Map.of("messageName",
                    CertificateLifecycle.MESSAGE_REVOKED, "businessKey", awarded.certificate().number(),
                    "processVariables", engineVariables(Map.of("stars", 5)))), String.class);
            assertThat(message.getStatusCode().is4xxClientError()).as(user + ": " + message.getBody()).isTrue();
        }
        assertThat(snapshot(application)).isEqualTo(awarded);
        assertThat(text(renderer.render(snapshot(application).certificate()))).isEqualTo(text(printed));
    }

    Snapshot awaitCertificate(Application application) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            // Only queries while the job executor works on the instance: reading its variables may collide with a job.
            var certificate = certificates.findByApplication(application.number());
            if (certificate.isPresent() && engine.getRuntimeService().createProcessInstanceQuery()
                    .processInstanceBusinessKey(certificate.get().number()).count() == 1) {
                return snapshot(application);
            }
            Thread.sleep(100);
        }
        throw new AssertionError(application.number() + " got no certificate");
    }

    static String text(byte[] pdf) {
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aRefusalIsOneWarningInTheLogNotAnEngineError(CapturedOutput output) throws Exception {
        Application application = submitted();
        Task screening = awaitTask(application, BrandCertification.TASK_SCREEN_APPLICATION);
        int before = output.getAll().length();

        assertRefused(screening, "agency1", Map.of("screeningDecision", "maybe"), "screeningDecision");

        assertThat(output.getAll().substring(before).lines().filter(line -> line.contains(" WARN ") || line.contains(" ERROR ")))
                .singleElement().asString().contains("Refused completion of task " + screening.getId())
                .contains("by agency1").contains("screeningDecision: must be one of");
    }

    @Test
    void aReviewerReadsTheFormEvenWhenNoTaskOfItWasCreatedSinceTheStart() throws Exception {
        Application application = submitted();
        Task screening = awaitTask(application, BrandCertification.TASK_SCREEN_APPLICATION);
        FormSchemas cold = new FormSchemas(engine);
        engine.getIdentityService().setAuthentication("agency1", List.of("agency"));
        try {
            assertThat(cold.of(screening.getProcessDefinitionId(), screening.getTaskDefinitionKey()).editableKeys())
                    .contains("screeningDecision");
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    @Test
    void brokenJsonInAFormFieldIsA400() throws Exception {
        Application application = submitted();
        Task screening = awaitTask(application, BrandCertification.TASK_SCREEN_APPLICATION);
        as("agency1").postForEntity("/engine-rest/task/" + screening.getId() + "/claim", json(Map.of("userId", "agency1")), String.class);

        ResponseEntity<String> refused = as("agency1").postForEntity("/engine-rest/task/" + screening.getId() + "/complete",
                json(Map.of("variables", Map.of("screeningDecision", Map.of("value", "reject"),
                        "rejectionReason", Map.of("type", "Json", "value", "{")))), String.class);

        assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("rejectionReason:");
    }

    @Test
    void aClientsJavaObjectIsNeverDeserialised() throws Exception {
        Application application = submitted();
        Task screening = awaitTask(application, BrandCertification.TASK_SCREEN_APPLICATION);
        Map<String, Object> object = Map.of("type", "Object", "value", "\"/etc/passwd\"", "valueInfo",
                Map.of("objectTypeName", "java.io.File", "serializationDataFormat", "application/json"));

        as("agency1").postForEntity("/engine-rest/task/" + screening.getId() + "/claim", json(Map.of("userId", "agency1")), String.class);
        ResponseEntity<String> refused = as("agency1").postForEntity("/engine-rest/task/" + screening.getId() + "/complete",
                json(Map.of("variables", Map.of("screeningDecision", Map.of("value", "reject"), "rejectionReason", object))),
                String.class);
        assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("rejectionReason");

        // And where an administrator stores one, the engine refuses to turn it into a java.io.File.
        engine.getRuntimeService().setVariable(application.processInstanceId(), "probe", Variables.serializedObjectValue(
                "\"/etc/passwd\"").objectTypeName("java.io.File").serializationDataFormat("application/json").create());
        assertThatThrownBy(() -> engine.getRuntimeService().getVariable(application.processInstanceId(), "probe"))
                .isInstanceOf(ProcessEngineException.class).hasRootCauseMessage(
                        "The following classes are not whitelisted for deserialization: [java.io.File]");
    }

    @Test
    void aProducerCannotDeleteTheirAccountNorCanTheirNameBeTakenAgain() {
        String leaver = "leaver" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
        accounts.signUp(new SignUpForm(leaver, "Aibek", "Leaver", leaver + "@example.org", Language.ky, leaver + "-password"));
        Application application = door.createDraft(leaver, TestApplications.applicationForm(TestApplications.form()));

        assertThat(http.withBasicAuth(leaver, leaver + "-password").exchange("/engine-rest/user/" + leaver, HttpMethod.DELETE,
                null, String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(engine.getIdentityService().createUserQuery().userId(leaver).count()).isEqualTo(1);

        // Should an administrator remove the account, the name stays taken: the applications are not up for grabs.
        engine.getIdentityService().deleteUser(leaver);
        assertThatThrownBy(() -> accounts.signUp(new SignUpForm(leaver, "Someone", "Else", "else@example.org", Language.ky,
                "a-long-enough-password"))).isInstanceOf(BadRequestException.class).hasMessage("is taken");
        assertThat(engine.getIdentityService().createUserQuery().userId(leaver).count()).isZero();
        assertThat(applications.get(application.number()).applicant()).isEqualTo(leaver);
    }

    /** One submission per rule of each reviewer form, each breaking that rule once. */
    static Stream<Arguments> everyRuleOfEveryReviewerForm() {
        return Stream.of(BrandCertification.TASK_SCREEN_APPLICATION, BrandCertification.TASK_REVIEW_QUALITY,
                BrandCertification.TASK_REVIEW_MARKET, BrandCertification.TASK_DECIDE_AWARD).map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyRuleOfEveryReviewerForm")
    void everyBrokenRuleIsA400NamingTheFieldAndTheTaskStaysOpen(String taskKey) throws Exception {
        Application application = submitted();
        Task task = reach(application, taskKey);
        String user = REVIEWERS.get(taskKey);
        FormSchema form = forms.of(task.getProcessDefinitionId(), taskKey);
        Snapshot before = snapshot(application);
        new EngineRestTasks(engine.getTaskService()).assertEveryBrokenRuleRefused(as(user), task, form, VALID.get(taskKey), forms);
        assertThat(snapshot(application)).isEqualTo(before);
        assertThat(claimAndComplete(task, user, VALID.get(taskKey).get(0), "complete").getStatusCode())
                .as("the valid submission still goes through").isEqualTo(HttpStatus.NO_CONTENT);
    }

    static final Map<String, String> REVIEWERS = Map.of(BrandCertification.TASK_SCREEN_APPLICATION, "agency1",
            BrandCertification.TASK_REVIEW_QUALITY, "academia1", BrandCertification.TASK_REVIEW_MARKET, "association1",
            BrandCertification.TASK_DECIDE_AWARD, "committee1");

    /** Valid submissions per task, the first a decision; a declared conflict shows its reason field. */
    static final Map<String, Object> CONFLICT = Map.of("conflictOfInterest", "declared", "conflictReason", "My cousin's cooperative");
    static final Map<String, List<Map<String, Object>>> VALID = Map.of(
            BrandCertification.TASK_SCREEN_APPLICATION, List.of(Map.of("screeningDecision", "accept"),
                    Map.of("screeningDecision", "requestInformation", "informationRequest", "Lab report?"),
                    Map.of("screeningDecision", "reject", "rejectionReason", "Not local"), CONFLICT),
            BrandCertification.TASK_REVIEW_QUALITY, List.of(Map.of("conflictOfInterest", "none", "qualityScore", 35,
                    "labResult", "pass", "qualityComment", "Good"), CONFLICT),
            BrandCertification.TASK_REVIEW_MARKET, List.of(Map.of("conflictOfInterest", "none", "marketingScore", 20,
                    "communityScore", 20, "marketComment", "Good"), CONFLICT),
            BrandCertification.TASK_DECIDE_AWARD, List.of(
                    Map.of("conflictOfInterest", "none", "committeeDecision", "award", "awardedStars", "4"),
                    Map.of("conflictOfInterest", "none", "committeeDecision", "award", "awardedStars", "4",
                            "levelChangeReason", "Same level"),
                    Map.of("conflictOfInterest", "none", "committeeDecision", "refuse", "committeeReason", "Duplicate"), CONFLICT));

    /** An application waiting at the given task, driven there through the door by the demo reviewers. */
    Task reach(Application application, String taskKey) throws Exception {
        Task task = awaitTask(application, BrandCertification.TASK_SCREEN_APPLICATION);
        if (taskKey.equals(task.getTaskDefinitionKey())) {
            return task;
        }
        complete(task, "agency1", Map.of("screeningDecision", "accept"));
        Task quality = awaitTask(application, BrandCertification.TASK_REVIEW_QUALITY);
        if (taskKey.equals(quality.getTaskDefinitionKey())) {
            return quality;
        }
        Task market = awaitTask(application, BrandCertification.TASK_REVIEW_MARKET);
        if (taskKey.equals(market.getTaskDefinitionKey())) {
            return market;
        }
        complete(quality, "academia1", VALID.get(BrandCertification.TASK_REVIEW_QUALITY).get(0));
        complete(market, "association1", VALID.get(BrandCertification.TASK_REVIEW_MARKET).get(0));
        return awaitTask(application, taskKey);
    }

    Application submitted() {
        return TestApplications.submit(door, "producer1", TestApplications.form());
    }

    void assertRefused(Task task, String user, Map<String, Object> submission, String field) {
        new EngineRestTasks(engine.getTaskService()).assertRefused(as(user), task, submission, field);
    }

    void complete(Task task, String user, Map<String, Object> submission) {
        ResponseEntity<String> done = claimAndComplete(task, user, submission, "complete");
        assertThat(done.getStatusCode()).as(done.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    ResponseEntity<String> claimAndComplete(Task task, String user, Map<String, Object> submission, String how) {
        return new EngineRestTasks(engine.getTaskService()).claimAndComplete(as(user), user, task, submission, how);
    }

    /** A variable as a client sends it back: a Json value travels as its text. */
    static Map<String, Object> asSent(Map<String, Object> variable) throws RuntimeException {
        if (!"Json".equals(variable.get("type")) || variable.get("value") instanceof String) {
            return variable;
        }
        try {
            return Map.of("type", "Json", "value", new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(variable.get("value")));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The variables a reviewer's form is filled from, as the REST API gives them to Tasklist. */
    Map<String, Object> formVariables(Task task, String user) {
        return as(user).exchange("/engine-rest/task/" + task.getId() + "/form-variables?deserializeValues=false", HttpMethod.GET, null,
                new ParameterizedTypeReference<Map<String, Object>>() { }).getBody();
    }

    Task awaitTask(Application application, String taskKey) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            Task task = engine.getTaskService().createTaskQuery().processInstanceId(application.processInstanceId())
                    .taskDefinitionKey(taskKey).singleResult();
            if (task != null) {
                return task;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(application.number() + " never reached " + taskKey);
    }

    /** Everything an attack could have changed: the record, its decisions, the process's variables. */
    record Snapshot(Application application, List<Map<String, Object>> decisions, Map<String, Object> variables,
            Certificate certificate) {
    }

    Snapshot snapshot(Application application) {
        EngineRestTasks.awaitNoDueJobs(engine.getManagementService(), application.processInstanceId());
        boolean running = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(application.processInstanceId())
                .count() == 1;
        return new Snapshot(applications.get(application.number()), applications.decisions(application.number()),
                running ? engine.getRuntimeService().getVariables(application.processInstanceId()) : Map.of(),
                certificates.findByApplication(application.number()).orElse(null));
    }

    long instances() {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(BrandCertification.PROCESS_ID).count();
    }

    TestRestTemplate as(String user) {
        return http.withBasicAuth(user, VICTIM.equals(user) ? VICTIM + "-password" : "demo");
    }
}
