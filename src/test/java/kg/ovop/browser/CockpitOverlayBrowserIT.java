package kg.ovop.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import kg.ovop.certificate.CertificateRegistry;
import kg.ovop.certification.BrandApplications;
import kg.ovop.certification.BrandCertification;
import kg.ovop.grant.CertifiedProducers;
import kg.ovop.grant.DevelopmentGrant;
import kg.ovop.grant.GrantApplications;
import kg.ovop.grant.GrantRequest;
import kg.ovop.grant.fund.CallRequest;
import kg.ovop.grant.fund.GrantCall;
import kg.ovop.grant.fund.GrantCalls;
import kg.ovop.monitoring.cockpit.ScreeningQueue;
import kg.ovop.web.Language;

/**
 * An administrator opens a process in Cockpit and sees on the diagram itself where applications
 * wait, for each process, without a badge covering any element's label at the zoom Cockpit opens with.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "ovop.mail.delivery=outbox")
@ActiveProfiles("test")
class CockpitOverlayBrowserIT {

    /** Each label or badge a badge covers, as "activity covers element": rectangles as the browser lays them out. */
    static final String COVERED_LABELS = """
            const badges = [...document.querySelectorAll('.ovop-overlay')];
            const covered = [];
            const labels = [...document.querySelectorAll('.djs-element text')].filter(t => t.textContent.trim());
            const overlap = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
            badges.forEach((badge, i) => badges.slice(i + 1).forEach(other => {
              if (overlap(badge.getBoundingClientRect(), other.getBoundingClientRect())) {
                covered.push(badge.dataset.activityId + ' covers the badge of ' + other.dataset.activityId);
              }
            }));
            for (const badge of badges) {
              for (const label of labels) {
                if (overlap(badge.getBoundingClientRect(), label.getBoundingClientRect())) {
                  covered.push(badge.dataset.activityId + ' covers ' + label.closest('.djs-element').dataset.elementId);
                }
              }
            }
            return covered;
            """;

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    @Autowired
    BrandApplications door;

    @Autowired
    IdentityService identity;

    @Autowired
    CertificateRegistry certificates;

    @Autowired
    GrantCalls calls;

    @Autowired
    GrantApplications grants;

    @Test
    void theDiagramShowsHowManyApplicationsWaitAtScreening() throws InterruptedException {
        long waiting = ScreeningQueue.submit(engine, door, 2);
        assertThat(waiting).isGreaterThanOrEqualTo(2);
        try (Browser browser = Browser.open()) {
            browser.scenario("cockpit-overlay", () -> {
                openDiagram(browser, BrandCertification.PROCESS_ID);
                WebElement badge = browser.visible(By.cssSelector(
                        ".ovop-overlay[data-activity-id='" + BrandCertification.TASK_SCREEN_APPLICATION + "']"));
                assertThat(badge.getText()).matches(waiting + "( waiting)?( · .+)?");
                assertThat(badge.getAttribute("title")).startsWith(waiting + " applications wait here now.");
                assertThat(coveredLabels(browser)).isEmpty();
                browser.screenshot("cockpit-overlay");
            });
        }
    }

    @Test
    void grantApplicationsWaitingAtScreeningScoringAndDecisionShowOnTheGrantDiagram() throws InterruptedException {
        GrantCall call = calls.create(new CallRequest("Cockpit (browser)", "Cockpit (browser)", "Cockpit (browser)", "1000000",
                "300000", 20, 10, List.of(), List.of(), LocalDate.now().minusDays(1).toString(),
                LocalDate.now().plusDays(30).toString(), 56), "admin");
        String producer = "gc" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        CertifiedProducers.account(identity, producer);
        String certificate = new CertifiedProducers(door, certificates).certificate(producer, Language.en);
        TaskSteps steps = new TaskSteps(engine.getTaskService(), identity);
        String[] numbers = new String[3];
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = grants.apply(producer, new GrantRequest(call.code(), certificate, "Cockpit " + i, "Felt workshop.",
                    "200000", "50000", Map.of("equipment", "225000", "administration", "25000"), 3, 2, 1)).number();
            steps.work(numbers[i], DevelopmentGrant.TASK_SCREEN, "agency1", "agency", Map.of("screeningDecision", "accept"));
        }
        // One at the decision (both scores in), one waiting for both scores, one for the market score only.
        steps.work(numbers[0], DevelopmentGrant.TASK_SCORE_FEASIBILITY, "academia1", "academia",
                Map.of("conflictOfInterest", "none", "feasibilityScore", 80));
        steps.work(numbers[0], DevelopmentGrant.TASK_SCORE_MARKET, "association1", "association",
                Map.of("conflictOfInterest", "none", "marketScore", 70));
        steps.work(numbers[2], DevelopmentGrant.TASK_SCORE_FEASIBILITY, "academia1", "academia",
                Map.of("conflictOfInterest", "none", "feasibilityScore", 75));
        steps.await(numbers[0], DevelopmentGrant.TASK_DECIDE);
        try (Browser browser = Browser.open()) {
            browser.scenario("cockpit-overlay-grants", () -> {
                openDiagram(browser, DevelopmentGrant.PROCESS_ID);
                for (String activity : List.of(DevelopmentGrant.TASK_SCORE_FEASIBILITY, DevelopmentGrant.TASK_SCORE_MARKET,
                        DevelopmentGrant.TASK_DECIDE)) {
                    assertThat(browser.visible(By.cssSelector(".ovop-overlay[data-activity-id='" + activity + "']")).getText())
                            .as(activity).matches("\\d+( waiting)?( · .+)?");
                }
                assertThat(coveredLabels(browser)).isEmpty();
                browser.screenshot("cockpit-overlay-grants");
            });
        }
    }

    private void openDiagram(Browser browser, String processKey) {
        String definitionId = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(processKey)
                .latestVersion().singleResult().getId();
        browser.loginToCamunda("http://localhost:" + port + "/camunda/app/cockpit/default/", "admin", "test-admin");
        browser.go("http://localhost:" + port + "/camunda/app/cockpit/default/#/process-definition/" + definitionId + "/runtime");
        browser.visible(By.cssSelector(".ovop-overlay"));
    }

    /** What the badges cover once the plugin has placed them (it places them again after Cockpit zooms to fit). */
    @SuppressWarnings("unchecked")
    private static List<String> coveredLabels(Browser browser) {
        AtomicReference<List<String>> covered = new AtomicReference<>(List.of());
        try {
            browser.until(driver -> {
                covered.set((List<String>) ((JavascriptExecutor) driver).executeScript(COVERED_LABELS));
                return covered.get().isEmpty();
            });
        } catch (TimeoutException stillCovered) {
            // The assertion names what stays covered.
        }
        return covered.get();
    }
}
