package kg.ovop.grant;

import static kg.ovop.grant.DevelopmentGrant.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import kg.ovop.ProcessTestBase;
import kg.ovop.certificate.CertificateRegistry;
import kg.ovop.certification.BrandApplications;
import kg.ovop.certification.EngineDriver;
import kg.ovop.certification.TestApplications;
import kg.ovop.config.TimeConfiguration;
import kg.ovop.engine.InvalidFormInputException;
import kg.ovop.grant.fund.CallRequest;
import kg.ovop.grant.fund.FundFigures;
import kg.ovop.grant.fund.FundLedger;
import kg.ovop.grant.fund.GrantCall;
import kg.ovop.grant.fund.GrantCalls;
import kg.ovop.grant.fund.Money;
import kg.ovop.web.Language;

/**
 * development-grant, one test per path, on the real application (delegates, tables, ledger, mail
 * log) with the job executor off: each test runs jobs and timers itself. Every application has a
 * producer, a certificate and a call of its own, so tests share nothing but the engine.
 */
class DevelopmentGrantProcessTest extends ProcessTestBase {

    @Autowired
    GrantApplications grants;

    @Autowired
    GrantCalls calls;

    @Autowired
    FundLedger ledger;

    @Autowired
    BrandApplications brand;

    @Autowired
    CertificateRegistry certificates;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    GrantViews views;

    @Autowired
    kg.ovop.monitoring.BottleneckAnalytics analytics;

    EngineDriver driver() {
        return new EngineDriver(engine, brand);
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(TimeConfiguration.BISHKEK));
    }

    GrantCall call(String fundSom, String capSom) {
        return calls.create(new CallRequest("Айыл өнүгүүсү", "Развитие села", "Village development", fundSom, capSom, 20, 10,
                List.of(), List.of(), today().minusDays(1).toString(), today().plusDays(30).toString(), 56), "admin");
    }

    /** A producer account of this test's own, holding a valid certificate for a felt product from Naryn. */
    String certifiedProducer() {
        return certifiedProducer(Language.ru);
    }

    String certifiedProducer(Language language) {
        String producer = "g" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        CertifiedProducers.account(engine.getIdentityService(), producer);
        return producer + "|" + new CertifiedProducers(brand, certificates).certificate(producer, language);
    }

    String mailSubject(ProcessInstance instance, String kind) {
        return jdbc.queryForObject("SELECT subject FROM ovop_mail_message WHERE business_ref LIKE ? AND kind = ?", String.class,
                number(instance) + "/%", kind);
    }

    /** 200 000 som asked, 50 000 own (20 % of 250 000), administration 10 %. */
    static GrantRequest request(GrantCall call, String certificate, String requested, String own, String administration,
            String equipment) {
        return new GrantRequest(call.code(), certificate, "Кийиз цехи", "Жаңы кийиз басуучу станок жана таңгак.", requested, own,
                Map.of("equipment", equipment, "packaging", "25000", "administration", administration), 3, 2, 1);
    }

    static GrantRequest request(GrantCall call, String certificate) {
        return request(call, certificate, "200000", "50000", "25000", "200000");
    }

    ProcessInstance apply(String producerAndCertificate, GrantRequest request) {
        String[] parts = producerAndCertificate.split("\\|");
        GrantApplication grant = grants.apply(parts[0], request);
        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(grant.processInstanceId()).singleResult();
        runDueJobs(instance);
        return instance;
    }

    GrantApplication record(ProcessInstance instance) {
        return grants.get(applicant(instance), number(instance));
    }

    String number(ProcessInstance instance) {
        return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
                .getBusinessKey();
    }

    String applicant(ProcessInstance instance) {
        return jdbc.queryForObject("SELECT applicant FROM ovop_grant_application WHERE number = ?", String.class, number(instance));
    }

    void runDueJobs(ProcessInstance instance) {
        driver().runDueJobs(instance);
    }

    void complete(ProcessInstance instance, String taskKey, String user, String group, Object... pairs) {
        driver().complete(instance, taskKey, user, group, vars(pairs));
    }

    void fireTimer(ProcessInstance instance, String activityId) {
        Job timer = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).activityId(activityId)
                .timers().singleResult();
        assertThat(timer).as("timer " + activityId).isNotNull();
        engine.getManagementService().executeJob(timer.getId());
        runDueJobs(instance);
    }

    static Map<String, Object> vars(Object... pairs) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    List<String> mails(ProcessInstance instance) {
        return jdbc.queryForList("SELECT kind FROM ovop_mail_message WHERE business_ref LIKE ? ORDER BY id", String.class,
                number(instance) + "/%");
    }

    /** Screened and scored: feasibility and market as given. */
    ProcessInstance scored(String producer, GrantRequest request, int feasibility, int market) {
        ProcessInstance instance = apply(producer, request);
        complete(instance, TASK_SCREEN, "agency1", "agency", "screeningDecision", "accept");
        complete(instance, TASK_SCORE_FEASIBILITY, "academia1", "academia", "conflictOfInterest", "none", "feasibilityScore", feasibility);
        complete(instance, TASK_SCORE_MARKET, "association1", "association", "conflictOfInterest", "none", "marketScore", market);
        return instance;
    }

    ProcessInstance approved(String producer, GrantRequest request, String amount) {
        ProcessInstance instance = scored(producer, request, 80, 70);
        complete(instance, TASK_DECIDE, "grantcommittee1", "grant-committee", "conflictOfInterest", "none", "grantDecision", "approve",
                "approvedAmount", new java.math.BigDecimal(amount), "decisionReason", "Smaller packaging line is enough");
        return instance;
    }

    void sign(ProcessInstance instance) {
        grants.addDocument(applicant(instance), number(instance), "bank-certificate", "bank.pdf", TestApplications.PDF.length,
                new java.io.ByteArrayInputStream(TestApplications.PDF));
        grants.sign(applicant(instance), number(instance), Map.of("ownContributionConfirmed", true, "agreementAccepted", true));
        runDueJobs(instance);
    }

    void pay(ProcessInstance instance, String amount, String reference) {
        complete(instance, TASK_PAY_TRANCHE, "finance1", "finance", "paidAmount", new java.math.BigDecimal(amount),
                "paidOn", today().toString(), "paymentReference", reference);
    }

    void report(ProcessInstance instance, int jobs) {
        grants.submitReport(applicant(instance), number(instance), vars("reportSummary", "Станок сатылып алынды, 3 аял иштейт.",
                "jobsCreated", jobs, "womenEmployed", 2, "youthEmployed", 1, "sales", new java.math.BigDecimal("450000"),
                "exports", new java.math.BigDecimal("120000.50")));
        runDueJobs(instance);
    }

    static String certificateOf(String producerAndCertificate) {
        return producerAndCertificate.split("\\|")[1];
    }

    @Test
    void onlyTheHolderOfACertificateAppliesWithIt() {
        GrantCall call = call("1000000", "300000");
        String holder = certifiedProducer();
        assertThatThrownBy(() -> grants.apply("producer1", request(call, certificateOf(holder))))
                .isInstanceOf(kg.ovop.web.BadRequestException.class).hasMessageContaining("not your certificate");
        assertThatThrownBy(() -> grants.apply(holder.split("\\|")[0], request(call, certificateOf(holder), "200000", "50000",
                "25000", "100000"))).as("the budget lines must add up").isInstanceOf(kg.ovop.web.BadRequestException.class)
                .extracting(e -> ((kg.ovop.web.BadRequestException) e).field()).isEqualTo("budget");
    }

    @Test
    void anIneligibleApplicationIsToldEveryReason() {
        GrantCall call = call("1000000", "150000");
        String producer = certifiedProducer();
        // 200 000 asked above a cap of 150 000; own 20 000 of 220 000 is 9 %; administration 60 000 is 27 %.
        ProcessInstance instance = apply(producer, request(call, certificateOf(producer), "200000", "20000", "60000", "135000"));

        assertThat(instance).isEnded().hasPassed(END_INELIGIBLE).hasNotPassed(TASK_SCREEN);
        assertThat(record(instance).status()).isEqualTo(GrantStatus.ineligible);
        assertThat(mails(instance)).containsExactly("GRANT_RECEIVED", "GRANT_INELIGIBLE");
        String body = jdbc.queryForObject("SELECT body_text FROM ovop_mail_message WHERE business_ref LIKE ? AND kind = 'GRANT_INELIGIBLE'",
                String.class, number(instance) + "/%");
        assertThat(body).as("in the producer's language, every reason").contains("Запрошено больше",
                "Собственный вклад ниже", "Административные расходы превышают 20 %");
    }

    @Test
    void theAgencyRejectsAtScreening() {
        GrantCall call = call("1000000", "300000");
        String producer = certifiedProducer(Language.ky);
        ProcessInstance instance = apply(producer, request(call, certificateOf(producer)));
        assertThat(instance).isWaitingAt(TASK_SCREEN);
        assertThatThrownBy(() -> complete(instance, TASK_SCREEN, "agency1", "agency", "screeningDecision", "reject"))
                .as("a rejection gives its reason").isInstanceOf(InvalidFormInputException.class);
        complete(instance, TASK_SCREEN, "agency1", "agency", "screeningDecision", "reject", "screeningReason", "Бюджет не обоснован");

        assertThat(instance).isEnded().hasPassed(END_REJECTED);
        assertThat(record(instance).status()).isEqualTo(GrantStatus.rejected);
        assertThat(mails(instance)).endsWith("GRANT_REJECTED");
        assertThat(mailSubject(instance, "GRANT_REJECTED")).as("in the producer's language").endsWith("грант арызы кабыл алынган жок");
    }

    @Test
    void belowThePassMarkTheApplicationIsNotRecommended() {
        GrantCall call = call("1000000", "300000");
        String producer = certifiedProducer();
        ProcessInstance instance = scored(producer, request(call, certificateOf(producer)), 60, 49);

        assertThat(instance).isEnded().hasPassed(END_NOT_RECOMMENDED).hasNotPassed(TASK_DECIDE);
        GrantApplication grant = record(instance);
        assertThat(grant.totalScore()).isEqualTo(55);
        assertThat(grant.status()).isEqualTo(GrantStatus.not_recommended);
        assertThat(mails(instance)).endsWith("GRANT_NOT_RECOMMENDED");
    }

    @Test
    void theCommitteeRefusesWithAReasonAndNoMoneyMoves() {
        GrantCall call = call("1000000", "300000");
        String producer = certifiedProducer(Language.en);
        ProcessInstance instance = scored(producer, request(call, certificateOf(producer)), 80, 70);
        assertThat(instance).isWaitingAt(TASK_DECIDE);
        // Monitoring sees grants by process and region like any application.
        java.time.Instant now = java.time.Instant.now();
        assertThat(analytics.report(new kg.ovop.monitoring.MonitoringQuery(PROCESS_ID, now.minusSeconds(3600), now.plusSeconds(60),
                "KG-N", null)).activities()).anySatisfy(a -> {
                    assertThat(a.activityId()).isEqualTo(TASK_DECIDE);
                    assertThat(a.waitingNow()).isPositive();
                });
        assertThat(analytics.report(new kg.ovop.monitoring.MonitoringQuery(PROCESS_ID, now.minusSeconds(3600), now.plusSeconds(60),
                "KG-B", null)).activities()).noneSatisfy(a -> assertThat(a.waitingNow()).isPositive());
        assertThat(engine.getFormService().getTaskFormVariables(driver().task(instance, TASK_DECIDE).getId()).get("ranking").toString())
                .as("the committee sees the call's ranking").contains("→ 1. " + number(instance) + " · 76 · 200\u00a0000.00 som");
        complete(instance, TASK_DECIDE, "grantcommittee1", "grant-committee", "conflictOfInterest", "none", "grantDecision", "refuse",
                "decisionReason", "Уже финансировано другим донором");

        assertThat(instance).isEnded().hasPassed(END_REFUSED);
        assertThat(record(instance).status()).isEqualTo(GrantStatus.refused);
        assertThat(ledger.figures(call.id()).free()).isEqualTo(Money.som(1_000_000));
        assertThat(mails(instance)).endsWith("GRANT_REFUSED");
        assertThat(mailSubject(instance, "GRANT_REFUSED")).isEqualTo("Grant application " + number(instance) + " refused");
    }

    @Test
    void aDecisionFormOpenWhileAnotherGrantOfTheCallIsApprovedStillGoesThrough() throws Exception {
        GrantCall call = call("1000000", "300000");
        String producer = certifiedProducer();
        ProcessInstance waiting = scored(producer, request(call, certificateOf(producer)), 80, 70);
        String taskId = driver().task(waiting, TASK_DECIDE).getId();
        Map<String, Object> opened = engine.getFormService().getTaskFormVariables(taskId);
        String other = certifiedProducer();
        approved(other, request(call, certificateOf(other)), "200000");
        assertThat(engine.getFormService().getTaskFormVariables(taskId).get("fundFree")).as("the form shows the fund as it is now")
                .isNotEqualTo(opened.get("fundFree"));

        // What Tasklist sends: every read-only field as the form was opened, except those the form disables.
        Map<String, Object> sent = vars("conflictOfInterest", "none", "grantDecision", "approve",
                "approvedAmount", new java.math.BigDecimal("200000"), "decisionReason", "Strong market plan");
        for (com.fasterxml.jackson.databind.JsonNode field : new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(java.nio.file.Path.of("forms/decide-grant.form").toFile()).path("components")) {
            if (field.path("readonly").asBoolean() && !field.path("disabled").asBoolean()) {
                sent.put(field.path("key").asText(), opened.get(field.path("key").asText()));
            }
        }
        driver().complete(waiting, TASK_DECIDE, "grantcommittee1", "grant-committee", sent);

        assertThat(waiting).isWaitingAt(TASK_SIGN_AGREEMENT);
        assertThat(ledger.figures(call.id()).reserved()).isEqualTo(Money.som(400_000));
    }

    @Test
    void anApprovalBeyondTheFreeFundIsRefusedNamingTheAmountAndTheTaskStays() {
        GrantCall call = call("150000", "150000");
        String producer = certifiedProducer();
        ProcessInstance instance = scored(producer, request(call, certificateOf(producer), "150000", "50000", "20000", "155000"), 80, 70);
        String other = certifiedProducer();
        ProcessInstance first = approved(other, request(call, certificateOf(other), "100000", "30000", "10000", "95000"), "100000");
        assertThat(first).isWaitingAt(TASK_SIGN_AGREEMENT);

        assertThatThrownBy(() -> complete(instance, TASK_DECIDE, "grantcommittee1", "grant-committee", "conflictOfInterest", "none",
                "grantDecision", "approve", "approvedAmount", new java.math.BigDecimal("150000")))
                .isInstanceOf(InvalidFormInputException.class).hasMessageContaining("approvedAmount")
                .hasMessageContaining("50\u00a0000.00 som free");
        assertThat(instance).isWaitingAt(TASK_DECIDE);
        assertThat(ledger.figures(call.id()).reserved()).isEqualTo(Money.som(100_000));
    }

    @Test
    void aWaitlistedApplicationIsFundedWhenAnotherLapsesAndTheLapsedMoneyGoesBack() {
        GrantCall call = call("300000", "200000");
        String first = certifiedProducer();
        ProcessInstance lapsing = approved(first, request(call, certificateOf(first)), "200000");
        String second = certifiedProducer();
        ProcessInstance waiting = scored(second, request(call, certificateOf(second), "150000", "50000", "20000", "155000"), 70, 70);
        complete(waiting, TASK_DECIDE, "grantcommittee1", "grant-committee", "conflictOfInterest", "none", "grantDecision", "waitlist");
        assertThat(waiting).isWaitingAt("Gateway_WaitForMoney");
        assertThat(record(waiting).status()).isEqualTo(GrantStatus.waitlisted);

        fireTimer(lapsing, TIMER_AGREEMENT_LAPSED);

        assertThat(lapsing).isEnded().hasPassed(END_LAPSED);
        assertThat(record(lapsing).status()).isEqualTo(GrantStatus.lapsed);
        runDueJobs(waiting);
        assertThat(waiting).isWaitingAt(TASK_SIGN_AGREEMENT);
        assertThat(record(waiting).approved()).isEqualTo(Money.som(150_000));
        assertThat(record(waiting).status()).isEqualTo(GrantStatus.approved);
        FundFigures figures = ledger.figures(call.id());
        assertThat(figures.reserved()).isEqualTo(Money.som(150_000));
        assertThat(figures.free()).isEqualTo(Money.som(150_000));
        assertThat(mails(lapsing)).endsWith("GRANT_LAPSED");
        assertThat(mails(waiting)).containsSubsequence("GRANT_WAITLISTED", "GRANT_APPROVED");
    }

    @Test
    void aWaitlistThatNoMoneyReachesEnds() {
        GrantCall call = call("100000", "100000");
        String taker = certifiedProducer();
        approved(taker, request(call, certificateOf(taker), "100000", "30000", "10000", "95000"), "100000");
        String producer = certifiedProducer();
        ProcessInstance waiting = scored(producer, request(call, certificateOf(producer), "100000", "30000", "10000", "95000"), 70, 70);
        complete(waiting, TASK_DECIDE, "grantcommittee1", "grant-committee", "conflictOfInterest", "none", "grantDecision", "waitlist");

        fireTimer(waiting, TIMER_WAITLIST_ENDED);

        assertThat(waiting).isEnded().hasPassed(END_WAITLIST_ENDED);
        assertThat(record(waiting).status()).isEqualTo(GrantStatus.waitlist_ended);
        assertThat(mails(waiting)).endsWith("GRANT_WAITLIST_ENDED");
    }

    @Test
    void aGrantIsSignedPaidInTranchesReportedWithAChangeRequestAndClosed() {
        GrantCall call = call("1000000", "300000");
        String producer = certifiedProducer();
        ProcessInstance instance = approved(producer, request(call, certificateOf(producer)), "180000.01");
        assertThatThrownBy(() -> complete(instance, TASK_SIGN_AGREEMENT, "admin", "camunda-admin", "ownContributionConfirmed", true,
                "agreementAccepted", true)).as("nobody signs for the producer").isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class)
                .hasMessageContaining("the producer does it in the portal");
        assertThatThrownBy(() -> grants.sign(applicant(instance), number(instance), Map.of("agreementAccepted", true)))
                .as("the own contribution is confirmed too").isInstanceOf(InvalidFormInputException.class);
        assertThatThrownBy(() -> grants.sign(applicant(instance), number(instance), Map.of("ownContributionConfirmed", true,
                "agreementAccepted", true))).as("and proven by the bank's certificate").isInstanceOf(InvalidFormInputException.class)
                .hasMessageStartingWith("bankCertificate:");
        assertThatThrownBy(() -> grants.addDocument(applicant(instance), number(instance), "photo", "x.pdf", TestApplications.PDF.length,
                new java.io.ByteArrayInputStream(TestApplications.PDF))).as("a grant takes its own kinds of document")
                .isInstanceOf(kg.ovop.web.BadRequestException.class).hasMessageContaining("bank-certificate");
        sign(instance);
        assertThat(record(instance).status()).isEqualTo(GrantStatus.active);
        assertThat(grants.tranches(applicant(instance), number(instance))).extracting(Tranche::planned)
                .as("50/30/20, the last takes the rest").containsExactly(new Money(9_000_000), new Money(5_400_000), new Money(3_600_001));

        pay(instance, "90000", "PP-1");
        assertThat(instance).isWaitingAt(TASK_SUBMIT_REPORT);
        assertThat(DevelopmentGrant.VIEW_KEYS).as("what the forms may show").containsAll(views.of(number(instance)).keySet());
        fireTimer(instance, TIMER_REPORT_DUE_SOON);
        fireTimer(instance, TIMER_REPORT_DUE);
        report(instance, 2);
        complete(instance, TASK_REVIEW_REPORT, "agency1", "agency", "reportDecision", "changes", "reportComment", "Приложите счета");
        assertThat(instance).isWaitingAt(TASK_SUBMIT_REPORT);
        report(instance, 3);
        complete(instance, TASK_REVIEW_REPORT, "agency1", "agency", "reportDecision", "accept");
        pay(instance, "54000", "PP-2");
        report(instance, 3);
        complete(instance, TASK_REVIEW_REPORT, "agency1", "agency", "reportDecision", "accept");
        assertThatThrownBy(() -> pay(instance, "36000.02", "PP-3")).as("never more than reserved")
                .isInstanceOf(InvalidFormInputException.class).hasMessageContaining("paidAmount");
        pay(instance, "36000.01", "PP-3");

        assertThat(instance).isEnded().hasPassed(END_CLOSED);
        GrantApplication grant = record(instance);
        assertThat(grant.status()).isEqualTo(GrantStatus.closed);
        assertThat(jdbc.queryForMap("SELECT jobs_created, exports_tyiyn FROM ovop_grant_application WHERE number = ?", grant.number()))
                .containsEntry("jobs_created", 3).containsEntry("exports_tyiyn", 12_000_050L);
        FundFigures figures = ledger.figures(call.id());
        assertThat(figures.paid()).isEqualTo(Money.parseSom("x", "180000.01"));
        assertThat(figures.reserved()).isEqualTo(Money.ZERO);
        assertThat(figures.free()).isEqualTo(Money.parseSom("x", "819999.99"));
        assertThat(mails(instance)).containsSubsequence("GRANT_APPROVED", "GRANT_TRANCHE_PAID", "GRANT_REPORT_DUE_SOON",
                "GRANT_REPORT_DUE", "GRANT_REPORT_CHANGES", "GRANT_TRANCHE_PAID", "GRANT_TRANCHE_PAID", "GRANT_CLOSED");
    }

    @Test
    void misuseTerminatesTheGrantReleasesTheRestAndFinanceRecordsWhatCameBack() {
        GrantCall call = call("1000000", "300000");
        String producer = certifiedProducer();
        ProcessInstance instance = approved(producer, request(call, certificateOf(producer), "100000", "30000", "10000", "95000"), "100000");
        sign(instance);
        assertThat(grants.tranches(applicant(instance), number(instance))).as("a small grant: two tranches").hasSize(2);
        pay(instance, "70000", "PP-1");

        grants.reportMisuse("agency1", number(instance), "Станок перепродан");
        runDueJobs(instance);
        assertThat(instance).isWaitingAt(TASK_RECORD_RECOVERY);
        assertThat(record(instance).status()).isEqualTo(GrantStatus.terminated);
        assertThat(ledger.figures(call.id()).reserved()).as("the unpaid 30 000 went back").isEqualTo(Money.ZERO);
        complete(instance, TASK_RECORD_RECOVERY, "finance1", "finance", "recoveredAmount", new java.math.BigDecimal("50000"),
                "recoveredOn", today().toString(), "recoveryReference", "RV-7");

        assertThat(instance).isEnded().hasPassed(END_TERMINATED);
        FundFigures figures = ledger.figures(call.id());
        assertThat(figures.paid()).isEqualTo(Money.som(70_000));
        assertThat(figures.recovered()).isEqualTo(Money.som(50_000));
        assertThat(figures.free()).isEqualTo(Money.som(980_000));
        assertThat(mails(instance)).endsWith("GRANT_TERMINATED");
    }

    @Test
    void aReviewerWhoDeclaresAConflictLeavesTheTaskToAColleague() {
        GrantCall call = call("1000000", "300000");
        String producer = certifiedProducer();
        ProcessInstance instance = apply(producer, request(call, certificateOf(producer)));
        complete(instance, TASK_SCREEN, "agency1", "agency", "screeningDecision", "accept");
        complete(instance, TASK_SCORE_FEASIBILITY, "academia1", "academia", "conflictOfInterest", "declared",
                "conflictReason", "My brother runs this workshop");

        assertThat(instance).isWaitingAt(TASK_SCORE_FEASIBILITY, TASK_SCORE_MARKET);
        assertThat(driver().task(instance, TASK_SCORE_FEASIBILITY).getAssignee()).isNull();
        assertThatThrownBy(() -> complete(instance, TASK_SCORE_FEASIBILITY, "academia1", "academia", "conflictOfInterest", "none",
                "feasibilityScore", 90)).isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
        assertThat(grants.decisions(applicant(instance), number(instance))).as("the producer never sees a declaration")
                .noneMatch(d -> d.stage().equals("conflict-of-interest"));
    }
}
