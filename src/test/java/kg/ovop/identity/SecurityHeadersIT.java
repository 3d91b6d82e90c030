package kg.ovop.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/** Security headers on our pages, our JSON and /engine-rest; the session cookie stays on this site. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "ovop.mail.delivery=outbox")
@ActiveProfiles("test")
class SecurityHeadersIT {

    @Autowired
    TestRestTemplate http;

    @Test
    void pagesAllowScriptsFromThisSiteOnlyAndAreNeverFramed() {
        ResponseEntity<String> page = http.getForEntity("/login", String.class);

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getHeaders().getFirst("Content-Security-Policy")).isEqualTo(WebSecurity.PAGES_POLICY);
        assertThat(page.getHeaders().getFirst("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(page.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.getHeaders().get(HttpHeaders.SET_COOKIE)).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").contains("HttpOnly").contains("SameSite=Lax"));
    }

    @Test
    void jsonAndTheEngineRestApiLoadNothingAndSendNoReferrer() {
        for (ResponseEntity<String> json : new ResponseEntity[] {
                http.getForEntity("/api/public/certificates", String.class),
                http.getForEntity("/engine-rest/task", String.class),
                http.withBasicAuth("agency1", "demo").getForEntity("/engine-rest/task", String.class)}) {
            assertThat(json.getHeaders().getFirst("Content-Security-Policy")).isEqualTo(WebSecurity.API_POLICY);
            assertThat(json.getHeaders().getFirst("Referrer-Policy")).isEqualTo("no-referrer");
            assertThat(json.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        }
    }
}
