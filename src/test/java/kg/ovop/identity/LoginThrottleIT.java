package kg.ovop.identity;

import static org.assertj.core.api.Assertions.assertThat;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Password guessing is stopped per client and account, and per client, without locking anyone out. */
@SpringBootTest(properties = "ovop.mail.delivery=outbox")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class LoginThrottleIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    IdentityService identity;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    /** The failures are kept in the shared database: other test classes sign in from here too. */
    @org.junit.jupiter.api.BeforeEach
    @org.junit.jupiter.api.AfterEach
    void forgetFailures() {
        jdbc.update("DELETE FROM ovop_sign_in_failure");
    }

    @Test
    void everyNodeCountsTheSameFailures(@Autowired java.time.Clock clock, @Autowired org.springframework.context.MessageSource messages)
            throws Exception {
        String name = producer();
        for (int i = 0; i < LoginThrottle.MAX_ACCOUNT_FAILURES; i++) {
            mvc.perform(signIn(name, "guess" + i, "10.7.7.7")).andExpect(redirectedUrl("/login?error&username=" + name));
        }
        LoginThrottle otherNode = new LoginThrottle(jdbc, clock, messages);
        assertThat(otherNode.retryAfterSeconds("10.7.7.7", name)).as("this client, this account, on another node").isPositive();
        assertThat(otherNode.retryAfterSeconds("10.7.7.8", name)).as("another client").isZero();
    }

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    static MockHttpServletRequestBuilder signIn(String user, String password, String address) {
        return post("/login").with(csrf()).with(from(address)).param("username", user).param("password", password);
    }

    String producer() {
        String name = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        User user = identity.newUser(name);
        user.setPassword("right-password-2026");
        identity.saveUser(user);
        identity.createMembership(name, "producers");
        return name;
    }

    @Test
    void aWrongPasswordLocksNobodyOut() throws Exception {
        String name = producer();
        mvc.perform(signIn(name, "guess", "10.0.0.1")).andExpect(redirectedUrl("/login?error&username=" + name));
        mvc.perform(signIn(name, "right-password-2026", "10.0.0.1")).andExpect(redirectedUrl("/portal"));
    }

    @Test
    void wrongPasswordsFromManyAddressesNeverLockTheAccount() throws Exception {
        String name = producer();
        // Camunda's own lock would shut the account for good after 10; each address here stays under our throttle.
        for (int i = 0; i < 12; i++) {
            mvc.perform(signIn(name, "guess" + i, "10.9.0." + i)).andExpect(redirectedUrl("/login?error&username=" + name));
            mvc.perform(get("/api/applications").with(httpBasic(name, "guess" + i)).with(from("10.9.1." + i)))
                    .andExpect(status().isUnauthorized());
        }
        assertThat(identity.checkPassword(name, "right-password-2026")).isTrue();
        mvc.perform(signIn(name, "right-password-2026", "10.9.2.1")).andExpect(redirectedUrl("/portal"));
    }

    @Test
    void aNulInTheUserNameIsAFailedSignInNotAnError() throws Exception {
        String credentials = java.util.Base64.getEncoder().encodeToString("adm\u0000in:guess".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        mvc.perform(get("/api/applications").header("Authorization", "Basic " + credentials).with(from("10.3.3.3")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void repeatedGuessesAtOneAccountStopThatClientOnly() throws Exception {
        String name = producer();
        for (int i = 0; i < LoginThrottle.MAX_ACCOUNT_FAILURES; i++) {
            mvc.perform(signIn(name, "guess" + i, "10.1.1.1")).andExpect(redirectedUrl("/login?error&username=" + name));
        }
        mvc.perform(signIn(name, "right-password-2026", "10.1.1.1")).andExpect(status().isTooManyRequests());
        mvc.perform(get("/api/applications").with(httpBasic(name, "right-password-2026")).with(from("10.1.1.1")))
                .andExpect(status().isTooManyRequests());

        mvc.perform(signIn(name, "right-password-2026", "10.1.1.2")).andExpect(redirectedUrl("/portal"));
        mvc.perform(signIn(producer(), "right-password-2026", "10.1.1.1")).andExpect(redirectedUrl("/portal"));
    }

    @Test
    void oneAddressTryingManyAccountsIsStoppedWhileOthersSignIn() throws Exception {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            mvc.perform(signIn("nobody" + i, "guess", "10.6.6.6")).andExpect(redirectedUrl("/login?error&username=nobody" + i));
        }
        String name = producer();
        mvc.perform(signIn(name, "right-password-2026", "10.6.6.6").header("Accept-Language", "ky"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(content().string(containsString("10 мүнөттөн кийин кайра аракет кылыңыз")));
        mvc.perform(get("/api/applications").with(httpBasic(name, "right-password-2026")).with(from("10.6.6.6")))
                .andExpect(status().isTooManyRequests());

        mvc.perform(signIn(name, "right-password-2026", "10.7.7.7")).andExpect(redirectedUrl("/portal"));
        mvc.perform(get("/api/applications").with(httpBasic(name, "right-password-2026")).with(from("10.7.7.7")))
                .andExpect(status().isOk());
    }
}
