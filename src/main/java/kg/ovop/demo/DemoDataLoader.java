package kg.ovop.demo;

import static kg.ovop.certification.BrandCertification.*;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import kg.ovop.certification.Application;
import kg.ovop.certification.ApplicationForm;
import kg.ovop.certification.BrandApplications;
import kg.ovop.config.TimeConfiguration;
import kg.ovop.grant.DevelopmentGrant;
import kg.ovop.grant.GrantApplication;
import kg.ovop.grant.GrantApplications;
import kg.ovop.grant.GrantRequest;
import kg.ovop.grant.fund.CallRequest;
import kg.ovop.grant.fund.GrantCall;
import kg.ovop.grant.fund.GrantCalls;
import kg.ovop.region.Territory;
import kg.ovop.region.TerritoryDirectory;
import kg.ovop.web.Language;

/**
 * Sample applications for the local run only ({@code ovop.demo.data-enabled}, off in production):
 * a few dozen applications from every region, driven through the real process by the demo
 * reviewers at times spread over the past weeks, so the dashboard and Cockpit have something to
 * show. Marked as demo (producer names, e-mails at demo.example.org) and loaded once.
 */
@Component
@ConditionalOnProperty(name = "ovop.demo.data-enabled", havingValue = "true")
class DemoDataLoader {

    static final String MARKER_DOMAIN = "@demo.example.org";
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private static final String[] REGIONS = {"KG-B", "KG-C", "KG-J", "KG-N", "KG-O", "KG-T", "KG-Y", "KG-GB", "KG-GO"};
    private static final String[][] PRODUCTS = {
            {"food", "Тоо балы", "Горный мёд"}, {"food", "Кургатылган өрүк", "Курага"},
            {"food", "Жаңгак", "Грецкий орех"}, {"textiles-felt", "Шырдак", "Шырдак"},
            {"food", "Чычырканак джему", "Облепиховый джем"}, {"beverages", "Кымыз", "Кумыс"},
            {"crafts-souvenirs", "Кийизден оюнчуктар", "Войлочные игрушки"}, {"herbal-cosmetic", "Арча майы", "Масло арчи"}};

    /** How far each sample goes: its last stage. */
    enum Stage { screening, informationRequested, lapsed, rejected, expertReview, overdueReview, notRecommended,
        committee, refused, awarded, withdrawn }

    /** The demo producer who owns every sample application (shown in their portal). */
    private static final String DEMO_PRODUCER = "producer1";
    /** A conformity document's and a product photo's stand-in: enough of a PDF for the content check. */
    private static final byte[] DEMO_PDF = "%PDF-1.4\n% OVOP demo conformity certificate\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    /** How far each sample grant application goes. */
    enum GrantStage { screening, scoring, committee, approved, firstTranchePaid }

    private final ProcessEngine engine;
    private final BrandApplications applications;
    private final GrantApplications grants;
    private final GrantCalls calls;
    private final JdbcTemplate jdbc;
    private final TerritoryDirectory territories;

    DemoDataLoader(ProcessEngine engine, BrandApplications applications, GrantApplications grants, GrantCalls calls, JdbcTemplate jdbc,
            TerritoryDirectory territories) {
        this.grants = grants;
        this.calls = calls;
        this.territories = territories;
        this.engine = engine;
        this.applications = applications;
        this.jdbc = jdbc;
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() {
        Integer present = jdbc.queryForObject("SELECT COUNT(*) FROM ovop_application WHERE email LIKE ?", Integer.class,
                "%" + MARKER_DOMAIN);
        if (present != null && present > 0) {
            return;
        }
        Stage[] stages = Stage.values();
        Instant now = Instant.now();
        try {
            for (int i = 0; i < 36; i++) {
                Instant start = now.minus(Duration.ofDays(3 + (i * 5L) % 60)).minus(Duration.ofHours(i % 7));
                try {
                    drive(i, stages[i % stages.length], start, now);
                } catch (ProcessEngineException e) {
                    // Demo data must never stop the application from starting.
                    log.warn("Demo application {} stopped early: {}", i + 1, e.getMessage());
                }
            }
            ClockUtil.reset();
            loadGrants();
        } finally {
            ClockUtil.reset();
        }
        log.info("Loaded 36 demo applications and a grant call with applications at several stages (local run only)");
    }

    /**
     * A call open today with the demo producer's grant applications at several stages, for the
     * certified products the brand samples were awarded; the rest of the story is the user's to play.
     */
    private void loadGrants() {
        LocalDate today = LocalDate.now(TimeConfiguration.BISHKEK);
        GrantCall call = calls.create(new CallRequest("Айыл өнүгүүсү 2026 (demo)", "Развитие села 2026 (demo)",
                "Village development 2026 (demo)", "3000000", "300000", 20, 10, List.of(), List.of(), today.minusDays(30).toString(),
                today.plusDays(60).toString(), 56), "admin");
        List<String> certified = applications.list(DEMO_PRODUCER).stream().map(Application::certificateNumber)
                .filter(java.util.Objects::nonNull).toList();
        if (certified.isEmpty()) {
            log.warn("No demo certificate was awarded: demo call {} has no applications", call.code());
            return;
        }
        GrantStage[] stages = GrantStage.values();
        for (int i = 0; i < stages.length; i++) {
            try {
                driveGrant(call, certified.get(i % certified.size()), i, stages[i]);
            } catch (ProcessEngineException | kg.ovop.web.FieldException e) {
                log.warn("Demo grant application {} stopped early: {}", i + 1, e.getMessage());
            }
        }
    }

    private void driveGrant(GrantCall call, String certificate, int i, GrantStage last) {
        String requested = String.valueOf(120_000 + 40_000 * i);
        String own = String.valueOf(40_000 + 10_000 * i);
        long total = Long.parseLong(requested) + Long.parseLong(own);
        GrantApplication grant = grants.apply(DEMO_PRODUCER, new GrantRequest(call.code(), certificate, "Демо долбоор " + (i + 1) + " (demo)",
                "Demo project generated for the local run: equipment and packaging.", requested, own,
                Map.of("equipment", String.valueOf(total - 30_000 - total / 10), "packaging", "30000",
                        "administration", String.valueOf(total / 10)), 2 + i, 1 + i / 2, 1));
        ProcessInstance application = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(grant.processInstanceId()).singleResult();
        runJobs(application);
        Instant now = Instant.now();
        if (last == GrantStage.screening
                || step(application, DevelopmentGrant.TASK_SCREEN, "agency1", "agency", now, now,
                        Map.of(DevelopmentGrant.SCREENING_DECISION.name(), "accept")) == null
                || last == GrantStage.scoring) {
            return;
        }
        step(application, DevelopmentGrant.TASK_SCORE_FEASIBILITY, "academia1", "academia", now, now,
                Map.of(DevelopmentGrant.CONFLICT_OF_INTEREST, "none", DevelopmentGrant.FEASIBILITY_SCORE, 70 + i * 5));
        step(application, DevelopmentGrant.TASK_SCORE_MARKET, "association1", "association", now, now,
                Map.of(DevelopmentGrant.CONFLICT_OF_INTEREST, "none", DevelopmentGrant.MARKET_SCORE, 60 + i * 5));
        if (last == GrantStage.committee) {
            return;
        }
        step(application, DevelopmentGrant.TASK_DECIDE, "grantcommittee1", "grant-committee", now, now,
                Map.of(DevelopmentGrant.CONFLICT_OF_INTEREST, "none", DevelopmentGrant.GRANT_DECISION.name(), "approve",
                        DevelopmentGrant.APPROVED_AMOUNT, new java.math.BigDecimal(requested)));
        if (last == GrantStage.approved) {
            return;
        }
        grants.addDocument(DEMO_PRODUCER, grant.number(), "bank-certificate", "bank-certificate.pdf", DEMO_PDF.length,
                new ByteArrayInputStream(DEMO_PDF));
        grants.sign(DEMO_PRODUCER, grant.number(), Map.of(DevelopmentGrant.OWN_CONTRIBUTION_CONFIRMED, true,
                DevelopmentGrant.AGREEMENT_ACCEPTED, true));
        runJobs(application);
        java.math.BigDecimal first = java.math.BigDecimal.valueOf(grants.tranches(DEMO_PRODUCER, grant.number()).get(0).planned().tyiyn(), 2);
        step(application, DevelopmentGrant.TASK_PAY_TRANCHE, "finance1", "finance", now, now,
                Map.of(DevelopmentGrant.PAID_AMOUNT, first, DevelopmentGrant.PAID_ON, LocalDate.now(TimeConfiguration.BISHKEK).toString(),
                        DevelopmentGrant.PAYMENT_REFERENCE, "DEMO-" + (i + 1)));
    }

    private void drive(int i, Stage last, Instant start, Instant now) {
        String[] product = PRODUCTS[i % PRODUCTS.length];
        at(start);
        ApplicationForm form = new ApplicationForm(i % 3 == 0 ? "cooperative" : "farmer-household",
                "Демо өндүрүүчү " + (i + 1) + " (demo)", String.format("9%013d", i + 1), "+996700000" + String.format("%03d", i),
                "producer" + (i + 1) + MARKER_DOMAIN, i % 2 == 0 ? Language.ky : Language.ru, REGIONS[i % REGIONS.length],
                district(REGIONS[i % REGIONS.length]), "Demo aiyl aimak", "Demo village " + (i + 1), product[1] + " #" + (i + 1),
                product[2] + " #" + (i + 1), null, product[0], "Demo application generated for the local run.", null,
                60 + (i * 7) % 41, 100 + i * 25, "kg", null, i % 4 == 0, false, false, true);
        Application draft = applications.createDraft(DEMO_PRODUCER, form);
        applications.addDocument(DEMO_PRODUCER, draft.number(), "conformity", "conformity.pdf", DEMO_PDF.length,
                new ByteArrayInputStream(DEMO_PDF));
        applications.addDocument(DEMO_PRODUCER, draft.number(), "photo", "product.pdf", DEMO_PDF.length,
                new ByteArrayInputStream(DEMO_PDF));
        ProcessInstance application = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(applications.submit(DEMO_PRODUCER, draft.number()).processInstanceId()).singleResult();
        runJobs(application);
        Instant t = start;
        if (last == Stage.screening) {
            return;
        }
        // Osh has an office with a demo member (agencyosh1); every other region falls back to the national queue.
        boolean osh = "agency-osh".equals(screeningQueue(application));
        t = step(application, TASK_SCREEN_APPLICATION, osh ? "agencyosh1" : "agency1", osh ? "agency-osh" : "agency",
                t.plus(Duration.ofHours(20 + i)), now,
                last == Stage.rejected ? Map.of(SCREENING_DECISION.name(), "reject", REJECTION_REASON, "Demo: not local")
                        : last == Stage.informationRequested || last == Stage.lapsed
                                ? Map.of(SCREENING_DECISION.name(), "requestInformation", INFORMATION_REQUEST, "Demo: photos?")
                                : Map.of(SCREENING_DECISION.name(), "accept"));
        if (t == null || last == Stage.rejected || last == Stage.informationRequested) {
            return;
        }
        if (last == Stage.lapsed) {
            fireTimers(application, TIMER_INFORMATION_OVERDUE, t.plus(Duration.ofDays(30)), now);
            return;
        }
        if (last == Stage.withdrawn) {
            at(t.plus(Duration.ofDays(2)));
            applications.withdraw(DEMO_PRODUCER, draft.number(), "Demo: the harvest failed this year");
            runJobs(application);
            return;
        }
        if (last == Stage.expertReview) {
            return;
        }
        if (last == Stage.overdueReview) {
            fireTimers(application, TIMER_QUALITY_REMINDER, t.plus(Duration.ofDays(7)), now);
            fireTimers(application, TIMER_QUALITY_OVERDUE, t.plus(Duration.ofDays(10)), now);
            return;
        }
        int quality = last == Stage.notRecommended ? 15 : 30 + i % 15;
        t = step(application, TASK_REVIEW_QUALITY, "academia1", "academia", t.plus(Duration.ofDays(3 + i % 6)), now,
                Map.of(CONFLICT_OF_INTEREST, "none", QUALITY_SCORE, quality, LAB_RESULT, "pass"));
        t = t == null ? null : step(application, TASK_REVIEW_MARKET, "association1", "association",
                t.plus(Duration.ofDays(1 + i % 4)), now, Map.of(CONFLICT_OF_INTEREST, "none",
                        MARKETING_SCORE, 12 + i % 13, COMMUNITY_SCORE, 14 + i % 16));
        if (t == null || last == Stage.notRecommended || last == Stage.committee) {
            return;
        }
        Integer recommended = applications.get(DEMO_PRODUCER, draft.number()).recommendedStars();
        if (recommended == null || recommended < 3) {
            return;
        }
        step(application, TASK_DECIDE_AWARD, "committee1", "brand-committee", t.plus(Duration.ofDays(2)), now,
                last == Stage.refused ? Map.of(CONFLICT_OF_INTEREST, "none", COMMITTEE_DECISION.name(), "refuse",
                        COMMITTEE_REASON, "Demo: similar product already certified")
                        : Map.of(CONFLICT_OF_INTEREST, "none", COMMITTEE_DECISION.name(), "award",
                                AWARDED_STARS, String.valueOf(recommended)));
    }

    /** A district of the region from the territory lists (where it has none, any name is taken). */
    private String district(String region) {
        return territories.districts(region).stream().findFirst().map(Territory::nameKy).orElse("Demo district");
    }

    private String screeningQueue(ProcessInstance application) {
        Task screening = engine.getTaskService().createTaskQuery().processInstanceId(application.getId())
                .taskDefinitionKey(TASK_SCREEN_APPLICATION).singleResult();
        return screening == null ? null : engine.getTaskService().getIdentityLinksForTask(screening.getId()).stream()
                .filter(link -> link.getGroupId() != null).map(IdentityLink::getGroupId).findFirst().orElse(null);
    }

    /** Completes a task at a time in the past; returns that time, or null when it would lie in the future. */
    private Instant step(ProcessInstance application, String taskKey, String user, String group, Instant when, Instant now,
            Map<String, Object> variables) {
        if (when.isAfter(now)) {
            return null;
        }
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(application.getId())
                .taskDefinitionKey(taskKey).singleResult();
        if (task == null) {
            return null;
        }
        // Claimed some hours before it is done, so the dashboard splits waiting from working time.
        Instant claimed = when.minus(Duration.ofHours(2 + Math.floorMod(task.getId().hashCode(), 30)));
        at(claimed.isAfter(task.getCreateTime().toInstant()) ? claimed : task.getCreateTime().toInstant());
        as(user, group, () -> {
            engine.getTaskService().claim(task.getId(), user);
            return null;
        });
        at(when);
        as(user, group, () -> {
            engine.getTaskService().complete(task.getId(), variables);
            return null;
        });
        runJobs(application);
        return when;
    }

    private void fireTimers(ProcessInstance application, String activityId, Instant when, Instant now) {
        if (when.isAfter(now)) {
            return;
        }
        at(when);
        for (Job timer : engine.getManagementService().createJobQuery().processInstanceId(application.getId())
                .activityId(activityId).timers().list()) {
            execute(timer);
        }
        runJobs(application);
    }

    private void runJobs(ProcessInstance application) {
        for (int round = 0; round < 20; round++) {
            List<Job> due = engine.getManagementService().createJobQuery().processInstanceId(application.getId())
                    .executable().list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(this::execute);
        }
    }

    private void execute(Job job) {
        try {
            engine.getManagementService().executeJob(job.getId());
        } catch (ProcessEngineException takenByTheJobExecutor) {
            // The running job executor may take (or have finished) the same job: it does the work then.
            log.debug("Job {} was run by the job executor meanwhile: {}", job.getId(), takenByTheJobExecutor.getMessage());
        }
    }

    private static void at(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
    }

    private <T> T as(String user, String group, Supplier<T> work) {
        engine.getIdentityService().setAuthentication(user, List.of(group));
        try {
            return work.get();
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }
}
