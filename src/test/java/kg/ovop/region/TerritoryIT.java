package kg.ovop.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import com.fasterxml.jackson.databind.ObjectMapper;

import kg.ovop.certification.ApplicationStore;
import kg.ovop.certification.BrandApplications;
import kg.ovop.certification.EngineDriver;
import kg.ovop.certification.TestApplications;

/**
 * The territory classifier end to end: an administrator loads aiyl aimaks and villages of Leilek
 * district (no other test uses it), producers then choose from those lists in the portal and the
 * API, a reform closes an aiyl aimak, a village's declared product feeds the eligibility check, and
 * the lists' high-mountain status decides an application's.
 */
@SpringBootTest(properties = {"ovop.mail.delivery=outbox", "camunda.bpm.job-execution.enabled=false"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TerritoryIT {

    static final String HEADER = "code,parent_code,level,region_code,name_ky,name_ru,name_en,specialisation,valid_from,valid_to\n";
    static final String LEILEK = HEADER
            + "KG-B-leilek-isfana,KG-B-leilek,aiyl_aimak,KG-B,Исфана,Исфана,Isfana,,2023-01-01,\n"
            + "KG-B-leilek-isfana-1,KG-B-leilek-isfana,village,KG-B,Ак-Терек,Ак-Терек,Ak-Terek,food,2023-01-01,\n"
            + "KG-B-leilek-isfana-2,KG-B-leilek-isfana,village,KG-B,\"Кара-Суу, жогорку\",\"Кара-Суу, верхний\",Upper Kara-Suu,,2023-01-01,\n"
            + "KG-B-leilek-old,KG-B-leilek,aiyl_aimak,KG-B,Эски,Старый,Old,,2010-01-01,\n";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    BrandApplications door;

    @Autowired
    ProcessEngine engine;

    @Autowired
    ApplicationStore applications;

    static RequestPostProcessor admin() {
        return user("admin").authorities(new SimpleGrantedAuthority("GROUP_ovop-admin"));
    }

    static RequestPostProcessor producer(String name) {
        return user(name).authorities(new SimpleGrantedAuthority("GROUP_producers"));
    }

    static MockHttpServletRequestBuilder upload(String csv) {
        return multipart("/admin/territories").file(new MockMultipartFile("file", "territories.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8))).with(csrf()).with(admin()).header("Accept-Language", "en");
    }

    /** Leilek's lists are this test's own: a database kept from an earlier run starts without them. */
    @BeforeAll
    static void removeEarlierRuns(@Autowired JdbcTemplate jdbc) {
        for (String level : List.of("village", "aiyl_aimak")) {
            jdbc.update("DELETE FROM ovop_territory WHERE code LIKE 'KG-B-leilek-%' AND level = ?", level);
        }
    }

    long leilekRows() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM ovop_territory WHERE code LIKE 'KG-B-leilek-%'", Long.class);
    }

    @Test
    @Order(1)
    void aFileWithMistakesIsRefusedWholeWithEveryLineNamed() throws Exception {
        String bad = LEILEK
                + "KG-B-leilek-isfana-3,KG-B-leilek,village,KG-B,Жаңы,Новый,New,,2023-01-01,\n"
                + "KG-B-leilek-x,KG-N-kochkor,aiyl_aimak,KG-B,Х,Х,X,,2023-01-01,\n"
                + "KG-B-leilek-y,KG-B-leilek,aiyl_aimak,KG-B,Y,Y,Y,weapons,2023-13-01,\n"
                + "KG-B-leilek-isfana,KG-B-leilek,aiyl_aimak,KG-B,Исфана,Исфана,Isfana,,2023-01-01,\n";
        mvc.perform(upload(bad))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nothing was loaded")))
                .andExpect(content().string(containsString(
                        "line 6: the parent of a village must be a aiyl_aimak, KG-B-leilek is a district")))
                .andExpect(content().string(containsString("line 7: region_code differs from the parent&#39;s (KG-N)")))
                .andExpect(content().string(containsString("line 8: unknown specialisation &#39;weapons&#39;")))
                .andExpect(content().string(containsString("line 8: valid_from must be a date like 2024-01-01")))
                .andExpect(content().string(containsString("line 9: code KG-B-leilek-isfana appears twice (first on line 2)")));
        assertThat(leilekRows()).isZero();

        mvc.perform(upload("code,name\nKG-B-x,X\n")).andExpect(content().string(containsString("line 1: the header must be")));
        mvc.perform(upload("")).andExpect(content().string(containsString("choose a CSV file")));
        mvc.perform(upload(HEADER + "x".repeat((int) TerritoryAdmin.MAX_FILE_BYTES)))
                .andExpect(content().string(containsString("larger than 4 MB")));

        // In the administrator's language, with the same line numbers and values.
        mvc.perform(upload(bad).param("lang", "ru"))
                .andExpect(content().string(containsString("строка 7: region_code отличается от родительского (KG-N)")))
                .andExpect(content().string(containsString("строка 9: код KG-B-leilek-isfana встречается дважды (впервые в строке 2)")));
        mvc.perform(upload(bad).param("lang", "ky"))
                .andExpect(content().string(containsString("8-сап: белгисиз specialisation «weapons»")));
        mvc.perform(upload("").param("lang", "ky")).andExpect(content().string(containsString("CSV файлды тандаңыз")));
    }

    @Test
    @Order(2)
    void onlyAdministratorsLoadTerritories() throws Exception {
        mvc.perform(get("/admin/territories").with(producer("producer1"))).andExpect(status().isForbidden());
        mvc.perform(multipart("/admin/territories").file(new MockMultipartFile("file", "t.csv", "text/csv",
                LEILEK.getBytes(StandardCharsets.UTF_8))).with(csrf()).with(producer("producer1")))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/admin/territories").file(new MockMultipartFile("file", "t.csv", "text/csv",
                LEILEK.getBytes(StandardCharsets.UTF_8))).with(admin())).andExpect(status().isForbidden());
        assertThat(leilekRows()).isZero();
    }

    @Test
    @Order(3)
    void anAdministratorLoadsAiylAimaksAndVillagesAndTheFormsOfferThem() throws Exception {
        mvc.perform(upload(LEILEK)).andExpect(content().string(containsString("Loaded: 4 added, 0 updated.")));
        assertThat(leilekRows()).isEqualTo(4);

        mvc.perform(get("/api/public/territories").param("region", "KG-B"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == 'KG-B-leilek')].nameKy").value("Лейлек району"))
                .andExpect(jsonPath("$", hasSize(3)));
        mvc.perform(get("/api/public/territories").param("parent", "KG-B-leilek-isfana"))
                .andExpect(jsonPath("$[*].nameEn").value(contains("Ak-Terek", "Upper Kara-Suu")));
        mvc.perform(get("/api/public/territories").param("parent", "KG-nowhere"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("parent"));

        // The location page offers the lists for what the producer chose, with no JavaScript needed.
        mvc.perform(post("/portal/profile").with(csrf()).with(producer("leilek1")).header("Accept-Language", "ru")
                        .params(profile("Лейлекский район", "Исфана", "Кара-Суу, верхний")))
                .andExpect(content().string(containsString("Ваши данные сохранены.")));
        mvc.perform(post("/portal/applications/new").with(csrf()).with(producer("leilek1")).header("Accept-Language", "ru")
                        .param("step", "1").params(profile("Лейлекский район", "Исфана", "Кара-Суу, верхний")))
                .andExpect(content().string(containsString("<option value=\"Лейлекский район\" data-code=\"KG-B-leilek\" data-names=\"")))
                .andExpect(content().string(containsString("<option value=\"Исфана\" data-code=\"KG-B-leilek-isfana\" data-names=\"")))
                .andExpect(content().string(containsString("<option value=\"Ак-Терек\" data-code=\"KG-B-leilek-isfana-1\" data-names=\"")));
    }

    @Test
    @Order(4)
    void aLocationOutsideTheListsIsRefusedNamingTheField() throws Exception {
        mvc.perform(post("/portal/profile").with(csrf()).with(producer("leilek2")).header("Accept-Language", "ru")
                        .params(profile("Кочкорский район", "Исфана", "Ак-Терек")))
                .andExpect(content().string(containsString("«Кочкорский район» — не район этой области: выберите из списка.")));
        mvc.perform(post("/portal/profile").with(csrf()).with(producer("leilek2")).header("Accept-Language", "ky")
                        .params(profile("Лейлек району", "Исфана", "Бишкек")))
                .andExpect(content().string(containsString("«Бишкек» бул айыл аймактын айылы эмес: тизмеден тандаңыз.")));
        // Any of the three languages names the same place.
        mvc.perform(post("/portal/profile").with(csrf()).with(producer("leilek2")).header("Accept-Language", "en")
                        .params(profile("Leilek District", "isfana", "Ak-Terek")))
                .andExpect(content().string(containsString("Your details have been saved.")));

        Map<String, Object> body = new HashMap<>(Map.of("producerType", "farmer-household", "producerName", "Лейлек өрүгү",
                "taxpayerNumber", "12345678901234", "phone", "+996777000111", "email", "leilek@example.org",
                "preferredLanguage", "ky", "region", "KG-B", "district", "Лейлек району", "aiylAimak", "Исфана",
                "village", "Жок айыл"));
        body.putAll(Map.of("productNameKy", "Кургатылган өрүк", "productNameRu", "Курага", "category", "food",
                "description", "Apricots dried in the sun.", "localRawMaterialShare", 100, "annualCapacity", 900,
                "capacityUnit", "kg", "registeredBusiness", true));
        mvc.perform(post("/api/applications").with(producer("leilek2")).contentType(MediaType.APPLICATION_JSON)
                        .content(new ObjectMapper().writeValueAsString(body)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("village"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("choose one of: Ak-Terek, Upper Kara-Suu")));
        // Where no list is loaded (below Kochkor district) the name is free.
        mvc.perform(post("/portal/profile").with(csrf()).with(producer("leilek2")).header("Accept-Language", "en")
                        .params(profile("KG-N", "Kochkor District", "Any aiyl aimak", "Any village")))
                .andExpect(content().string(containsString("Your details have been saved.")))
                .andExpect(content().string(not(containsString("field-error"))));
    }

    @Test
    @Order(5)
    void aVillageKnownForAnotherProductIsFlaggedAndAReformClosesAnAiylAimak() throws Exception {
        assertThat(matchesSpecialisation("Ак-Терек", "food")).isTrue();
        assertThat(matchesSpecialisation("Ак-Терек", "textiles-felt")).isFalse();
        assertThat(matchesSpecialisation("Кара-Суу, жогорку", "textiles-felt")).isTrue();

        mvc.perform(upload(HEADER + "KG-B-leilek-old,KG-B-leilek,aiyl_aimak,KG-B,Эски,Старый,Old,,2010-01-01,2024-01-01\n"))
                .andExpect(content().string(containsString("Loaded: 0 added, 1 updated.")));
        // Moving a loaded code would strand its villages: refused.
        mvc.perform(upload(HEADER + "KG-B-leilek-isfana,KG-B-kadamjay,aiyl_aimak,KG-B,Исфана,Исфана,Isfana,,2023-01-01,\n"))
                .andExpect(content().string(containsString("line 2: code KG-B-leilek-isfana is loaded as a aiyl_aimak of"
                        + " KG-B-leilek; a code keeps its level, region and parent")));
        mvc.perform(get("/api/public/territories").param("parent", "KG-B-leilek"))
                .andExpect(jsonPath("$[*].code").value(contains("KG-B-leilek-isfana")));
        mvc.perform(get("/admin/territories.csv").with(admin()))
                .andExpect(content().string(containsString(
                        "KG-B-leilek-isfana-2,KG-B-leilek-isfana,village,KG-B,\"Кара-Суу, жогорку\",\"Кара-Суу, верхний\"")))
                .andExpect(content().string(containsString("KG-B-leilek-old,KG-B-leilek,aiyl_aimak,KG-B,Эски,Старый,Old,,2010-01-01,2024-01-01")));
    }

    @Test
    @Order(6)
    void whereTheListsKnowAHighMountainAreaTheyDecideNotTheTickBox() throws Exception {
        String withHighMountain = HEADER.replace("valid_to\n", "valid_to,high_mountain\n");
        mvc.perform(upload(withHighMountain + "KG-B-leilek-isfana,KG-B-leilek,aiyl_aimak,KG-B,Исфана,Исфана,Isfana,,2023-01-01,,true\n"
                + "KG-B-leilek-isfana-1,KG-B-leilek-isfana,village,KG-B,Ак-Терек,Ак-Терек,Ak-Terek,food,2023-01-01,,false\n"))
                .andExpect(content().string(containsString("Loaded: 0 added, 2 updated.")));
        mvc.perform(upload(withHighMountain + "KG-B-leilek-isfana-1,KG-B-leilek-isfana,village,KG-B,Ак-Терек,Ак-Терек,Ak-Terek,food,"
                + "2023-01-01,,yes\n")).andExpect(content().string(containsString("line 2: high_mountain must be true, false or empty")));

        var upper = door.createDraft("producer1", TestApplications.applicationForm(TestApplications.form("region", "KG-B",
                "district", "Лейлек району", "aiylAimak", "Исфана", "village", "Upper Kara-Suu", "highMountain", false)));
        var akTerek = door.createDraft("producer1", TestApplications.applicationForm(TestApplications.form("region", "KG-B",
                "district", "Лейлек району", "aiylAimak", "Исфана", "village", "Ак-Терек", "highMountain", true)));
        var unknown = door.createDraft("producer1", TestApplications.applicationForm(TestApplications.form("highMountain", true)));

        assertThat(upper.highMountain()).as("the aiyl aimak is a high-mountain area").isTrue();
        assertThat(akTerek.highMountain()).as("the village says it is not").isFalse();
        assertThat(unknown.highMountain()).as("Kochkor district: not known, the tick box stands").isTrue();
        mvc.perform(get("/admin/territories.csv").with(admin()))
                .andExpect(content().string(containsString("valid_to,high_mountain\r\n")))
                .andExpect(content().string(containsString("Ak-Terek,food,2023-01-01,,false")));
    }

    /** Submits an application from the village and reads the eligibility table's findings from the store. */
    boolean matchesSpecialisation(String village, String category) {
        EngineDriver driver = new EngineDriver(engine, door);
        ProcessInstance instance = driver.submit(TestApplications.form("region", "KG-B", "district", "Лейлек району",
                "aiylAimak", "Исфана", "village", village, "category", category));
        driver.runDueJobs(instance);
        String details = applications.latestDecision(instance.getBusinessKey(), "eligibility").orElseThrow().details();
        return details == null || !details.contains("differs-from-village-specialisation");
    }

    static MultiValueMap<String, String> profile(String district, String aiylAimak, String village) {
        return profile("KG-B", district, aiylAimak, village);
    }

    static MultiValueMap<String, String> profile(String region, String district, String aiylAimak,
            String village) {
        LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("producerType", "farmer-household");
        form.add("producerName", "Лейлек өрүгү");
        form.add("taxpayerNumber", "12345678901234");
        form.add("phone", "+996777000111");
        form.add("email", "leilek@example.org");
        form.add("preferredLanguage", "ky");
        form.add("region", region);
        form.add("district", district);
        form.add("aiylAimak", aiylAimak);
        form.add("village", village);
        return form;
    }
}
