package kg.ovop.grant;

import static kg.ovop.RestCalls.engineVariables;
import static kg.ovop.RestCalls.json;
import static kg.ovop.grant.DevelopmentGrant.TASK_DECIDE;
import static kg.ovop.grant.DevelopmentGrant.TASK_PAY_TRANCHE;
import static kg.ovop.grant.DevelopmentGrant.TASK_RECORD_RECOVERY;
import static kg.ovop.grant.DevelopmentGrant.TASK_REVIEW_REPORT;
import static kg.ovop.grant.DevelopmentGrant.TASK_SCORE_FEASIBILITY;
import static kg.ovop.grant.DevelopmentGrant.TASK_SCORE_MARKET;
import static kg.ovop.grant.DevelopmentGrant.TASK_SCREEN;
import static kg.ovop.grant.DevelopmentGrant.TASK_SIGN_AGREEMENT;
import static kg.ovop.grant.DevelopmentGrant.TASK_SUBMIT_REPORT;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

import kg.ovop.certificate.CertificateRegistry;
import kg.ovop.certification.BrandApplications;
import kg.ovop.certification.TestApplications;
import kg.ovop.config.TimeConfiguration;
import kg.ovop.engine.BrokenRules;
import kg.ovop.engine.EngineRestTasks;
import kg.ovop.engine.FormSchema;
import kg.ovop.engine.FormSchemas;
import kg.ovop.grant.fund.CallRequest;
import kg.ovop.grant.fund.FundLedger;
import kg.ovop.grant.fund.GrantCall;
import kg.ovop.grant.fund.GrantCalls;
import kg.ovop.web.Language;

/**
 * A grant's record, like a brand application's, changes only through its own step: every rule of
 * every grant form broken once is refused naming the field (reviewers over /engine-rest, the
 * producer over /api/grants), a step cannot write another's fields, shown values or anything
 * unknown, and the record, decisions, fund figures and process are compared before and after.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "ovop.mail.delivery=outbox")
@ActiveProfiles("test")
class GrantRecordIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    ProcessEngine engine;

    @Autowired
    GrantApplications grants;

    @Autowired
    GrantCalls calls;

    @Autowired
    FundLedger ledger;

    @Autowired
    FormSchemas forms;

    @Autowired
    BrandApplications brand;

    @Autowired
    CertificateRegistry certificates;

    static final Map<String, String> REVIEWERS = Map.of(TASK_SCREEN, "agency1", TASK_SCORE_FEASIBILITY, "academia1",
            TASK_SCORE_MARKET, "association1", TASK_DECIDE, "grantcommittee1", TASK_PAY_TRANCHE, "finance1",
            TASK_REVIEW_REPORT, "agency1", TASK_RECORD_RECOVERY, "finance1");

    static final Map<String, Object> CONFLICT = Map.of("conflictOfInterest", "declared", "conflictReason", "My neighbour's workshop");

    /** Valid submissions per task, the first the one that moves the grant on; together they show every field. */
    static Map<String, List<Map<String, Object>>> valid() {
        String today = LocalDate.now(TimeConfiguration.BISHKEK).toString();
        return Map.of(
                TASK_SCREEN, List.of(Map.of("screeningDecision", "accept"),
                        Map.of("screeningDecision", "reject", "screeningReason", "Outside the call's regions")),
                TASK_SCORE_FEASIBILITY, List.of(Map.of("conflictOfInterest", "none", "feasibilityScore", 80,
                        "feasibilityComment", "Sound plan"), CONFLICT),
                TASK_SCORE_MARKET, List.of(Map.of("conflictOfInterest", "none", "marketScore", 70, "marketComment", "Buyers found"),
                        CONFLICT),
                TASK_DECIDE, List.of(Map.of("conflictOfInterest", "none", "grantDecision", "approve", "approvedAmount", 200000,
                        "decisionReason", "As asked"), CONFLICT),
                TASK_PAY_TRANCHE, List.of(Map.of("paidAmount", 100000, "paidOn", today, "paymentReference", "PP-1")),
                TASK_REVIEW_REPORT, List.of(Map.of("reportDecision", "accept"),
                        Map.of("reportDecision", "changes", "reportComment", "Attach the invoices")),
                TASK_RECORD_RECOVERY, List.of(Map.of("recoveredAmount", 50000, "recoveredOn", today, "recoveryReference", "RV-1")));
    }

    static Stream<String> reviewerTasks() {
        return Stream.of(TASK_SCREEN, TASK_SCORE_FEASIBILITY, TASK_SCORE_MARKET, TASK_DECIDE, TASK_PAY_TRANCHE, TASK_REVIEW_REPORT,
                TASK_RECORD_RECOVERY);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reviewerTasks")
    void everyBrokenRuleOfAReviewersFormIsA400NamingTheFieldAndTheTaskStaysOpen(String taskKey) throws Exception {
        Applicant applicant = applied();
        Task task = reach(applicant, taskKey);
        String user = REVIEWERS.get(taskKey);
        FormSchema form = forms.of(task.getProcessDefinitionId(), taskKey);
        Snapshot before = snapshot(applicant);
        new EngineRestTasks(engine.getTaskService()).assertEveryBrokenRuleRefused(as(user), task, form, valid().get(taskKey), forms);
        assertThat(snapshot(applicant)).isEqualTo(before);
        complete(task, user, valid().get(taskKey).get(0));
    }

    @Test
    void aReviewerWritesOnlyTheirOwnStepsFields() throws Exception {
        Applicant applicant = applied();
        Task feasibility = reach(applicant, TASK_SCORE_FEASIBILITY);
        Snapshot before = snapshot(applicant);
        Map<String, Object> scored = Map.of("conflictOfInterest", "none", "feasibilityScore", 80);
        for (Map.Entry<String, Object> extra : Map.<String, Object>of("marketScore", 100, "approvedAmount", 300000,
                "requested", "999999", "applicationNumber", "GR-2026-999999", "anythingElse", "x").entrySet()) {
            Map<String, Object> submission = new HashMap<>(scored);
            submission.put(extra.getKey(), extra.getValue());
            assertRefused(feasibility, "academia1", submission, extra.getKey());
        }
        assertThat(as("academia1").exchange("/engine-rest/task/" + feasibility.getId() + "/variables/approvedAmount",
                HttpMethod.PUT, json(Map.of("value", 300000)), String.class).getStatusCode())
                .as("a task holder writes no variables").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as("academia1").exchange("/engine-rest/process-instance/" + applicant.grant().processInstanceId()
                + "/variables/approvedAmount", HttpMethod.PUT, json(Map.of("value", 300000)), String.class).getStatusCode()
                .is4xxClientError()).as("nor the process's").isTrue();
        as("academia1").postForEntity("/engine-rest/task/" + feasibility.getId() + "/claim", json(Map.of("userId", "academia1")),
                String.class);
        for (String way : List.of("bpmnError", "bpmnEscalation", "resolve")) {
            ResponseEntity<String> ended = as("academia1").postForEntity("/engine-rest/task/" + feasibility.getId() + "/" + way,
                    json(Map.of("errorCode", "any", "escalationCode", "any", "variables", engineVariables(scored))), String.class);
            assertThat(ended.getStatusCode()).as(way + ": " + ended.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
        }
        ResponseEntity<String> producerTries = http.withBasicAuth(applicant.producer(), "grant-" + applicant.producer())
                .postForEntity("/engine-rest/task/" + feasibility.getId() + "/complete", json(Map.of("variables",
                        engineVariables(scored))), String.class);
        assertThat(producerTries.getStatusCode().is4xxClientError()).as("the producer has no engine access").isTrue();
        assertThat(snapshot(applicant)).isEqualTo(before);
        complete(feasibility, "academia1", scored);
        assertThat(grants.decisions(applicant.producer(), applicant.grant().number())).anySatisfy(decision ->
                assertThat(decision.toString()).contains("80"));
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void everyBrokenRuleOfTheProducersStepsIsA400NamingTheFieldOverTheApi() throws Exception {
        Applicant applicant = applied();
        reach(applicant, TASK_DECIDE);
        complete(awaitTask(applicant, TASK_DECIDE), "grantcommittee1", valid().get(TASK_DECIDE).get(0));
        Task sign = awaitTask(applicant, TASK_SIGN_AGREEMENT);
        grants.addDocument(applicant.producer(), applicant.grant().number(), "bank-certificate", "bank.pdf",
                TestApplications.PDF.length, new ByteArrayInputStream(TestApplications.PDF));
        breakEachRuleOverTheApi(applicant, sign, "/agreement", List.of(Map.of("ownContributionConfirmed", true,
                "agreementAccepted", true)));

        Task report = awaitTask(applicant, TASK_PAY_TRANCHE);
        complete(report, "finance1", valid().get(TASK_PAY_TRANCHE).get(0));
        breakEachRuleOverTheApi(applicant, awaitTask(applicant, TASK_SUBMIT_REPORT), "/reports", List.of(Map.of(
                "reportSummary", "Станок сатылып алынды.", "jobsCreated", 3, "womenEmployed", 2, "youthEmployed", 1,
                "sales", 450000, "exports", 120000.5)));
    }

    private void breakEachRuleOverTheApi(Applicant applicant, Task task, String path, List<Map<String, Object>> valid) {
        TestRestTemplate producer = http.withBasicAuth(applicant.producer(), "grant-" + applicant.producer());
        FormSchema form = forms.of(task.getProcessDefinitionId(), task.getTaskDefinitionKey());
        Snapshot before = snapshot(applicant);
        List<BrokenRules.Breach> breaches = BrokenRules.of(form, valid, forms);
        for (BrokenRules.Breach breach : breaches) {
            ResponseEntity<Map> refused = producer.postForEntity("/api/grants/" + applicant.grant().number() + path,
                    json(breach.submission()), Map.class);
            assertThat(refused.getStatusCode()).as(breach + ": " + refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(GrantApiIT.field(refused)).as(breach.toString()).isEqualTo(breach.field());
        }
        assertThat(snapshot(applicant)).isEqualTo(before);
        assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).as("still open").isEqualTo(1);
        ResponseEntity<String> done = producer.postForEntity("/api/grants/" + applicant.grant().number() + path, json(valid.get(0)),
                String.class);
        assertThat(done.getStatusCode().is2xxSuccessful()).as(done.getBody()).isTrue();
    }

    /** A producer of this test's own, certified, with an application to a call of its own. */
    record Applicant(String producer, GrantApplication grant, long callId) {
    }

    Applicant applied() {
        LocalDate today = LocalDate.now(TimeConfiguration.BISHKEK);
        GrantCall call = calls.create(new CallRequest("Айыл өнүгүүсү", "Развитие села", "Village development", "1000000", "300000",
                20, 10, List.of(), List.of(), today.minusDays(1).toString(), today.plusDays(30).toString(), 56), "admin");
        String producer = "gr" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        CertifiedProducers.account(engine.getIdentityService(), producer);
        String certificate = new CertifiedProducers(brand, certificates).certificate(producer, Language.ky);
        GrantApplication grant = grants.apply(producer, new GrantRequest(call.code(), certificate, "Кийиз цехи", "Жаңы станок.",
                "200000", "50000", Map.of("equipment", "200000", "packaging", "25000", "administration", "25000"), 3, 2, 1));
        return new Applicant(producer, grant, call.id());
    }

    /** The application waiting at the task, driven there by the demo reviewers (and the producer, where it is their step). */
    Task reach(Applicant applicant, String taskKey) throws Exception {
        Map<String, List<Map<String, Object>>> valid = valid();
        for (String step : List.of(TASK_SCREEN, TASK_SCORE_FEASIBILITY, TASK_SCORE_MARKET, TASK_DECIDE)) {
            Task task = awaitTask(applicant, step);
            if (step.equals(taskKey)) {
                return task;
            }
            if (!step.equals(TASK_SCORE_FEASIBILITY)) {
                if (step.equals(TASK_SCORE_MARKET)) {
                    complete(awaitTask(applicant, TASK_SCORE_FEASIBILITY), "academia1", valid.get(TASK_SCORE_FEASIBILITY).get(0));
                }
                complete(task, REVIEWERS.get(step), valid.get(step).get(0));
            }
        }
        awaitTask(applicant, TASK_SIGN_AGREEMENT);
        grants.addDocument(applicant.producer(), applicant.grant().number(), "bank-certificate", "bank.pdf",
                TestApplications.PDF.length, new ByteArrayInputStream(TestApplications.PDF));
        grants.sign(applicant.producer(), applicant.grant().number(), Map.of("ownContributionConfirmed", true, "agreementAccepted", true));
        Task pay = awaitTask(applicant, TASK_PAY_TRANCHE);
        if (TASK_PAY_TRANCHE.equals(taskKey)) {
            return pay;
        }
        complete(pay, "finance1", valid.get(TASK_PAY_TRANCHE).get(0));
        awaitTask(applicant, TASK_SUBMIT_REPORT);
        if (TASK_RECORD_RECOVERY.equals(taskKey)) {
            grants.reportMisuse("agency1", applicant.grant().number(), "The machine was sold on");
            return awaitTask(applicant, TASK_RECORD_RECOVERY);
        }
        grants.submitReport(applicant.producer(), applicant.grant().number(), Map.of("reportSummary", "Станок сатылып алынды.",
                "jobsCreated", 3, "womenEmployed", 2, "youthEmployed", 1, "sales", new java.math.BigDecimal("450000"),
                "exports", new java.math.BigDecimal("120000.50")));
        return awaitTask(applicant, TASK_REVIEW_REPORT);
    }

    void assertRefused(Task task, String user, Map<String, Object> submission, String field) {
        new EngineRestTasks(engine.getTaskService()).assertRefused(as(user), task, submission, field);
    }

    void complete(Task task, String user, Map<String, Object> submission) {
        ResponseEntity<String> done = new EngineRestTasks(engine.getTaskService()).claimAndComplete(as(user), user, task, submission,
                "complete");
        assertThat(done.getStatusCode()).as(task.getTaskDefinitionKey() + ": " + done.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    Task awaitTask(Applicant applicant, String taskKey) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            Task task = engine.getTaskService().createTaskQuery().processInstanceId(applicant.grant().processInstanceId())
                    .taskDefinitionKey(taskKey).singleResult();
            if (task != null) {
                return task;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(applicant.grant().number() + " never reached " + taskKey);
    }

    /** Everything an attack could have changed: the record, its decisions, the call's money, the process's variables. */
    record Snapshot(GrantApplication grant, List<GrantDecision> decisions, Object figures, Map<String, Object> variables) {
    }

    Snapshot snapshot(Applicant applicant) {
        EngineRestTasks.awaitNoDueJobs(engine.getManagementService(), applicant.grant().processInstanceId());
        String number = applicant.grant().number();
        return new Snapshot(grants.get(applicant.producer(), number), grants.decisions(applicant.producer(), number),
                ledger.figures(applicant.callId()), engine.getRuntimeService().getVariables(applicant.grant().processInstanceId()));
    }

    TestRestTemplate as(String user) {
        return http.withBasicAuth(user, "demo");
    }
}
