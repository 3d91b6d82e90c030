package kg.ovop.grant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import kg.ovop.certificate.CertificateRegistry;
import kg.ovop.certification.BrandApplications;
import kg.ovop.grant.fund.CallRequest;
import kg.ovop.grant.fund.GrantCall;
import kg.ovop.grant.fund.GrantCalls;
import kg.ovop.web.Language;

/** The producer's grant pages and the administrators' call pages: what they show, and refusals tied to their fields. */
@SpringBootTest(properties = {"ovop.mail.delivery=outbox", "camunda.bpm.job-execution.enabled=false"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
class GrantPagesIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    IdentityService identity;

    @Autowired
    GrantCalls calls;

    @Autowired
    BrandApplications brand;

    @Autowired
    CertificateRegistry certificates;

    static RequestPostProcessor as(String name, String group) {
        return user(name).authorities(new SimpleGrantedAuthority("GROUP_" + group));
    }

    GrantCall call() {
        return calls.create(new CallRequest("Кийиз (pages)", "Войлок (pages)", "Felt (pages)", "900000", "300000", 20, 10, List.of(),
                List.of(), LocalDate.now().minusDays(1).toString(), LocalDate.now().plusDays(20).toString(), 56), "admin");
    }

    /** A producer account of this test's own (the door lets only producers apply) holding a certificate. */
    String certified(String producer) {
        CertifiedProducers.account(identity, producer);
        return new CertifiedProducers(brand, certificates).certificate(producer, Language.ky);
    }

    @Test
    void aCertifiedProducerAppliesInRussianAndAMistakeStaysOnTheFormTiedToItsField() throws Exception {
        GrantCall call = call();
        String producer = "gp" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String certificate = certified(producer);

        mvc.perform(get("/portal/grants").param("lang", "ru").with(as(producer, "producers"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Войлок (pages)")))
                .andExpect(content().string(Matchers.containsString("/portal/grants/new?call=" + call.code())));
        mvc.perform(get("/portal/grants/new").param("call", call.code()).param("lang", "ru").with(as(producer, "producers")))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString(certificate)));

        var form = post("/portal/grants").with(csrf()).with(as(producer, "producers")).param("lang", "ru")
                .param("call", call.code()).param("certificate", certificate).param("title", "Кийиз цехи")
                .param("description", "Станок").param("requested", "200000").param("ownContribution", "50000")
                .param("budget.equipment", "100000").param("jobsPlanned", "3").param("womenPlanned", "2").param("youthPlanned", "1");
        String page = mvc.perform(form).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).as("the sum is named, in Russian, and what was typed is kept")
                .contains("строки бюджета дают 100", "value=\"Кийиз цехи\"");

        String words = mvc.perform(post("/portal/grants").with(csrf()).with(as(producer, "producers")).param("lang", "ru")
                .param("call", call.code()).param("certificate", certificate).param("title", "Кийиз цехи").param("description", "Станок")
                .param("requested", "200000").param("ownContribution", "50000").param("budget.equipment", "250000")
                .param("jobsPlanned", "три")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(words).as("a count in words is named on the form").contains("целое число от 0 до 10000", "value=\"три\"");

        mvc.perform(form.param("budget.packaging", "125000").param("budget.administration", "25000"))
                .andExpect(redirectedUrlPattern("/portal/grants/GR-*?submitted"));
        mvc.perform(get("/portal/grants").param("lang", "ru").with(as(producer, "producers")))
                .andExpect(content().string(Matchers.containsString("Кийиз цехи")));
        mvc.perform(get("/portal/grants").with(as("producer1", "producers")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Кийиз цехи"))));
    }

    @Test
    void administratorsSeeEachCallsMoneyAndAWrongCallIsRefusedNamingTheField() throws Exception {
        GrantCall call = call();
        mvc.perform(get("/admin/grants").param("lang", "en").with(as("admin", "ovop-admin"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(call.code())))
                .andExpect(content().string(Matchers.containsString("900\u00a0000.00")));
        mvc.perform(get("/admin/grants/" + call.code()).param("lang", "ky").with(as("admin", "ovop-admin"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Фонддун китеби")));
        mvc.perform(post("/admin/grants").with(csrf()).with(as("admin", "ovop-admin")).param("lang", "en").param("nameKy", "А")
                .param("nameRu", "Б").param("fund", "100").param("cap", "200").param("minContributionPercent", "20")
                .param("minContributionRemotePercent", "10").param("opensOn", "2027-01-01").param("closesOn", "2027-02-01")
                .param("passMark", "56")).andExpect(redirectedUrlPattern("/admin/grants*"))
                .andExpect(result -> assertThat(String.valueOf(result.getFlashMap().get("problem")))
                        .isEqualTo("Most for one grant (som): may not be more than the fund"));
        mvc.perform(get("/admin/grants").with(as("producer1", "producers"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/grants/CALL-1999-99").with(as("admin", "ovop-admin"))).andExpect(status().isNotFound());
    }
}
