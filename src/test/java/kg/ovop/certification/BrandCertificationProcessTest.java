package kg.ovop.certification;

import static kg.ovop.certification.BrandCertification.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

import kg.ovop.certificate.Certificate;
import kg.ovop.certificate.CertificateRegistry;
import kg.ovop.engine.InvalidFormInputException;

/** brand-certification, one test per path; every flow node must be covered. */
class BrandCertificationProcessTest extends ProcessTestSupport {

    @TestConfiguration
    static class Coverage {
        @Bean
        @Primary
        ProcessEngineCoverageProperties coverageProperties() {
            return ProcessEngineCoverageProperties.Companion.builder()
                    .assertClassCoverageAtLeast(1.0)
                    .excludeProcessDefinitionKeys(CertificateLifecycle.PROCESS_ID)
                    .build();
        }
    }

    @Autowired
    CertificateRegistry certificates;

    @Autowired
    JdbcTemplate jdbc;

    ProcessInstance acceptedForReview(Map<String, Object> form) {
        ProcessInstance application = submit(form);
        runDueJobs(application);
        assertThat(application).isWaitingAt(TASK_SCREEN_APPLICATION);
        complete(application, TASK_SCREEN_APPLICATION, "agency1", "agency", vars("screeningDecision", "accept"));
        assertThat(application).isWaitingAt(TASK_REVIEW_QUALITY, TASK_REVIEW_MARKET);
        assertThat(application(application).status()).isEqualTo(ApplicationStatus.in_expert_review);
        return application;
    }

    void review(ProcessInstance application, int quality, String lab, int marketing, int community) {
        complete(application, TASK_REVIEW_QUALITY, "academia1", "academia",
                vars("conflictOfInterest", "none", "qualityScore", quality, "labResult", lab, "qualityComment", "Lab report 17/26"));
        complete(application, TASK_REVIEW_MARKET, "association1", "association",
                vars("conflictOfInterest", "none", "marketingScore", marketing, "communityScore", community));
    }

    void member(String user, String group) {
        if (engine.getIdentityService().createUserQuery().userId(user).count() == 0) {
            engine.getIdentityService().saveUser(engine.getIdentityService().newUser(user));
            engine.getIdentityService().createMembership(user, group);
        }
    }

    List<String> mailsAbout(ProcessInstance application) {
        return jdbc.queryForList("SELECT kind FROM ovop_mail_message WHERE business_ref LIKE ? ORDER BY id", String.class,
                application(application).number() + "/%");
    }

    List<String> mailsAboutTask(Task task) {
        return jdbc.queryForList("SELECT kind, recipient FROM ovop_mail_message WHERE business_ref LIKE ? ORDER BY id",
                "task/" + task.getId() + "/%").stream().map(m -> m.get("kind") + " " + m.get("recipient")).toList();
    }

    @ParameterizedTest(name = "{0}+{2}+{3} with lab {1} -> {4} stars")
    @CsvSource({"30, pass, 15, 15, 3", "35, pass, 20, 20, 4", "42, pass, 24, 28, 5"})
    void awardAtEachStarLevel(int quality, String lab, int marketing, int community, int stars) {
        ProcessInstance application = acceptedForReview(form());
        review(application, quality, lab, marketing, community);

        assertThat(application).isWaitingAt(TASK_DECIDE_AWARD);
        assertThat(application(application).status()).isEqualTo(ApplicationStatus.in_committee);
        complete(application, TASK_DECIDE_AWARD, "committee1", "brand-committee",
                vars("conflictOfInterest", "none", "committeeDecision", "award", "awardedStars", String.valueOf(stars)));

        assertThat(application).isEnded().hasPassed(TASK_ISSUE_CERTIFICATE, TASK_SEND_CERTIFICATE, TASK_START_LIFECYCLE,
                END_CERTIFICATE_AWARDED);
        Application stored = application(application);
        assertThat(stored.status()).isEqualTo(ApplicationStatus.awarded);
        Certificate certificate = certificates.findByNumber(stored.certificateNumber()).orElseThrow();
        assertThat(certificate.stars()).isEqualTo(stars);
        assertThat(certificate.applicationRef()).isEqualTo(stored.number());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ovop_mail_message WHERE business_ref = ? AND kind = 'CERTIFICATE_AWARDED'",
                Integer.class, certificate.number())).isEqualTo(1);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(CertificateLifecycle.PROCESS_ID)
                .processInstanceBusinessKey(certificate.number()).count()).isEqualTo(1);
        assertThat(applications.decisions(stored.number())).extracting(d -> d.get("stage"))
                .containsExactly("eligibility", "screening", "quality-review", "market-review", "rating", "committee");
    }

    @Test
    void committeeMayChangeTheLevelOnlyWithAReason() {
        ProcessInstance application = acceptedForReview(form());
        review(application, 35, "pass", 20, 20);

        assertThatThrownBy(() -> complete(application, TASK_DECIDE_AWARD, "committee1", "brand-committee",
                vars("conflictOfInterest", "none", "committeeDecision", "award", "awardedStars", "5")))
                .isInstanceOf(InvalidFormInputException.class).hasMessageContaining("levelChangeReason");
        assertThat(applications.decisions(application(application).number())).extracting(d -> d.get("stage"))
                .doesNotContain("committee");
        complete(application, TASK_DECIDE_AWARD, "committee1", "brand-committee", vars("conflictOfInterest", "none",
                "committeeDecision", "award", "awardedStars", "5", "levelChangeReason", "Exports to Japan since 2019"));

        assertThat(certificates.findByNumber(application(application).certificateNumber()).orElseThrow().stars()).isEqualTo(5);
    }

    @Test
    void ineligibleApplicationIsRefusedWithReasons() {
        ProcessInstance application = submit(form("localRawMaterialShare", 40));
        runDueJobs(application);

        assertThat(application).isEnded().hasPassed(TASK_NOTIFY_INELIGIBLE, END_INELIGIBLE).hasNotPassed(TASK_SCREEN_APPLICATION);
        assertThat(application(application).status()).isEqualTo(ApplicationStatus.refused);
        assertThat(applications.latestDecision(application(application).number(), "eligibility").orElseThrow().details())
                .isEqualTo("local-share-too-low");
        assertThat(mailsAbout(application)).containsExactly("APPLICATION_RECEIVED", "APPLICATION_INELIGIBLE");
        String body = jdbc.queryForObject("SELECT body_text FROM ovop_mail_message WHERE business_ref LIKE ? AND kind = "
                + "'APPLICATION_INELIGIBLE'", String.class, application(application).number() + "/%");
        assertThat(body).contains("Жергиликтүү чийки заттын үлүшү");
    }

    @Test
    void aDraftWithoutTheRequiredDocumentsIsNotSubmitted() {
        Application draft = door.createDraft("producer1", TestApplications.applicationForm(form()));
        door.addDocument("producer1", draft.number(), "conformity", "c.pdf", TestApplications.PDF.length,
                new java.io.ByteArrayInputStream(TestApplications.PDF));

        assertThatThrownBy(() -> door.submit("producer1", draft.number())).isInstanceOf(kg.ovop.web.BadRequestException.class)
                .hasMessage("attach these first: photo")
                .extracting(e -> ((kg.ovop.web.FieldException) e).field()).isEqualTo("documents");
        assertThat(applications.get(draft.number()).status()).isEqualTo(ApplicationStatus.draft);
        assertThat(applications.get(draft.number()).processInstanceId()).isNull();
    }

    @Test
    void onlyProducersStartTheProcessThroughTheDoor() {
        member("agencydrafter", "agency");
        Application draft = door.createDraft("agencydrafter", TestApplications.applicationForm(form()));
        TestApplications.attachRequired(door, "agencydrafter", draft.number());

        assertThatThrownBy(() -> door.submit("agencydrafter", draft.number()))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class)
                .hasMessage("agencydrafter may not start brand-certification");
        assertThat(applications.get(draft.number()).status()).isEqualTo(ApplicationStatus.draft);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(draft.number()).count()).isZero();
    }

    @Test
    void unregisteredProducerGoesToScreeningForAManualCheck() {
        ProcessInstance application = submit(form("registeredBusiness", false));
        runDueJobs(application);

        assertThat(application).isWaitingAt(TASK_SCREEN_APPLICATION);
        assertThat(engine.getRuntimeService().getVariable(application.getId(), "eligibility")).isEqualTo("manualCheck");
        assertThat(application(application).status()).isEqualTo(ApplicationStatus.in_screening);
    }

    @Test
    void rejectedByAgency() {
        ProcessInstance application = submit(form());
        runDueJobs(application);
        complete(application, TASK_SCREEN_APPLICATION, "agency1", "agency",
                vars("screeningDecision", "reject", "rejectionReason", "The felt is factory-made in another country"));

        assertThat(application).isEnded().hasPassed(TASK_NOTIFY_REJECTED, END_REJECTED_BY_AGENCY);
        assertThat(application(application).status()).isEqualTo(ApplicationStatus.refused);
        assertThat(mailsAbout(application)).containsExactly("APPLICATION_RECEIVED", "APPLICATION_REJECTED");
    }

    @Test
    void informationRequestedThenAnswered() {
        ProcessInstance application = submit(form());
        runDueJobs(application);
        complete(application, TASK_SCREEN_APPLICATION, "agency1", "agency",
                vars("screeningDecision", "requestInformation", "informationRequest", "Attach the 2026 lab report"));

        assertThat(application).isWaitingAt(TASK_PROVIDE_INFORMATION);
        assertThat(task(application, TASK_PROVIDE_INFORMATION).getAssignee()).as("answered in the portal, not in Tasklist").isNull();
        assertThat(application(application).status()).isEqualTo(ApplicationStatus.information_requested);
        door.answer("producer1", application(application).number(), "Uploaded in the portal on 26.11");
        runDueJobs(application);

        assertThat(application).isWaitingAt(TASK_SCREEN_APPLICATION);
        assertThat(application(application).status()).isEqualTo(ApplicationStatus.in_screening);
        complete(application, TASK_SCREEN_APPLICATION, "agency1", "agency",
                vars("screeningDecision", "requestInformation", "informationRequest", "And the packaging photos"));
        assertThat(mailsAbout(application)).containsExactly("APPLICATION_RECEIVED", "INFORMATION_REQUESTED",
                "INFORMATION_REQUESTED");
    }

    @Test
    void unansweredInformationRequestLapsesAfterThirtyDays() {
        ProcessInstance application = submit(form());
        runDueJobs(application);
        complete(application, TASK_SCREEN_APPLICATION, "agency1", "agency",
                vars("screeningDecision", "requestInformation", "informationRequest", "Which village is the wool from?"));

        fireTimer(application, TIMER_INFORMATION_OVERDUE);

        assertThat(application).isEnded().hasPassed(TASK_NOTIFY_LAPSED, END_APPLICATION_LAPSED);
        assertThat(application(application).status()).isEqualTo(ApplicationStatus.lapsed);
        assertThat(mailsAbout(application)).endsWith("APPLICATION_LAPSED");
    }

    @Test
    void notRecommendedBelowFiftyPoints() {
        ProcessInstance application = acceptedForReview(form());
        review(application, 20, "pass", 10, 19);

        assertThat(application).isEnded().hasPassed(TASK_NOTIFY_NOT_RECOMMENDED, END_NOT_RECOMMENDED);
        assertThat(application(application).recommendedStars()).isZero();
        assertThat(application(application).status()).isEqualTo(ApplicationStatus.refused);
    }

    @Test
    void notRecommendedWhenTheLabTestFails() {
        ProcessInstance application = acceptedForReview(form());
        review(application, 44, "fail", 25, 30);

        assertThat(application).isEnded().hasPassed(END_NOT_RECOMMENDED);
    }

    @Test
    void refusedByCommittee() {
        ProcessInstance application = acceptedForReview(form());
        review(application, 35, "pass", 20, 20);
        complete(application, TASK_DECIDE_AWARD, "committee1", "brand-committee", vars("conflictOfInterest", "none",
                "committeeDecision", "refuse", "committeeReason", "Same product already represents the village"));

        assertThat(application).isEnded().hasPassed(TASK_NOTIFY_REFUSED, END_REFUSED_BY_COMMITTEE);
        assertThat(application(application).status()).isEqualTo(ApplicationStatus.refused);
    }

    @Test
    void committeeSendsBackToExpertsWhoReviewAgain() {
        ProcessInstance application = acceptedForReview(form());
        review(application, 30, "pass", 15, 15);
        complete(application, TASK_DECIDE_AWARD, "committee1", "brand-committee", vars("conflictOfInterest", "none",
                "committeeDecision", "backToExperts", "committeeReason", "Please re-check the dye safety"));

        assertThat(application).isWaitingAt(TASK_REVIEW_QUALITY, TASK_REVIEW_MARKET);
        assertThat(application(application).status()).isEqualTo(ApplicationStatus.in_expert_review);
        review(application, 40, "pass", 22, 28);
        assertThat(application(application).recommendedStars()).as("the newest round is rated").isEqualTo(5);
        assertThat(application).isWaitingAt(TASK_DECIDE_AWARD);
    }

    @Test
    void expertWithAConflictOfInterestHandsTheTaskToAColleague() {
        ProcessInstance application = acceptedForReview(form());
        String number = application(application).number();
        member("academia2", "academia");

        complete(application, TASK_REVIEW_QUALITY, "academia1", "academia",
                vars("conflictOfInterest", "declared", "conflictReason", "The producer is my cousin"));

        Task quality = task(application, TASK_REVIEW_QUALITY);
        assertThat(quality.getAssignee()).as("back in the academia queue").isNull();
        assertThat(application).isWaitingAt(TASK_REVIEW_QUALITY, TASK_REVIEW_MARKET);
        assertThat(applications.decisions(number)).filteredOn(d -> "conflict-of-interest".equals(d.get("stage")))
                .singleElement().satisfies(d -> {
                    assertThat(d.get("outcome")).isEqualTo("quality-review");
                    assertThat(d.get("details")).isEqualTo("The producer is my cousin");
                    assertThat(d.get("decided_by")).isEqualTo("academia1");
                });
        assertThatThrownBy(() -> driver().claim(application, TASK_REVIEW_QUALITY, "academia1"))
                .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class).hasMessageContaining("conflict of interest");
        assertThatThrownBy(() -> engine.getTaskService().setAssignee(quality.getId(), "academia1"))
                .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
        assertThatThrownBy(() -> door.reviewFile("academia1", number)).isInstanceOf(ApplicationNotFoundException.class);
        assertThat(door.overview("producer1", number).decisions()).as("the producer never sees who declared what")
                .noneMatch(d -> "conflict-of-interest".equals(d.get("stage")));

        complete(application, TASK_REVIEW_QUALITY, "academia2", "academia",
                vars("conflictOfInterest", "none", "qualityScore", 38, "labResult", "pass"));
        complete(application, TASK_REVIEW_MARKET, "association1", "association",
                vars("conflictOfInterest", "none", "marketingScore", 20, "communityScore", 20));
        assertThat(application).isWaitingAt(TASK_DECIDE_AWARD);
        assertThat(applications.latestDecision(number, "quality-review").orElseThrow().decidedBy()).isEqualTo("academia2");
    }

    @Test
    void aDeclaredConflictNeedsAReason() {
        ProcessInstance application = acceptedForReview(form());

        assertThatThrownBy(() -> complete(application, TASK_REVIEW_MARKET, "association1", "association",
                vars("conflictOfInterest", "declared"))).hasMessageContaining("conflictReason: is required");
        assertThat(applications.declaredConflict(application(application).number(), "association1")).isFalse();
    }

    @Test
    void whatATaskShowsIsReadFromTheStoreAndOnlyTheLastValueOfEachProcessVariableIsHistory() {
        ProcessInstance application = submit(form());
        runDueJobs(application);
        org.camunda.bpm.engine.task.Task screening = task(application, TASK_SCREEN_APPLICATION);
        assertThat(engine.getTaskService().getVariablesLocal(screening.getId())).as("nothing is copied into the task").isEmpty();
        assertThat(engine.getFormService().getTaskFormVariables(screening.getId())).as("the form's read-only values")
                .containsEntry("productNameEn", application(application).productNameEn());
        jdbc.update("UPDATE ovop_application SET product_name_en = ? WHERE number = ?", "Felt rug, corrected",
                application(application).number());
        assertThat(engine.getFormService().getTaskFormVariables(screening.getId(), List.of("productNameEn"), true))
                .as("read when the form is fetched, so never older than the record").containsOnlyKeys("productNameEn")
                .containsEntry("productNameEn", "Felt rug, corrected");

        complete(application, TASK_SCREEN_APPLICATION, "agency1", "agency", vars("screeningDecision", "accept"));

        var history = engine.getHistoryService();
        assertThat(history.createHistoricVariableInstanceQuery().taskIdIn(screening.getId()).count()).isZero();
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(application.getId())
                .variableName("screeningDecision").singleResult().getValue()).isEqualTo("accept");
        assertThat(history.createHistoricDetailQuery().processInstanceId(application.getId()).count())
                .as("no detail history: neither variable updates nor submitted form fields").isZero();
        var started = history.createHistoricProcessInstanceQuery().processInstanceId(application.getId()).singleResult();
        assertThat(started.getRemovalTime()).as("removal time stamped at the start, five years on (a summer-time hour aside)")
                .isCloseTo(java.util.Date.from(started.getStartTime().toInstant().plus(java.time.Duration.ofDays(1825))), 3_600_000);
    }

    @Test
    void anInstanceRunningBeforeRemovalTimesWereStampedAtTheStartGetsOneAtStartUp() {
        ProcessInstance application = submit(form());
        runDueJobs(application);
        // As an instance started under strategy 'end' looks: no removal time anywhere in its history yet.
        for (String table : List.of("ACT_HI_PROCINST", "ACT_HI_ACTINST", "ACT_HI_TASKINST", "ACT_HI_VARINST", "ACT_HI_JOB_LOG")) {
            jdbc.update("UPDATE " + table + " SET REMOVAL_TIME_ = NULL WHERE ROOT_PROC_INST_ID_ = ?", application.getId());
        }
        var management = engine.getManagementService();

        org.camunda.bpm.engine.batch.Batch batch = kg.ovop.engine.HistoryPolicy.stampRunningInstances(engine);
        management.executeJob(management.createJobQuery().jobDefinitionId(batch.getSeedJobDefinitionId()).singleResult().getId());
        management.createJobQuery().jobDefinitionId(batch.getBatchJobDefinitionId()).list().forEach(job -> management.executeJob(job.getId()));
        management.deleteBatch(batch.getId(), true);

        java.util.Date start = engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(application.getId())
                .singleResult().getStartTime();
        java.util.Date expected = java.util.Date.from(start.toInstant().plus(java.time.Duration.ofDays(1825)));
        for (String table : List.of("ACT_HI_PROCINST", "ACT_HI_ACTINST", "ACT_HI_TASKINST", "ACT_HI_VARINST", "ACT_HI_JOB_LOG")) {
            assertThat(jdbc.queryForList("SELECT REMOVAL_TIME_ FROM " + table + " WHERE ROOT_PROC_INST_ID_ = ?", java.sql.Timestamp.class,
                    application.getId())).as(table).isNotEmpty().allSatisfy(removal -> assertThat(removal).isCloseTo(expected, 3_600_000));
        }
        assertThat(kg.ovop.engine.HistoryPolicy.stampRunningInstances(engine)).as("once only").isNull();
    }

    @Test
    void screeningGoesToTheRegionalOfficeWhenItHasStaff() {
        member("agencyoshtest", "agency-osh");
        ProcessInstance osh = submit(form("region", "KG-GO"));
        ProcessInstance naryn = submit(form());
        runDueJobs(osh);
        runDueJobs(naryn);

        assertThat(driver().candidateGroups(task(osh, TASK_SCREEN_APPLICATION))).as("Osh city is served by the Osh office")
                .containsExactly("agency-osh");
        assertThat(driver().candidateGroups(task(naryn, TASK_SCREEN_APPLICATION))).as("no Naryn staff: national queue")
                .containsExactly("agency");
        assertThatThrownBy(() -> complete(osh, TASK_SCREEN_APPLICATION, "agency1", "agency", vars("screeningDecision", "accept")))
                .hasMessageContaining("agency1");
        complete(osh, TASK_SCREEN_APPLICATION, "agencyoshtest", "agency-osh", vars("screeningDecision", "accept"));
        assertThat(osh).isWaitingAt(TASK_REVIEW_QUALITY, TASK_REVIEW_MARKET);
        assertThat(engine.getFilterService().createFilterQuery().filterName("Queue: " + AgencyOffice.OSH.displayName()).count())
                .isEqualTo(1);
    }

    @Test
    void tasksNameTheirApplicationAndScreeningSeesEveryRound() {
        ProcessInstance application = submit(form());
        runDueJobs(application);
        String number = application(application).number();
        assertThat(task(application, TASK_SCREEN_APPLICATION).getName())
                .isEqualTo("Screen application · " + number + " · Шырдак · Naryn");

        complete(application, TASK_SCREEN_APPLICATION, "agency1", "agency",
                vars("screeningDecision", "requestInformation", "informationRequest", "Attach the 2026 lab report"));
        door.answer("producer1", number, "Attached, from the Naryn lab");
        runDueJobs(application);

        Object rounds = engine.getFormService().getTaskFormVariables(task(application, TASK_SCREEN_APPLICATION).getId())
                .get(INFORMATION_ROUNDS);
        assertThat((String) rounds).startsWith("Round 1, asked ").contains("by agency1:\nAttach the 2026 lab report",
                "Answer, ", "Attached, from the Naryn lab", "Documents added: none");
    }

    @Test
    void expertsSeeWhyTheCommitteeSentItBackAndTheirEarlierScores() {
        ProcessInstance application = acceptedForReview(form());
        Task firstRound = task(application, TASK_REVIEW_QUALITY);
        assertThat(engine.getFormService().getTaskFormVariables(firstRound.getId()))
                .containsEntry(COMMITTEE_RETURN_REASON, null).containsEntry(EARLIER_QUALITY_REVIEWS, null);
        review(application, 30, "pass", 15, 15);
        complete(application, TASK_DECIDE_AWARD, "committee1", "brand-committee", vars("conflictOfInterest", "none",
                "committeeDecision", "backToExperts", "committeeReason", "Please re-check the dye safety"));

        Map<String, Object> quality = engine.getFormService().getTaskFormVariables(task(application, TASK_REVIEW_QUALITY).getId());
        assertThat(quality.get(COMMITTEE_RETURN_REASON)).isEqualTo("Please re-check the dye safety");
        assertThat((String) quality.get(EARLIER_QUALITY_REVIEWS)).startsWith("Round 1 (academia1, ")
                .contains("quality 30/45, lab pass", "Lab report 17/26");
        assertThat(quality).as("the new round starts empty").doesNotContainKeys(QUALITY_SCORE, LAB_RESULT);
        Map<String, Object> market = engine.getFormService().getTaskFormVariables(task(application, TASK_REVIEW_MARKET).getId());
        assertThat((String) market.get(EARLIER_MARKET_REVIEWS)).contains("marketing 15/25, community 15/30")
                .doesNotContain("quality");
    }

    @Test
    void overdueReviewsAreRemindedThenEscalatedToTheGroupLead() {
        ProcessInstance application = acceptedForReview(form());
        Task quality = task(application, TASK_REVIEW_QUALITY);
        Task market = task(application, TASK_REVIEW_MARKET);

        fireTimer(application, TIMER_QUALITY_REMINDER);
        fireTimer(application, TIMER_MARKET_REMINDER);
        fireTimer(application, TIMER_QUALITY_OVERDUE);
        fireTimer(application, TIMER_MARKET_OVERDUE);

        assertThat(application).hasPassed(TASK_REMIND_QUALITY, END_QUALITY_REMINDER_SENT, TASK_REMIND_MARKET,
                END_MARKET_REMINDER_SENT, TASK_ESCALATE_QUALITY, END_QUALITY_ESCALATED, TASK_ESCALATE_MARKET,
                END_MARKET_ESCALATED).isWaitingAt(TASK_REVIEW_QUALITY, TASK_REVIEW_MARKET);
        assertThat(task(application, TASK_REVIEW_QUALITY).getPriority()).isEqualTo(ReviewerNotices.ESCALATED_PRIORITY);
        assertThat(mailsAboutTask(quality))
                .containsExactly("REVIEW_REMINDER academia1@example.org", "REVIEW_ESCALATION academia1@example.org");
        assertThat(mailsAboutTask(market)).as("no association lead configured: the administrators are told")
                .containsExactly("REVIEW_REMINDER association1@example.org", "REVIEW_ESCALATION admin@example.org");
    }

    @Test
    void producerWithdrawsDuringTheReviewsAndTheReviewersAreTold() {
        ProcessInstance application = acceptedForReview(form());
        String number = application(application).number();
        Task quality = task(application, TASK_REVIEW_QUALITY);
        Task market = task(application, TASK_REVIEW_MARKET);
        driver().claim(application, TASK_REVIEW_MARKET, "association1");

        door.withdraw("producer1", number, "We sold the whole harvest");
        runDueJobs(application);

        assertThat(application).isEnded().hasPassed(TASK_CONFIRM_WITHDRAWAL, TASK_TELL_REVIEWERS_WITHDRAWN, END_WITHDRAWN)
                .hasNotPassed(TASK_DECIDE_AWARD);
        assertThat(application(application).status()).isEqualTo(ApplicationStatus.withdrawn);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(application.getId()).count()).isZero();
        assertThat(mailsAbout(application)).endsWith("APPLICATION_WITHDRAWN");
        assertThat(mailsAboutTask(quality)).as("unclaimed: the academia group is told").contains("REVIEW_WITHDRAWN academia1@example.org");
        assertThat(jdbc.queryForList("SELECT recipient FROM ovop_mail_message WHERE kind = 'REVIEW_WITHDRAWN' AND business_ref = ?",
                String.class, "task/" + market.getId() + "/withdrawn/association1")).as("claimed: its holder only").containsExactly("association1@example.org");
        assertThat(applications.latestDecision(number, "withdrawal").orElseThrow())
                .satisfies(d -> assertThat(d.details()).isEqualTo("We sold the whole harvest"))
                .satisfies(d -> assertThat(d.decidedBy()).isEqualTo("producer1"));
        assertThatThrownBy(() -> door.withdraw("producer1", number, null)).isInstanceOf(ApplicationStateException.class);
    }

    @Test
    void onceTheCommitteeDecidedThereIsNothingToWithdraw() {
        ProcessInstance application = acceptedForReview(form());
        review(application, 35, "pass", 20, 20);
        String number = application(application).number();
        assertThatThrownBy(() -> door.withdraw("otherproducer", number, null)).as("not theirs")
                .isInstanceOf(ApplicationNotFoundException.class);
        complete(application, TASK_DECIDE_AWARD, "committee1", "brand-committee", vars("conflictOfInterest", "none",
                "committeeDecision", "refuse", "committeeReason", "Same product already represents the village"));

        assertThatThrownBy(() -> door.withdraw("producer1", number, null)).isInstanceOf(ApplicationStateException.class)
                .hasMessageContaining("can no longer be withdrawn");
        assertThat(application(application).status()).isEqualTo(ApplicationStatus.refused);
        assertThat(applications.latestDecision(number, "withdrawal")).isEmpty();
    }

    @Test
    void theProcessStartsOnlyThroughTheDoor() {
        Application draft = door.createDraft("producer1", TestApplications.applicationForm(form()));
        long instances = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS_ID).count();

        assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey(PROCESS_ID, draft.number(), form()))
                .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class).hasMessageContaining("/api/applications");

        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS_ID).count())
                .isEqualTo(instances);
        assertThat(applications.get(draft.number()).status()).isEqualTo(ApplicationStatus.draft);
    }

    @Test
    void reviewsOutOfRangeOrWithoutDeclarationAreRefused() {
        ProcessInstance application = acceptedForReview(form());

        assertThatThrownBy(() -> complete(application, TASK_REVIEW_QUALITY, "academia1", "academia",
                vars("conflictOfInterest", "none", "qualityScore", 46, "labResult", "pass")))
                .hasMessageContaining("qualityScore: must be between 0 and 45");
        assertThatThrownBy(() -> complete(application, TASK_REVIEW_QUALITY, "academia1", "academia",
                vars("conflictOfInterest", "maybe", "qualityScore", 40, "labResult", "pass")))
                .hasMessageContaining("conflictOfInterest");
        assertThatThrownBy(() -> complete(application, TASK_REVIEW_MARKET, "association1", "association",
                vars("conflictOfInterest", "none", "marketingScore", 20)))
                .hasMessageContaining("communityScore: is required");

        assertThat(application).isWaitingAt(TASK_REVIEW_QUALITY, TASK_REVIEW_MARKET);
        assertThat(engine.getRuntimeService().getVariable(application.getId(), "qualityScore")).isNull();
    }

    @Test
    void screeningWithoutADecisionOrReasonIsRefused() {
        ProcessInstance application = submit(form());
        runDueJobs(application);

        assertThatThrownBy(() -> complete(application, TASK_SCREEN_APPLICATION, "agency1", "agency", vars()))
                .hasMessageContaining("screeningDecision: is required");
        assertThatThrownBy(() -> complete(application, TASK_SCREEN_APPLICATION, "agency1", "agency",
                vars("screeningDecision", "reject", "rejectionReason", " "))).hasMessageContaining("rejectionReason: is required");
        assertThat(application).isWaitingAt(TASK_SCREEN_APPLICATION);
    }

    @Test
    void onlyTheAgencyMayScreen() {
        ProcessInstance application = submit(form());
        runDueJobs(application);

        assertThatThrownBy(() -> complete(application, TASK_SCREEN_APPLICATION, "academia1", "academia",
                vars("screeningDecision", "accept"))).hasMessageContaining("academia1");
        assertThat(application).isWaitingAt(TASK_SCREEN_APPLICATION);
    }

    @Test
    void screeningIsDueInFiveWorkingDays() {
        ClockUtil.setCurrentTime(Date.from(java.time.ZonedDateTime.of(2026, 11, 26, 10, 0, 0, 0,
                java.time.ZoneId.of("Asia/Bishkek")).toInstant()));
        ProcessInstance application = submit(form());
        runDueJobs(application);

        assertThat(task(application, TASK_SCREEN_APPLICATION).getDueDate().toInstant())
                .isEqualTo(java.time.ZonedDateTime.of(2026, 12, 3, 18, 0, 0, 0, java.time.ZoneId.of("Asia/Bishkek")).toInstant());
    }

    /** Thursday 27 August 2026: Independence Day (Monday 31st) is in the holiday table. */
    @Test
    void dueDatesAndTimersCountTheHolidayTable() {
        ClockUtil.setCurrentTime(Date.from(bishkek(2026, 8, 27, 10)));
        ProcessInstance application = submit(form());
        runDueJobs(application);
        assertThat(task(application, TASK_SCREEN_APPLICATION).getDueDate().toInstant()).as("five working days, not four")
                .isEqualTo(bishkek(2026, 9, 4, 18));

        complete(application, TASK_SCREEN_APPLICATION, "agency1", "agency", vars("screeningDecision", "accept"));

        assertThat(task(application, TASK_REVIEW_QUALITY).getDueDate().toInstant()).as("10 days is a Sunday: Monday")
                .isEqualTo(bishkek(2026, 9, 7, 18));
        assertThat(timer(application, TIMER_QUALITY_REMINDER)).isEqualTo(bishkek(2026, 9, 4, 9));
        assertThat(timer(application, TIMER_QUALITY_OVERDUE)).isEqualTo(bishkek(2026, 9, 7, 18));
        assertThat(timer(application, TIMER_MARKET_OVERDUE)).isEqualTo(bishkek(2026, 9, 7, 18));
    }

    java.time.Instant timer(ProcessInstance application, String activityId) {
        return engine.getManagementService().createJobQuery().processInstanceId(application.getId()).activityId(activityId)
                .timers().singleResult().getDuedate().toInstant();
    }

    static java.time.Instant bishkek(int year, int month, int day, int hour) {
        return java.time.ZonedDateTime.of(year, month, day, hour, 0, 0, 0, java.time.ZoneId.of("Asia/Bishkek")).toInstant();
    }

    @Autowired
    org.springframework.context.MessageSource messages;

    String bodyOf(ProcessInstance application, String kind) {
        return jdbc.queryForObject("SELECT body_text FROM ovop_mail_message WHERE business_ref LIKE ? AND kind = ?", String.class,
                application(application).number() + "/%", kind);
    }

    String text(String language, String code, Object... arguments) {
        return messages.getMessage(code, arguments.length == 0 ? null : arguments, java.util.Locale.forLanguageTag(language));
    }

    @Test
    void aDistrictOfAnotherRegionIsRefusedAndNothingIsWritten() {
        int drafts = door.list("producer1").size();

        assertThatThrownBy(() -> door.createDraft("producer1", TestApplications.applicationForm(form("district", "Сузак району"))))
                .isInstanceOf(kg.ovop.web.BadRequestException.class).hasMessageContaining("Сузак району")
                .extracting(e -> ((kg.ovop.web.FieldException) e).field()).isEqualTo("district");
        Application draft = door.createDraft("producer1", TestApplications.applicationForm(form()));
        assertThatThrownBy(() -> door.updateDraft("producer1", draft.number(),
                TestApplications.applicationForm(form("region", "KG-J")))).isInstanceOf(kg.ovop.web.BadRequestException.class);

        assertThat(door.list("producer1")).hasSize(drafts + 1);
        assertThat(applications.get(draft.number()).regionCode()).isEqualTo("KG-N");

        // A draft saved before the lists said otherwise is checked again when it is submitted.
        jdbc.update("UPDATE ovop_application SET district = 'Сузак району' WHERE number = ?", draft.number());
        TestApplications.attachRequired(door, "producer1", draft.number());
        assertThatThrownBy(() -> door.submit("producer1", draft.number())).isInstanceOf(kg.ovop.web.BadRequestException.class)
                .extracting(e -> ((kg.ovop.web.FieldException) e).field()).isEqualTo("district");
        assertThat(applications.get(draft.number()).status()).isEqualTo(ApplicationStatus.draft);
    }

    /** Every refusal reaches the producer with its reason, in the language they chose. */
    @ParameterizedTest(name = "in {0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"ky", "ru", "en"})
    void everyRefusalTellsTheProducerWhyInTheirLanguage(String language) {
        ProcessInstance ineligible = submit(form("preferredLanguage", language, "localRawMaterialShare", 40));
        runDueJobs(ineligible);
        assertThat(bodyOf(ineligible, "APPLICATION_INELIGIBLE")).contains(text(language, "eligibility.local-share-too-low"));

        ProcessInstance rejected = submit(form("preferredLanguage", language));
        runDueJobs(rejected);
        complete(rejected, TASK_SCREEN_APPLICATION, "agency1", "agency",
                vars("screeningDecision", "reject", "rejectionReason", "Шырдак сатылып алынган / bought in"));
        assertThat(bodyOf(rejected, "APPLICATION_REJECTED")).contains("Шырдак сатылып алынган / bought in");

        ProcessInstance lowScores = acceptedForReview(form("preferredLanguage", language));
        review(lowScores, 20, "pass", 10, 19);
        assertThat(bodyOf(lowScores, "APPLICATION_NOT_RECOMMENDED")).contains(text(language, "rating.below-pass-mark", 49))
                .doesNotContain(text(language, "rating.lab-failed"));

        ProcessInstance labFailed = acceptedForReview(form("preferredLanguage", language));
        review(labFailed, 44, "fail", 25, 30);
        assertThat(bodyOf(labFailed, "APPLICATION_NOT_RECOMMENDED")).contains(text(language, "rating.lab-failed"))
                .doesNotContain(text(language, "rating.below-pass-mark", 99));

        ProcessInstance refused = acceptedForReview(form("preferredLanguage", language));
        review(refused, 35, "pass", 20, 20);
        complete(refused, TASK_DECIDE_AWARD, "committee1", "brand-committee", vars("conflictOfInterest", "none",
                "committeeDecision", "refuse", "committeeReason", "Айылда мындай продукт бар / already represented"));
        assertThat(bodyOf(refused, "APPLICATION_REFUSED")).contains("Айылда мындай продукт бар / already represented");
        assertThat(door.overview("producer1", application(lowScores).number()).decisions())
                .filteredOn(d -> "rating".equals(d.get("stage"))).singleElement()
                .satisfies(d -> assertThat(d).containsEntry("outcome", "notRecommended").containsEntry("details", "below-pass-mark")
                        .containsEntry("total", 49));
    }

    /** Awards the brand to an application and returns its certificate. */
    Certificate awarded(Map<String, Object> form) {
        ProcessInstance application = acceptedForReview(form);
        review(application, 35, "pass", 20, 20);
        complete(application, TASK_DECIDE_AWARD, "committee1", "brand-committee",
                vars("conflictOfInterest", "none", "committeeDecision", "award", "awardedStars", "4"));
        return certificates.findByNumber(application(application).certificateNumber()).orElseThrow();
    }

    @Test
    void anExpiringCertificateIsRenewedWithNoGapAndNoOverlap() {
        Certificate old = awarded(form("productNameKy", "Арстанбап жаңгагы", "category", "food"));
        String number = old.applicationRef();
        assertThatThrownBy(() -> door.renew("producer1", old.number())).as("not yet: 36 months to go")
                .isInstanceOf(ApplicationStateException.class).hasMessageContaining(old.expiresOn().minusDays(90).toString());
        assertThatThrownBy(() -> door.renew("otherproducer", old.number())).isInstanceOf(ApplicationNotFoundException.class);

        clock.set(old.expiresOn().minusDays(60).atTime(10, 0).atZone(java.time.ZoneId.of("Asia/Bishkek")).toInstant());
        Application renewal = door.renew("producer1", old.number());
        assertThat(renewal.status()).isEqualTo(ApplicationStatus.draft);
        assertThat(renewal.replacesNumber()).isEqualTo(old.number());
        assertThat(renewal.productNameKy()).as("the certified data copied in").isEqualTo(applications.get(number).productNameKy());
        assertThat(renewal.taxpayerNumber()).isEqualTo(applications.get(number).taxpayerNumber());
        assertThatThrownBy(() -> door.renew("producer1", old.number())).as("one renewal at a time")
                .isInstanceOf(ApplicationStateException.class);

        TestApplications.attachRequired(door, "producer1", renewal.number());
        ProcessInstance renewed = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(door.submit("producer1", renewal.number()).processInstanceId()).singleResult();
        runDueJobs(renewed);
        assertThat(renewed).as("the certificate it renews does not count as already certified").isWaitingAt(TASK_SCREEN_APPLICATION);
        complete(renewed, TASK_SCREEN_APPLICATION, "agency1", "agency", vars("screeningDecision", "accept"));
        review(renewed, 36, "pass", 21, 21);
        complete(renewed, TASK_DECIDE_AWARD, "committee1", "brand-committee",
                vars("conflictOfInterest", "none", "committeeDecision", "award", "awardedStars", "4"));

        Certificate next = certificates.findByNumber(application(renewed).certificateNumber()).orElseThrow();
        assertThat(next.replacesNumber()).isEqualTo(old.number());
        assertThat(next.issuedOn()).as("takes over the day after").isEqualTo(old.expiresOn().plusDays(1));
        assertThat(next.expiresOn()).isEqualTo(old.expiresOn().plusDays(1).plusMonths(36));
        assertThat(certificates.replacement(old.number())).map(Certificate::number).contains(next.number());
        assertThat(certificates.replacements(List.of(old.number(), next.number()))).as("the registry page's one query")
                .isEqualTo(Map.of(old.number(), next.number()));
        assertThat(certificates.findByNumber(old.number()).orElseThrow().statusOn(old.expiresOn()))
                .as("the old one stays valid to its last day").isEqualTo(kg.ovop.certificate.CertificateStatus.valid);
        assertThatThrownBy(() -> door.renew("producer1", old.number())).as("renewed once").isInstanceOf(ApplicationStateException.class);
    }

    @Test
    void aRevokedHolderWaitsBeforeTheSameProductIsCertifiedAgain() {
        // A taxpayer of this run's own: a database kept from an earlier run holds the earlier revocation.
        String taxpayer = "0" + String.format("%013d", Math.floorMod(java.util.UUID.randomUUID().getMostSignificantBits(), 10_000_000_000_000L));
        Certificate revoked = awarded(form("taxpayerNumber", taxpayer, "productNameKy", "Кымыз"));
        certificates.revoke(revoked.number(), "Counterfeit labels found in Bishkek shops", "admin");

        ProcessInstance again = submit(form("taxpayerNumber", taxpayer, "productNameKy", "Кымыз"));
        runDueJobs(again);

        assertThat(again).isEnded().hasPassed(TASK_NOTIFY_INELIGIBLE);
        assertThat(applications.latestDecision(application(again).number(), "eligibility").orElseThrow().details())
                .isEqualTo("waiting-period");

        clock.advance(java.time.Duration.ofDays(366));
        ProcessInstance later = submit(form("taxpayerNumber", taxpayer, "productNameKy", "Кымыз"));
        runDueJobs(later);
        assertThat(later).as("the waiting period has passed").isWaitingAt(TASK_SCREEN_APPLICATION);
    }
}
