package kg.ovop.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import kg.ovop.certification.Application;
import kg.ovop.certification.BrandApplications;
import kg.ovop.certification.TestApplications;

/** Bad input on our pages and APIs is a 4xx that names the problem, never a 500, and nothing half-written. */
@SpringBootTest(properties = {"ovop.mail.delivery=outbox", "camunda.bpm.job-execution.enabled=false"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
class BadInputIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    BrandApplications door;

    @Autowired
    JdbcTemplate jdbc;

    static RequestPostProcessor producer() {
        return user("producer1").authorities(new SimpleGrantedAuthority("GROUP_producers"));
    }

    @Test
    void registryParametersOutOfRangeAreNamed() throws Exception {
        for (String[] wrong : List.of(new String[] {"page", "-1"}, new String[] {"size", "0"}, new String[] {"size", "100000"},
                new String[] {"q", "x".repeat(101)}, new String[] {"category", "\u0000"},
                new String[] {"region", "<script>alert(1)</script>"}, new String[] {"stars", "many"})) {
            mvc.perform(get("/registry").param(wrong[0], wrong[1]))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString(wrong[0] + ":")))
                    .andExpect(content().string(org.hamcrest.Matchers.not(containsString("<script>alert"))));
        }
    }

    @Test
    void aNulCharacterIsRefusedWhereItStands() throws Exception {
        java.util.Map<String, Object> body = new java.util.HashMap<>(TestApplications.apiRequest(TestApplications.form()));
        body.put("producerName", "Kochkor\u0000");
        mvc.perform(post("/api/applications").contentType(MediaType.APPLICATION_JSON)
                        .content(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(body))
                        .with(httpBasic("producer1", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("producerName"));
        mvc.perform(get("/api/public/certificates").param("region", "\u0000"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("region"));
        mvc.perform(post("/portal/profile").param("producerName", "a\u0000b").with(csrf()).with(producer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("producerName"));
    }

    @Test
    void anOutboxPageBeyondTheLastIsNamed() throws Exception {
        mvc.perform(get("/admin/outbox").param("page", "2147483647")
                        .with(user("admin").authorities(new SimpleGrantedAuthority("GROUP_ovop-admin"))))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("page: must be between 0 and")));
    }

    @Test
    void aForwardedHeaderFromAnyoneIsNotBelieved() throws Exception {
        mvc.perform(get("/verify/no-such-token").header("X-Forwarded-For", "203.0.113.7, " + "9".repeat(100))
                        .accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("SELECT client_address FROM ovop_verification_lookup ORDER BY id DESC LIMIT 1",
                String.class)).isEqualTo("127.0.0.1");

        mvc.perform(get("/portal").header("X-Forwarded-Host", "evil.example").header("X-Forwarded-Proto", "https"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", org.hamcrest.Matchers.not(containsString("evil.example"))));
    }

    @Test
    void uploadsWithHostileNamesOrBodiesAreRefusedOrCleaned() throws Exception {
        Application draft = door.createDraft("producer1", TestApplications.applicationForm(TestApplications.form()));
        String documents = "/api/applications/" + draft.number() + "/documents";

        mvc.perform(multipart(documents).file(new MockMultipartFile("file", "lab\u0000report\u202Efdp.exe", "application/pdf",
                        TestApplications.PDF)).param("kind", "lab-results").with(httpBasic("producer1", "demo")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.fileName").value("lab_report_fdp.exe"));

        byte[] html = "%PDF-1.4\n<html><body><script>alert(1)</script></body></html>\n".getBytes(StandardCharsets.US_ASCII);
        mvc.perform(multipart(documents).file(new MockMultipartFile("file", "x.pdf", "application/pdf", html))
                        .param("kind", "photo").with(httpBasic("producer1", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));

        mvc.perform(post("/portal/applications/" + draft.number() + "/documents").param("kind", "photo")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).with(csrf()).with(producer()))
                .andExpect(status().isBadRequest());

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ovop_application_document WHERE application_id = ?", Integer.class,
                draft.id())).as("only the cleaned-up lab report").isEqualTo(1);
    }

    @Test
    void staffCannotCreateOrSubmitAProducersApplication() throws Exception {
        Application draft = door.createDraft("producer1", TestApplications.applicationForm(TestApplications.form()));
        for (String[] staff : List.of(new String[] {"agency1", "demo"}, new String[] {"admin", "test-admin"})) {
            mvc.perform(post("/api/applications").contentType(MediaType.APPLICATION_JSON).content("{}")
                            .with(httpBasic(staff[0], staff[1])))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/api/applications/" + draft.number() + "/submit").with(httpBasic(staff[0], staff[1])))
                    .andExpect(status().isForbidden());
        }
    }
}
