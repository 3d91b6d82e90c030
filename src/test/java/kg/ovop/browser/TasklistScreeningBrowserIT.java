package kg.ovop.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

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
    IdentityService identityService;

    @Autowired
    kg.ovop.certification.BrandApplications door;

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

    private ProcessInstance submitAsProducer() {
        String instance = TestApplications.submit(door, "producer1", TestApplications.form(
                "producerName", "Айгүл Асанова",
                "productNameKy", "Токтогул бал",
                "productNameRu", "Токтогульский мёд",
                "category", "food",
                "region", "KG-J")).processInstanceId();
        return runtimeService.createProcessInstanceQuery().processInstanceId(instance).singleResult();
    }
}
