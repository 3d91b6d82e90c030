package kg.ovop.review;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import kg.ovop.certification.Application;
import kg.ovop.certification.BrandApplications;
import kg.ovop.certification.BrandCertification;
import kg.ovop.certification.EngineDriver;
import kg.ovop.certification.TestApplications;
import kg.ovop.document.StoredDocument;

/**
 * The reviewer's view of an application: open to the groups working on it and to administrators,
 * "not found" to everyone else (other groups, producers, a reviewer who declared a conflict of
 * interest), documents as attachments with their checked type; Tasklist's locales are served.
 */
@SpringBootTest(properties = {"ovop.mail.delivery=outbox", "camunda.bpm.job-execution.enabled=false"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ReviewPagesIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    ProcessEngine engine;

    @Autowired
    BrandApplications door;

    @Test
    void theQuestionsAndAnswersShowInTheReadersLanguageWithTheDocumentsAddedInBetween() throws Exception {
        EngineDriver driver = new EngineDriver(engine, door);
        var instance = driver.submit(TestApplications.form());
        driver.runDueJobs(instance);
        String number = engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instance.getId())
                .singleResult().getBusinessKey();
        driver.complete(instance, BrandCertification.TASK_SCREEN_APPLICATION, "agency1", "agency",
                java.util.Map.of("screeningDecision", "requestInformation", "informationRequest", "Таңгактын сүрөтүн кошуңуз"));
        door.addDocument("producer1", number, "photo", "package.pdf", TestApplications.PDF.length,
                new java.io.ByteArrayInputStream(TestApplications.PDF));
        door.answer("producer1", number, "Сүрөт тиркелди.");
        driver.runDueJobs(instance);

        mvc.perform(get("/review/applications/" + number).param("lang", "ru").with(user("agency1"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Раунд 1")))
                .andExpect(content().string(Matchers.containsString("Таңгактын сүрөтүн кошуңуз")))
                .andExpect(content().string(Matchers.containsString("Сүрөт тиркелди.")))
                .andExpect(content().string(Matchers.containsString("package.pdf")))
                .andExpect(content().string(Matchers.containsString("Первичная проверка заявки")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Round 1"))));
    }

    @Test
    void theGroupWorkingOnAnApplicationOpensItAndItsDocuments() throws Exception {
        EngineDriver driver = new EngineDriver(engine, door);
        var instance = driver.submit(TestApplications.form("productNameKy", "Ат-Башы <b>кийизи</b>"));
        driver.runDueJobs(instance);
        String number = engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instance.getId())
                .singleResult().getBusinessKey();
        Application application = door.reviewFile("agency1", number).application();
        StoredDocument pdf = door.reviewFile("agency1", number).documents().get(0);
        String page = "/review/applications/" + number;

        mvc.perform(get(page).with(user("agency1"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Ат-Башы &lt;b&gt;кийизи&lt;/b&gt;")))
                .andExpect(content().string(Matchers.containsString(application.taxpayerNumber())))
                .andExpect(content().string(Matchers.containsString("conformity.pdf")));
        mvc.perform(get(page + "/documents/" + pdf.id()).with(user("agency1"))).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", Matchers.startsWith("attachment;")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
        mvc.perform(get(page).with(user("admin"))).andExpect(status().isOk());

        for (String outsider : List.of("academia1", "committee1", "producer1", "otherreviewer")) {
            mvc.perform(get(page).with(user(outsider))).andExpect(status().isNotFound());
            mvc.perform(get(page + "/documents/" + pdf.id()).with(user(outsider))).andExpect(status().isNotFound());
        }
        mvc.perform(get(page)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get("/review/applications/OVOP-1999-000001").with(user("agency1"))).andExpect(status().isNotFound());

        driver.complete(instance, BrandCertification.TASK_SCREEN_APPLICATION, "agency1", "agency",
                java.util.Map.of("screeningDecision", "accept"));
        mvc.perform(get(page).with(user("agency1"))).andExpect(status().isNotFound());
        mvc.perform(get(page).with(user("academia1"))).andExpect(status().isOk());

        Task quality = driver.task(instance, BrandCertification.TASK_REVIEW_QUALITY);
        driver.complete(instance, BrandCertification.TASK_REVIEW_QUALITY, "academia1", "academia",
                java.util.Map.of("conflictOfInterest", "declared", "conflictReason", "I advised this cooperative in 2025"));
        mvc.perform(get(page).with(user("academia1"))).andExpect(status().isNotFound());
        mvc.perform(get(page).with(user("association1"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("I advised this cooperative in 2025")));
        org.assertj.core.api.Assertions.assertThat(engine.getTaskService().createTaskQuery().taskId(quality.getId()).singleResult()
                .getAssignee()).isNull();
    }

    @Test
    void tasklistIsServedInKyrgyzAndRussian() throws Exception {
        for (String language : List.of("ky", "ru")) {
            mvc.perform(get("/camunda/app/tasklist/locales/" + language + ".json")).andExpect(status().isOk())
                    .andExpect(content().string(Matchers.containsString("\"labels\"")));
        }
        mvc.perform(get("/camunda/app/tasklist/scripts/config.js")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("'ru', 'ky'")));
    }
}
