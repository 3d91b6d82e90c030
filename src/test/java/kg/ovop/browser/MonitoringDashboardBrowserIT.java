package kg.ovop.browser;

import static org.assertj.core.api.Assertions.assertThat;


import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import kg.ovop.certification.BrandApplications;
import kg.ovop.certification.BrandCertification;
import kg.ovop.certification.TestApplications;

/** An administrator signs in and sees where applications wait, charts included. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "ovop.mail.delivery=outbox")
@ActiveProfiles("test")
class MonitoringDashboardBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    TaskService tasks;

    @Autowired
    BrandApplications door;

    @Test
    void theDashboardShowsTheWaitingApplications() {
        TestApplications.submit(door, "producer1", TestApplications.form());
        TestApplications.submit(door, "producer1", TestApplications.form());
        try (Browser browser = Browser.open()) {
            browser.scenario("monitoring", () -> {
                browser.until(d -> tasks.createTaskQuery().taskDefinitionKey(BrandCertification.TASK_SCREEN_APPLICATION)
                        .count() >= 2);
                browser.go("http://localhost:" + port + "/login?lang=en");
                browser.visible(By.id("username")).sendKeys("admin");
                browser.visible(By.id("password")).sendKeys("test-admin");
                browser.click(By.cssSelector("button[type=submit]"));
                browser.assertAccessible("login");
                browser.go("http://localhost:" + port + "/admin/monitoring?lang=en");
                browser.visible(By.xpath("//h1[normalize-space()='Where applications wait']"));
                browser.visible(By.cssSelector("#chart-waiting canvas"));
                browser.visible(By.cssSelector("#chart-weekly canvas"));
                browser.visible(By.cssSelector("#chart-funnel canvas"));
                assertThat(browser.visible(By.xpath("//table[@id='funnel']/tbody/tr[2]")).getText()).contains("Screen application");
                // Other tests on the same database leave older waits; the two screenings are among the bottlenecks.
                assertThat(browser.visible(By.xpath("//ol/li[contains(normalize-space(), 'Screen application')]")).getText())
                        .containsPattern("\\d+ waiting");
                browser.screenshot("monitoring-dashboard");
                browser.assertAccessible("monitoring-dashboard");
                // The administrators' other pages and the public ones, in each language, pass axe-core too.
                for (String lang : new String[] {"en", "ru", "ky"}) {
                    for (String page : new String[] {"/admin/monitoring", "/admin/outbox", "/admin/holidays", "/admin/territories",
                            "/registry", "/"}) {
                        browser.go("http://localhost:" + port + page + "?lang=" + lang);
                        browser.visible(By.tagName("h1"));
                        browser.assertAccessible(lang + page.replace('/', '-'));
                    }
                }
            });
        }
    }
}
