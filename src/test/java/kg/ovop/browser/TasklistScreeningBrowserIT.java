package kg.ovop.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import kg.ovop.certification.BrandApplications;
import kg.ovop.certification.BrandCertification;
import kg.ovop.certification.TestApplications;

/** An agency reviewer works the screening task in Camunda Tasklist, as a person would. */
// Mail is only recorded here (no SMTP server); MailServiceIT and the end-to-end test send real SMTP.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "ovop.mail.delivery=outbox")
@ActiveProfiles("test")
class TasklistScreeningBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    HistoryService historyService;

    @Autowired
    BrandApplications door;

    @Test
    void agencyReviewerAcceptsAnApplicationThroughTheCamundaForm() {
        try (Browser browser = Browser.open()) {
            browser.scenario("tasklist-screening", () -> {
                ProcessInstance application = submitAsProducer();
                // The acknowledgement runs first on the job executor; then the screening task appears.
                browser.until(d -> taskService.createTaskQuery().processInstanceId(application.getId()).count() == 1);
                Task screening = taskService.createTaskQuery().processInstanceId(application.getId()).singleResult();

                browser.loginToCamunda("http://localhost:" + port + "/camunda/app/tasklist/default/", "agency1", "demo");
                browser.visible(By.xpath("//*[contains(normalize-space(), 'Queue: OVOP agency')]"));

                browser.go("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + screening.getId());
                browser.clickable(By.cssSelector("button.claim")).click();
                assertThat(browser.visible(By.cssSelector("[id$='-Field_productNameKy']")).getAttribute("value"))
                        .isEqualTo("Токтогул бал");
                assertThat(browser.visible(By.cssSelector("[id$='-Field_producerName']")).getAttribute("value"))
                        .isEqualTo("Айгүл Асанова");

                browser.click(By.xpath("//label[normalize-space()='Accept for expert review']"));
                browser.screenshot("tasklist-screening-form");
                browser.click(By.xpath("//button[normalize-space()='Complete']"));

                browser.until(d -> taskService.createTaskQuery().processInstanceId(application.getId())
                        .taskDefinitionKey(BrandCertification.TASK_REVIEW_QUALITY).count() == 1);
                browser.screenshot("tasklist-screening-completed");
                assertThat(taskService.createTaskQuery().processInstanceId(application.getId())
                        .taskDefinitionKey(BrandCertification.TASK_REVIEW_MARKET).count()).isEqualTo(1);
                assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(application.getId())
                        .variableName(BrandCertification.SCREENING_DECISION.name()).singleResult().getValue())
                        .isEqualTo("accept");
            });
        }
    }

    /**
     * From the screening form, one click opens the application as stored with its documents (the
     * Tasklist sign-in is enough), and the producer's PDF downloads as an attachment.
     */
    @Test
    void agencyReviewerOpensTheProducersDocumentsFromTheTask() {
        try (Browser browser = Browser.open()) {
            browser.scenario("tasklist-review-documents", () -> {
                ProcessInstance application = submitAsProducer();
                Task screening = await(application, BrandCertification.TASK_SCREEN_APPLICATION);
                String number = historyService.createHistoricProcessInstanceQuery().processInstanceId(application.getId())
                        .singleResult().getBusinessKey();

                browser.loginToCamunda("http://localhost:" + port + "/camunda/app/tasklist/default/", "agency1", "demo");
                browser.go("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + screening.getId());
                browser.clickable(By.cssSelector("button.claim")).click();
                browser.visible(By.linkText("Open the full application and its documents"));
                assertThat(browser.driver().findElements(By.xpath("//label[contains(., 'Questions asked')]")))
                        .as("no earlier rounds: the field is hidden").isEmpty();
                String tasklist = browser.driver().getWindowHandle();
                browser.click(By.linkText("Open the full application and its documents"));
                for (String window : browser.driver().getWindowHandles()) {
                    if (!window.equals(tasklist)) {
                        browser.driver().switchTo().window(window);
                    }
                }

                browser.visible(By.xpath("//h1[contains(normalize-space(), '" + number + "')]"));
                assertThat(browser.driver().getCurrentUrl()).endsWith("/review/applications/" + number);
                var document = browser.visible(By.xpath("//a[normalize-space()='conformity.pdf']"));
                browser.screenshot("review-application");
                Object download = ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0]).then(r => done(r.status + ' ' + r.headers.get('content-type') + ' '"
                                + " + r.headers.get('content-disposition')));", document.getAttribute("href"));
                assertThat(download).asString().startsWith("200 application/pdf attachment;").contains("conformity.pdf");
            });
        }
    }

    /**
     * A rule the browser cannot know (a level other than the rating's needs a reason) is checked by
     * the server; Tasklist shows its answer (a 400 naming the field) and the task stays open.
     */
    @Test
    void theCommitteeSeesWhyTheServerRefusesADecision() {
        try (Browser browser = Browser.open()) {
            browser.scenario("tasklist-committee-refused", () -> {
                ProcessInstance application = submitAsProducer();
                complete(application, BrandCertification.TASK_SCREEN_APPLICATION, Map.of("screeningDecision", "accept"));
                complete(application, BrandCertification.TASK_REVIEW_QUALITY,
                        Map.of("conflictOfInterest", "none", "qualityScore", 35, "labResult", "pass"));
                complete(application, BrandCertification.TASK_REVIEW_MARKET,
                        Map.of("conflictOfInterest", "none", "marketingScore", 20, "communityScore", 20));
                Task committee = await(application, BrandCertification.TASK_DECIDE_AWARD);

                browser.loginToCamunda("http://localhost:" + port + "/camunda/app/tasklist/default/", "committee1", "demo");
                browser.go("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + committee.getId());
                browser.clickable(By.cssSelector("button.claim")).click();
                assertThat(browser.visible(By.cssSelector("[id$='-Field_recommendedStars']")).getAttribute("value")).isEqualTo("4");
                browser.click(By.xpath("//label[contains(normalize-space(), 'no conflict of interest')]"));
                browser.click(By.xpath("//label[normalize-space()='Award the brand']"));
                browser.click(By.xpath("//div[contains(@class, 'fjs-form-field-select')][.//label[starts-with(normalize-space(), 'Awarded level')]]"
                        + "//*[contains(@class, 'fjs-input-group')]"));
                browser.click(By.xpath("//*[contains(@class, 'fjs-dropdownlist-item') and normalize-space()='5 stars']"));
                browser.click(By.xpath("//button[normalize-space()='Complete']"));

                browser.visible(By.xpath("//*[contains(text(), 'levelChangeReason: is required when the level differs')]"));
                browser.screenshot("tasklist-committee-refused");
                assertThat(taskService.createTaskQuery().taskId(committee.getId()).count()).as("still open").isEqualTo(1);
            });
        }
    }

    /** A reviewer's step done through the engine (routed to the door), once the task is there. */
    private void complete(ProcessInstance application, String taskKey, Map<String, Object> form) {
        taskService.complete(await(application, taskKey).getId(), form);
    }

    private Task await(ProcessInstance application, String taskKey) {
        for (int i = 0; i < 600; i++) {
            Task task = taskService.createTaskQuery().processInstanceId(application.getId()).taskDefinitionKey(taskKey)
                    .singleResult();
            if (task != null) {
                return task;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError(taskKey + " never came");
    }

    private ProcessInstance submitAsProducer() {
        String instance = TestApplications.submit(door, "producer1", TestApplications.form(
                "producerName", "Айгүл Асанова",
                "productNameKy", "Токтогул бал",
                "productNameRu", "Токтогульский мёд",
                "category", "food",
                "region", "KG-J", "district", "Токтогул району")).processInstanceId();
        return runtimeService.createProcessInstanceQuery().processInstanceId(instance).singleResult();
    }
}
