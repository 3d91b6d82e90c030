package kg.ovop.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import kg.ovop.certification.ApplicationStatus;
import kg.ovop.certification.ApplicationStore;
import kg.ovop.certification.BrandCertification;

/** A producer starts a brand application from Tasklist's start form, in Kyrgyz, as a person would. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "ovop.mail.delivery=outbox")
@ActiveProfiles("test")
class TasklistStartApplicationBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    HistoryService history;

    @Autowired
    TaskService tasks;

    @Autowired
    ApplicationStore applications;

    @Test
    void producerSubmitsTheStartFormAndTheAgencyGetsTheScreeningTask() {
        try (Browser browser = Browser.open()) {
            browser.scenario("tasklist-start-application", () -> {
                browser.loginToCamunda("http://localhost:" + port + "/camunda/app/tasklist/default/", "producer1", "demo");
                browser.click(By.xpath("//a[contains(normalize-space(), 'Start process')]"));
                browser.click(By.xpath("//a[normalize-space()='Brand certification']"));

                choose(browser, "Producer type", "Cooperative");
                type(browser, "producerName", "Ала-Тоо кооперативи");
                type(browser, "taxpayerNumber", "02611201910456");
                type(browser, "phone", "+996555123456");
                type(browser, "email", "alatoo@example.org");
                choose(browser, "Preferred language", "Кыргызча");
                tick(browser, "registeredBusiness");
                choose(browser, "Region", "Issyk-Kul / Ысык-Көл");
                type(browser, "district", "Түп району");
                type(browser, "aiylAimak", "Сары-Булак");
                type(browser, "village", "Сары-Булак");
                type(browser, "productNameKy", "Ак бал — Көңүл");
                type(browser, "productNameRu", "Белый мёд");
                choose(browser, "Category", "Food (honey, dairy, dried fruit, nuts, jams, meat)");
                type(browser, "productDescription", "Ысык-Көлдүн тоо гүлдөрүнөн чогултулган ак бал.");
                type(browser, "localRawMaterialShare", "100");
                type(browser, "annualCapacity", "800");
                choose(browser, "Unit", "kilograms");
                tick(browser, "hasConformityDocument");
                browser.screenshot("tasklist-start-form");
                browser.click(By.xpath("//button[normalize-space()='Start']"));

                browser.until(d -> history.createHistoricProcessInstanceQuery()
                        .processDefinitionKey(BrandCertification.PROCESS_ID).startedBy("producer1")
                        .variableValueEquals("taxpayerNumber", "02611201910456").count() == 1);
            });
        }
        HistoricProcessInstance started = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(BrandCertification.PROCESS_ID).variableValueEquals("taxpayerNumber", "02611201910456")
                .singleResult();
        var application = applications.get(started.getBusinessKey());
        assertThat(application.productNameKy()).isEqualTo("Ак бал — Көңүл");
        assertThat(application.applicant()).isEqualTo("producer1");
        assertThat(application.regionCode()).isEqualTo("KG-Y");
        assertThat(application.status()).isIn(ApplicationStatus.submitted, ApplicationStatus.in_screening);
    }

    private static void type(Browser browser, String key, String text) {
        WebElement field = browser.visible(By.cssSelector("[id$='-Field_" + key + "']"));
        field.clear();
        field.sendKeys(text);
    }

    private static void tick(Browser browser, String key) {
        browser.click(By.cssSelector("[id$='-Field_" + key + "']"));
    }

    private static void choose(Browser browser, String label, String item) {
        browser.click(By.xpath("//label[starts-with(normalize-space(), '" + label + "')]"
                + "/ancestor::div[contains(@class, 'fjs-form-field-select')]//div[contains(@class, 'fjs-input-group')]"));
        browser.click(By.xpath("//div[contains(@class, 'fjs-dropdownlist-item') and normalize-space()=\"" + item + "\"]"));
    }
}
