package kg.ovop.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import kg.ovop.certificate.Certificate;
import kg.ovop.certificate.CertificateRegistry;
import kg.ovop.certificate.CertificateRequest;
import kg.ovop.certification.BrandApplications;
import kg.ovop.certification.BrandCertification;
import kg.ovop.certification.EngineDriver;
import kg.ovop.certification.TestApplications;

/**
 * The pages in Kyrgyz and Russian keep no English: the visible text of each page is checked
 * against every English word of the English texts (the words a page would show had it fallen
 * back), with the data in Cyrillic so that any Latin word left is the application's own.
 */
@SpringBootTest(properties = {"ovop.mail.delivery=outbox", "camunda.bpm.job-execution.enabled=false"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PageLanguageIT {

    /** Names and abbreviations that are the same in every language (English is offered by its own name). */
    static final Set<String> SAME_IN_EVERY_LANGUAGE = Set.of("OVOP", "PDF", "CSV", "JSON", "SMTP", "Camunda", "Tasklist", "Cockpit",
            "JPEG", "PNG", "English");

    @Autowired
    MockMvc mvc;

    @Autowired
    ProcessEngine engine;

    @Autowired
    BrandApplications door;

    @Autowired
    CertificateRegistry certificates;

    static RequestPostProcessor as(String name, String group) {
        return user(name).authorities(new SimpleGrantedAuthority("GROUP_" + group));
    }

    @Test
    void kyrgyzAndRussianPagesShowNoEnglish() throws Exception {
        EngineDriver driver = new EngineDriver(engine, door);
        var instance = driver.submit(TestApplications.form("productNameEn", null, "productDescription", "Кочкордо жасалган шырдак.",
                "productStory", "Төрт муун бою.", "region", "KG-N"));
        driver.runDueJobs(instance);
        String number = engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instance.getId())
                .singleResult().getBusinessKey();
        driver.complete(instance, BrandCertification.TASK_SCREEN_APPLICATION, "agency1", "agency",
                Map.of("screeningDecision", "requestInformation", "informationRequest", "Сүрөт кошуңуз"));

        Set<String> english = englishWords();
        Map<String, RequestPostProcessor> pages = new java.util.LinkedHashMap<>();
        // Other tests' data shows on some pages (registry entries, mails in their recipients' languages):
        // what producers wrote is marked translate="no" and left out, the rest must be translated.
        Certificate certificate = certificates.issue(new CertificateRequest("OVOP-LANG-" + UUID.randomUUID().toString().substring(0, 20),
                "Бакыт Осмонов", "10305198800456", "bakyt@example.org", Language.ky, "Жаңгак", "Грецкий орех", "Walnuts", "food",
                "KG-J", "Арстанбап", "Арстанбап", 4, null));
        pages.put("/registry", null);
        pages.put("/registry?q=жок", null);
        pages.put("/verify/" + certificate.verificationToken(), null);
        pages.put("/admin/outbox", as("admin", "ovop-admin"));
        pages.put("/login", null);
        pages.put("/signup", null);
        pages.put("/password/forgot", null);
        // A producer of this test's own: producer1's list holds other tests' applications.
        door.createDraft("pagelanguage", TestApplications.applicationForm(TestApplications.form("productNameEn", null,
                "productDescription", "Кочкордо жасалган шырдак.", "productStory", "Төрт муун бою.")));
        pages.put("/portal", as("pagelanguage", "producers"));
        pages.put("/portal/applications/" + number, as("producer1", "producers"));
        pages.put("/admin/monitoring", as("admin", "ovop-admin"));
        pages.put("/admin/holidays?year=2026", as("admin", "ovop-admin"));
        pages.put("/admin/grants", as("admin", "ovop-admin"));
        pages.put("/portal/grants", as("pagelanguage", "producers"));
        // The agency asked the producer: now only an administrator holds the review page open.
        pages.put("/review/applications/" + number, user("admin"));
        // The error page, here a 404 of an application that is not the producer's.
        pages.put("/portal/applications/" + number + "-none", as("pagelanguage", "producers"));

        List<String> leftInEnglish = new java.util.ArrayList<>();
        for (String language : List.of("ky", "ru")) {
            for (Map.Entry<String, RequestPostProcessor> page : pages.entrySet()) {
                var request = get(page.getKey()).param("lang", language).accept(org.springframework.http.MediaType.TEXT_HTML);
                if (page.getValue() != null) {
                    request.with(page.getValue());
                }
                String html = mvc.perform(request).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
                for (String word : visibleWords(html)) {
                    if (english.contains(word.toLowerCase(Locale.ROOT)) && !SAME_IN_EVERY_LANGUAGE.contains(word)) {
                        leftInEnglish.add(language + " " + page.getKey() + ": " + word);
                    }
                }
            }
        }
        assertThat(leftInEnglish).isEmpty();
        String outbox = mvc.perform(get("/admin/outbox").param("lang", "ru").with(as("admin", "ovop-admin"))).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        String monitoring = mvc.perform(get("/admin/monitoring").param("lang", "ru").with(as("admin", "ovop-admin"))).andReturn()
                .getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(monitoring).as("stages, groups and sentences in Russian").contains("Первичная проверка заявки", "ожидают",
                "Сертификация бренда");
        assertThat(outbox).as("kinds and statuses in the reader's language").contains("Заявка получена · " + number)
                .doesNotContain("APPLICATION_RECEIVED");
    }

    /** Words of four letters or more in the English texts. */
    static Set<String> englishWords() throws java.io.IOException {
        Properties english = MessageBundlesTest.bundle("");
        Set<String> words = new TreeSet<>();
        for (String key : english.stringPropertyNames()) {
            Matcher word = Pattern.compile("(?<![\\w.@/-])[A-Za-z]{4,}(?![\\w.@/-])").matcher(english.getProperty(key));
            while (word.find()) {
                words.add(word.group().toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }

    /**
     * The words a reader sees in the page's main part: tags, scripts, attribute values and what
     * producers wrote ({@code translate="no"}) left out.
     */
    static List<String> visibleWords(String html) {
        int start = html.indexOf("<main");
        int end = html.lastIndexOf("</main>");
        String main = start < 0 || end < 0 ? html : html.substring(start, end);
        String text = main.replaceAll("(?s)<script.*?</script>", " ")
                .replaceAll("(?s)<(\\w+)[^>]*\\btranslate=\"no\"[^>]*>.*?</\\1>", " ").replaceAll("(?s)<[^>]*>", " ")
                .replace("&nbsp;", " ").replace("&#39;", "'").replace("&quot;", "\"").replace("&amp;", "&");
        List<String> words = new java.util.ArrayList<>();
        Matcher word = Pattern.compile("(?<![\\w.@/-])[A-Za-z]{4,}(?![\\w.@/-])").matcher(text);
        while (word.find()) {
            words.add(word.group());
        }
        return words;
    }
}
