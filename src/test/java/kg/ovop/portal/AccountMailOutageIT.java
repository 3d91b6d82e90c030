package kg.ovop.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * With the mail server unreachable, signing up still creates the account and asking for a reset
 * link still answers as usual; the mail log shows the failed messages, and a new link can be asked for.
 */
@SpringBootTest(properties = {"ovop.mail.delivery=smtp", "spring.mail.port=1", "camunda.bpm.job-execution.enabled=false"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AccountMailOutageIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    IdentityService identity;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void noMailServerLosesNoAccount() throws Exception {
        String name = "m" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

        mvc.perform(post("/signup").with(csrf()).param("username", name).param("firstName", "Бермет").param("lastName", "Садыкова")
                .param("email", name + "@example.org").param("language", "ky").param("password", "jalal-abad-2026"))
                .andExpect(redirectedUrl("/login?registered=&username=" + name));
        mvc.perform(post("/password/forgot").param("account", name).with(csrf())).andExpect(redirectedUrl("/password/forgot"));

        assertThat(identity.checkPassword(name, "jalal-abad-2026")).isTrue();
        assertThat(jdbc.queryForList("SELECT kind FROM ovop_mail_message WHERE recipient = ? AND status = 'failed' ORDER BY id",
                String.class, name + "@example.org")).containsExactly("EMAIL_CONFIRMATION", "PASSWORD_RESET");
    }
}
