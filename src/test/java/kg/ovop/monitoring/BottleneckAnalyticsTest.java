package kg.ovop.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import kg.ovop.certification.BrandApplications;
import kg.ovop.certification.BrandCertification;
import kg.ovop.certification.EngineDriver;
import kg.ovop.certification.TestApplications;

/**
 * Analytics over a history the engine writes under a controlled clock, so every duration is
 * known: the applications are in Osh city (KG-GO), which no other test uses, and the report is
 * filtered to it. Each test removes its history afterwards, so a database kept between runs holds
 * nothing else in the windows.
 */
@SpringBootTest(properties = {"camunda.bpm.job-execution.enabled=false", "ovop.mail.delivery=outbox"})
@ActiveProfiles("test")
class BottleneckAnalyticsTest {

    /** A Monday, 09:00 in Bishkek. */
    static final Instant T0 = Instant.parse("2031-03-03T03:00:00Z");
    static final String REGION = "KG-Y";

    @Autowired
    ProcessEngine engine;

    @Autowired
    BrandApplications door;

    @Autowired
    BottleneckAnalytics analytics;

    @Autowired
    HistoryIndexes indexes;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SqlDialect dialect;

    final List<String> started = new ArrayList<>();
    Instant start = T0;

    /** Each test's instances leave with it, so work in progress "now" is only the test's own. */
    @AfterEach
    void cleanUp() {
        List<String> running = started.stream().filter(id -> engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(id).count() > 0).toList();
        if (!running.isEmpty()) {
            engine.getRuntimeService().deleteProcessInstances(running, "test finished", true, true);
        }
        if (!started.isEmpty()) {
            engine.getHistoryService().deleteHistoricProcessInstancesIfExists(started);
        }
        ClockUtil.reset();
    }

    void at(Duration afterStart) {
        ClockUtil.setCurrentTime(Date.from(start.plus(afterStart)));
    }

    ProcessInstance submit() {
        ProcessInstance instance = driver().submit(TestApplications.form("region", REGION, "district", "Ысык-Көл району"));
        started.add(instance.getId());
        driver().runDueJobs(instance);
        return instance;
    }

    EngineDriver driver() {
        return new EngineDriver(engine, door);
    }

    Task task(ProcessInstance instance, String taskKey) {
        return driver().task(instance, taskKey);
    }

    void claim(ProcessInstance instance, String taskKey, String user) {
        driver().claim(instance, taskKey, user);
    }

    void complete(ProcessInstance instance, String taskKey, String user, String group, Map<String, Object> variables) {
        driver().complete(instance, taskKey, user, group, variables);
    }

    @Test
    void durationsWorkInProgressQueuesAndTheRankingAreExact() {
        at(Duration.ZERO);
        ProcessInstance first = submit();
        ProcessInstance second = submit();
        ProcessInstance third = submit();
        Map<String, Object> accept = Map.of("screeningDecision", "accept");
        at(Duration.ofHours(1));
        // Offered to the agency twice: still one task handled by the agency.
        engine.getTaskService().addCandidateGroup(task(first, BrandCertification.TASK_SCREEN_APPLICATION).getId(), "agency");
        claim(first, BrandCertification.TASK_SCREEN_APPLICATION, "agency1");
        at(Duration.ofHours(2));
        complete(first, BrandCertification.TASK_SCREEN_APPLICATION, "agency1", "agency", accept);
        at(Duration.ofHours(4));
        complete(second, BrandCertification.TASK_SCREEN_APPLICATION, "agency1", "agency", accept);
        at(Duration.ofHours(6));
        claim(third, BrandCertification.TASK_SCREEN_APPLICATION, "agency2");
        at(Duration.ofHours(10));
        complete(third, BrandCertification.TASK_SCREEN_APPLICATION, "agency1", "agency", accept);
        at(Duration.ofHours(11));
        complete(first, BrandCertification.TASK_REVIEW_MARKET, "association1", "association",
                Map.of("conflictOfInterest", "none", "marketingScore", 20, "communityScore", 20));
        at(Duration.ofHours(12));

        MonitoringReport report = analytics.report(new MonitoringQuery(BrandCertification.PROCESS_ID, T0,
                T0.plus(Duration.ofDays(7)), REGION, null));

        // Tables read in the order work flows, whatever order the modeler saved the elements in.
        assertThat(report.activities()).extracting(ActivityStats::activityId).containsSubsequence(
                "ServiceTask_RegisterApplication", "BusinessRuleTask_CheckEligibility", BrandCertification.TASK_SCREEN_APPLICATION,
                BrandCertification.TASK_REVIEW_QUALITY);
        ActivityStats screening = activity(report, BrandCertification.TASK_SCREEN_APPLICATION);
        assertThat(screening.completed()).isEqualTo(3);
        assertThat(screening.waitingNow()).isZero();
        assertThat(screening.meanHours()).isCloseTo(16 / 3d, within(0.01));
        assertThat(screening.medianHours()).isEqualTo(4.0);
        assertThat(screening.p90Hours()).isEqualTo(10.0);
        assertThat(screening.p95Hours()).isEqualTo(10.0);
        // Waited for a claim 1, 4 and 6 h; worked 1, 0 and 4 h.
        assertThat(screening.medianWaitForClaimHours()).isEqualTo(4.0);
        assertThat(screening.medianWorkingHours()).isEqualTo(1.0);

        ActivityStats quality = activity(report, BrandCertification.TASK_REVIEW_QUALITY);
        assertThat(quality.waitingNow()).isEqualTo(3);
        assertThat(quality.oldestWaitingSince()).isEqualTo(T0.plus(Duration.ofHours(2)));
        assertThat(quality.totalWaitingHours()).isCloseTo(10 + 8 + 2, within(0.01));
        ActivityStats market = activity(report, BrandCertification.TASK_REVIEW_MARKET);
        assertThat(market.waitingNow()).isEqualTo(2);
        assertThat(market.completed()).isEqualTo(1);
        assertThat(market.medianHours()).isEqualTo(9.0);

        assertThat(report.bottlenecks()).extracting(Bottleneck::activityId)
                .startsWith(BrandCertification.TASK_REVIEW_QUALITY, BrandCertification.TASK_REVIEW_MARKET);
        assertThat(report.bottlenecks().get(0).explanation()).isEqualTo("3 waiting, the oldest for 0.4 days");

        assertThat(report.groups()).extracting(GroupStats::group, GroupStats::queueNow, GroupStats::completed)
                .contains(tuple("academia", 3L, 0L),
                        tuple("association", 2L, 1L),
                        tuple("agency", 0L, 3L));
        assertThat(report.groups().get(0).group()).isEqualTo("academia");
        GroupStats agency = report.groups().stream().filter(g -> g.group().equals("agency")).findFirst().orElseThrow();
        assertThat(agency.medianHandlingHours()).isEqualTo(4.0);
        assertThat(agency.completedPerWeek()).isEqualTo(3.0);

        Throughput applications = report.throughput().get(0);
        assertThat(applications.activityId()).isEqualTo(BrandCertification.PROCESS_ID);
        assertThat(applications.weeks()).containsExactly(new Throughput.WeekCount(LocalDate.of(2031, 3, 3), 3, 0),
                new Throughput.WeekCount(LocalDate.of(2031, 3, 10), 0, 0));
        assertThat(applications.backlogChange()).isEqualTo(3);
        assertThat(report.throughput()).extracting(Throughput::activityId, Throughput::arrivals, Throughput::completions)
                .contains(tuple(BrandCertification.TASK_SCREEN_APPLICATION, 3L, 3L),
                        tuple(BrandCertification.TASK_REVIEW_MARKET, 3L, 1L));
        assertThat(report.funnel().started()).isEqualTo(3);
        assertThat(report.funnel().stages()).extracting(Funnel.Stage::activityId, Funnel.Stage::reached)
                .startsWith(tuple(BrandCertification.TASK_SCREEN_APPLICATION, 3L));
        assertThat(report.funnel().outcomes()).containsExactly(new Funnel.Outcome(null, null, "ACTIVE", 3));
    }

    @Test
    void theFunnelShowsWhereApplicationsEnded() {
        start = T0.plus(Duration.ofDays(120));
        at(Duration.ZERO);
        ProcessInstance refused = submit();
        ProcessInstance accepted = submit();
        ProcessInstance cancelled = submit();
        at(Duration.ofHours(2));
        engine.getRuntimeService().deleteProcessInstance(cancelled.getId(), "duplicate application");
        at(Duration.ofHours(3));
        complete(refused, BrandCertification.TASK_SCREEN_APPLICATION, "agency1", "agency",
                Map.of("screeningDecision", "reject", "rejectionReason", "The product is not made in the village."));
        complete(accepted, BrandCertification.TASK_SCREEN_APPLICATION, "agency1", "agency",
                Map.of("screeningDecision", "accept"));

        MonitoringReport report = analytics.report(new MonitoringQuery(BrandCertification.PROCESS_ID, start,
                start.plus(Duration.ofDays(7)), REGION, null));
        assertThat(report.funnel().started()).isEqualTo(3);
        assertThat(report.funnel().stages()).extracting(Funnel.Stage::activityId, Funnel.Stage::reached).containsExactly(
                tuple(BrandCertification.TASK_SCREEN_APPLICATION, 3L),
                tuple(BrandCertification.TASK_REVIEW_QUALITY, 1L),
                tuple(BrandCertification.TASK_REVIEW_MARKET, 1L));
        assertThat(report.funnel().outcomes()).containsExactlyInAnyOrder(
                new Funnel.Outcome(null, null, "ACTIVE", 1),
                new Funnel.Outcome("EndEvent_RejectedByAgency", "Rejected by agency", "COMPLETED", 1),
                new Funnel.Outcome(null, null, "INTERNALLY_TERMINATED", 1));
        // The cancelled screening arrived but was neither finished work nor a duration.
        assertThat(report.throughput()).extracting(Throughput::activityId, Throughput::arrivals, Throughput::completions)
                .contains(tuple(BrandCertification.TASK_SCREEN_APPLICATION, 3L, 2L));
        ActivityStats screening = activity(report, BrandCertification.TASK_SCREEN_APPLICATION);
        assertThat(screening.completed()).isEqualTo(2);
        assertThat(screening.medianHours()).isEqualTo(3.0);
        assertThat(report.throughput().get(0).completions()).isEqualTo(2);
    }

    @Test
    void overdueTasksAndFiltersByGroupAndRegion() {
        start = T0.plus(Duration.ofDays(60));
        at(Duration.ZERO);
        ProcessInstance application = submit();
        at(Duration.ofHours(1));
        complete(application, BrandCertification.TASK_SCREEN_APPLICATION, "agency1", "agency",
                Map.of("screeningDecision", "accept"));
        at(Duration.ofDays(12));

        MonitoringReport academiaOnly = analytics.report(new MonitoringQuery(BrandCertification.PROCESS_ID, start,
                start.plus(Duration.ofDays(14)), REGION, "academia"));
        assertThat(academiaOnly.activities()).extracting(ActivityStats::activityId)
                .containsExactly(BrandCertification.TASK_REVIEW_QUALITY);
        assertThat(activity(academiaOnly, BrandCertification.TASK_REVIEW_QUALITY).overdueNow()).isEqualTo(1);
        assertThat(academiaOnly.bottlenecks().get(0).explanation()).contains("past the due date");

        MonitoringReport elsewhere = analytics.report(new MonitoringQuery(BrandCertification.PROCESS_ID, start,
                start.plus(Duration.ofDays(14)), "KG-T", null));
        assertThat(elsewhere.activities()).isEmpty();
        assertThat(elsewhere.groups()).isEmpty();
    }

    @Test
    void theHistoryIndexesAreBuiltAfterStartUpAndValid() throws Exception {
        indexes.applied().get(2, TimeUnit.MINUTES);
        assertThat(jdbc.queryForList("SELECT version FROM ovop_monitoring_schema_history WHERE success ORDER BY installed_rank",
                String.class)).containsExactly("0", "1", "2");
        if (dialect.postgres()) {
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
                    + " WHERE i.indisvalid AND c.relname LIKE 'ovop_hi_%'", Integer.class)).isEqualTo(8);
        }
    }

    static ActivityStats activity(MonitoringReport report, String id) {
        return report.activities().stream().filter(a -> a.activityId().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + id + " in " + report.activities()));
    }
}
