package kg.ovop.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import kg.ovop.certification.BrandApplications;
import kg.ovop.certification.BrandCertification;
import kg.ovop.monitoring.cockpit.ScreeningQueue;

/** An administrator opens the process in Cockpit and sees on the diagram itself where applications wait. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "ovop.mail.delivery=outbox")
@ActiveProfiles("test")
class CockpitOverlayBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    @Autowired
    BrandApplications door;

    @Test
    void theDiagramShowsHowManyApplicationsWaitAtScreening() throws InterruptedException {
        long waiting = ScreeningQueue.submit(engine, door, 2);
        assertThat(waiting).isGreaterThanOrEqualTo(2);
        String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(BrandCertification.PROCESS_ID).latestVersion().singleResult().getId();
        try (Browser browser = Browser.open()) {
            browser.scenario("cockpit-overlay", () -> {
                browser.loginToCamunda("http://localhost:" + port + "/camunda/app/cockpit/default/", "admin", "test-admin");
                browser.go("http://localhost:" + port + "/camunda/app/cockpit/default/#/process-definition/" + definitionId
                        + "/runtime");
                WebElement badge = browser.visible(By.cssSelector(
                        ".ovop-overlay[data-activity-id='" + BrandCertification.TASK_SCREEN_APPLICATION + "']"));
                assertThat(badge.getText()).matches(waiting + " waiting( · .+)?");
                assertThat(badge.getAttribute("title")).startsWith(waiting + " applications wait here now.");
                browser.screenshot("cockpit-overlay");
            });
        }
    }
}
