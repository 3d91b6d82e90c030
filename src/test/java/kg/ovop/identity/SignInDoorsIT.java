package kg.ovop.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Camunda's own doors count failed sign-ins too, and none of them locks an account: wrong
 * passwords for {@code admin} over /engine-rest stop that client, while the account keeps working.
 * One test, in its own JVM: every request here comes from 127.0.0.1, whose failures add up.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "ovop.mail.delivery=outbox")
@ActiveProfiles("test")
class SignInDoorsIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    IdentityService identity;

    /** The failures are kept in the shared database: other test classes sign in from this address too. */
    @org.junit.jupiter.api.BeforeEach
    @org.junit.jupiter.api.AfterEach
    void forgetFailures(@Autowired org.springframework.jdbc.core.JdbcTemplate jdbc) {
        jdbc.update("DELETE FROM ovop_sign_in_failure");
    }

    @Test
    void engineRestAndWebappFailuresAreThrottledPerClientAndLockNoAccount() {
        // A typo costs nothing: the right password works at once (the engine's login delay is off).
        assertThat(http.withBasicAuth("academia1", "dmeo").getForEntity("/engine-rest/task", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth("academia1", "demo").getForEntity("/engine-rest/task", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        List<HttpStatus> answers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            answers.add((HttpStatus) http.withBasicAuth("admin", "guess" + i).getForEntity("/engine-rest/task", String.class)
                    .getStatusCode());
        }
        assertThat(answers.subList(0, LoginThrottle.MAX_ACCOUNT_FAILURES)).containsOnly(HttpStatus.UNAUTHORIZED);
        assertThat(answers.subList(LoginThrottle.MAX_ACCOUNT_FAILURES, 10)).containsOnly(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(identity.checkPassword("admin", "test-admin")).as("the account itself is not locked").isTrue();
        assertThat(http.withBasicAuth("agency1", "demo").getForEntity("/engine-rest/task", String.class).getStatusCode())
                .as("other accounts from the same client").isEqualTo(HttpStatus.OK);

        // The webapps' login counts towards the client's limit as well.
        int failures = LoginThrottle.MAX_ACCOUNT_FAILURES + 1;
        while (failures < LoginThrottle.MAX_FAILURES) {
            assertThat(webappLogin("agency1", "guess").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
            failures++;
        }
        ResponseEntity<String> stopped = webappLogin("agency1", "demo");
        assertThat(stopped.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(stopped.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNotBlank();
        assertThat(identity.checkPassword("agency1", "demo")).isTrue();
    }

    /** Tasklist's sign-in: the page's XSRF cookie, then the form post. */
    private ResponseEntity<String> webappLogin(String user, String password) {
        ResponseEntity<String> page = http.getForEntity("/camunda/app/tasklist/default/", String.class);
        List<String> cookies = page.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, List.of());
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        cookies.forEach(cookie -> {
            String pair = cookie.split(";", 2)[0];
            headers.add(HttpHeaders.COOKIE, pair);
            if (pair.startsWith("XSRF-TOKEN=")) {
                headers.add("X-XSRF-TOKEN", pair.substring("XSRF-TOKEN=".length()));
            }
        });
        LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", user);
        form.add("password", password);
        return http.postForEntity("/camunda/api/admin/auth/user/default/login/tasklist", new HttpEntity<>(form, headers),
                String.class);
    }
}
