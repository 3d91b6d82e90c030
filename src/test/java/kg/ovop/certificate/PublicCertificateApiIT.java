package kg.ovop.certificate;

import static kg.ovop.RestCalls.accept;
import static kg.ovop.RestCalls.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

import kg.ovop.MutableClock;
import kg.ovop.web.Language;

/** The public verification and registry endpoints and the administrators' API, over HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(MutableClock.Config.class)
class PublicCertificateApiIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    CertificateRegistry registry;

    @Autowired
    MutableClock clock;

    final String marker = "m" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    Certificate issue(String region, String category, int stars) {
        return registry.issue(new CertificateRequest("OVOP-TEST-" + UUID.randomUUID().toString().substring(0, 20),
                "Бакыт Осмонов", "10305198800456", "bakyt@example.org", Language.ky, "Жаңгак " + marker, "Грецкий орех " + marker,
                "Walnuts " + marker, category, region, "Арстанбап", "Арстанбап", stars, null));
    }

    @Test
    void validCertificateVerifiesAsJsonAndAsAPageWithoutLogin() {
        Certificate certificate = issue("KG-J", "food", 5);

        ResponseEntity<Map> json = http.exchange("/verify/" + certificate.verificationToken(), HttpMethod.GET,
                accept(MediaType.APPLICATION_JSON, "en"), Map.class);
        assertThat(json.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.getBody()).containsEntry("number", certificate.number()).containsEntry("status", "valid")
                .containsEntry("regionName", "Jalal-Abad").containsEntry("stars", 5)
                .doesNotContainKeys("producerEmail", "verificationToken", "applicationRef");

        ResponseEntity<String> page = http.exchange("/verify/" + certificate.verificationToken(), HttpMethod.GET,
                accept(MediaType.TEXT_HTML, "ky"), String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("Бул сертификат чыныгы жана жарактуу.", certificate.number(), "Жалал-Абад",
                "/verify/" + certificate.verificationToken() + "/certificate.pdf");

        ResponseEntity<byte[]> pdf = http.getForEntity("/verify/" + certificate.verificationToken() + "/certificate.pdf",
                byte[].class);
        assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(new String(pdf.getBody(), 0, 5)).isEqualTo("%PDF-");
        assertThat(http.getForEntity("/verify/not-a-real-token/certificate.pdf", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void unknownTokenIsA404WithAProblemBody() {
        ResponseEntity<Map> json = http.exchange("/verify/not-a-real-token", HttpMethod.GET,
                accept(MediaType.APPLICATION_JSON, "en"), Map.class);

        assertThat(json.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(json.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(json.getBody()).containsEntry("status", 404).containsEntry("title", "Certificate not found");
        assertThat((List<Map<String, String>>) json.getBody().get("errors")).extracting(e -> e.get("field"))
                .containsExactly("token");

        ResponseEntity<String> page = http.exchange("/verify/not-a-real-token", HttpMethod.GET,
                accept(MediaType.TEXT_HTML, "ru"), String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(page.getBody()).contains("Сертификат по этой ссылке не найден");
    }

    @Test
    void revokedCertificateShowsItAtOnceWithTheReason() {
        Certificate certificate = issue("KG-Y", "food", 4);
        ResponseEntity<Map> revoked = asAdmin().postForEntity("/api/admin/certificates/" + certificate.number() + "/revoke",
                json(Map.of("reason", "Honey was diluted with sugar syrup")), Map.class);
        assertThat(revoked.getStatusCode()).isEqualTo(HttpStatus.OK);

        Map<String, Object> verified = http.exchange("/verify/" + certificate.verificationToken(), HttpMethod.GET,
                accept(MediaType.APPLICATION_JSON, "en"), Map.class).getBody();
        assertThat(verified).containsEntry("status", "revoked").containsEntry("statusReason", "Honey was diluted with sugar syrup");
        assertThat(http.exchange("/verify/" + certificate.verificationToken(), HttpMethod.GET,
                accept(MediaType.TEXT_HTML, "en"), String.class).getBody())
                .contains("This certificate has been REVOKED", "Honey was diluted with sugar syrup");
        assertThat(registryNumbers("q=" + marker)).doesNotContain(certificate.number());
    }

    @Test
    void expiredCertificateShowsAsExpired() {
        Certificate certificate = issue("KG-T", "beverages", 3);
        clock.advance(Duration.ofDays(3 * 366));
        try {
            Map<String, Object> verified = http.exchange("/verify/" + certificate.verificationToken(), HttpMethod.GET,
                    accept(MediaType.APPLICATION_JSON, "en"), Map.class).getBody();
            assertThat(verified).containsEntry("status", "expired");
            assertThat(verified.get("statusReason")).isNull();
            assertThat(registryNumbers("q=" + marker)).doesNotContain(certificate.number());
        } finally {
            clock.advance(Duration.ofDays(-3 * 366));
        }
    }

    @Test
    void registryFiltersByRegionCategoryStarsAndTextWithPaging() {
        Certificate naryn5 = issue("KG-N", "food", 5);
        Certificate naryn4 = issue("KG-N", "textiles-felt", 4);
        Certificate osh3 = issue("KG-O", "food", 3);

        assertThat(registryNumbers("q=" + marker)).containsExactlyInAnyOrder(naryn5.number(), naryn4.number(), osh3.number());
        assertThat(registryNumbers("q=" + marker + "&region=KG-N")).containsExactlyInAnyOrder(naryn5.number(), naryn4.number());
        assertThat(registryNumbers("q=" + marker + "&category=food")).containsExactlyInAnyOrder(naryn5.number(), osh3.number());
        assertThat(registryNumbers("q=" + marker + "&stars=4")).containsExactly(naryn4.number());
        assertThat(registryNumbers("q=" + naryn4.number())).containsExactly(naryn4.number());

        Map<String, Object> page0 = http.getForObject("/api/public/certificates?q=" + marker + "&size=2&page=0", Map.class);
        Map<String, Object> page1 = http.getForObject("/api/public/certificates?q=" + marker + "&size=2&page=1", Map.class);
        assertThat(page0).containsEntry("total", 3).containsEntry("totalPages", 2);
        assertThat((List<?>) page0.get("items")).hasSize(2);
        assertThat((List<?>) page1.get("items")).hasSize(1);

        String html = http.exchange("/registry?q=" + marker + "&region=KG-N&lang=en", HttpMethod.GET,
                accept(MediaType.TEXT_HTML, "en"), String.class).getBody();
        assertThat(html).contains("Walnuts " + marker, "Naryn", "2 certificates").doesNotContain(osh3.number());
        Matcher link = Pattern.compile("href=\"(/verify/[^\"]+)\"[^>]*>([A-Z0-9-]+)</a>").matcher(html);
        assertThat(link.find()).as("each entry links to its verification page").isTrue();
        String verification = http.exchange(link.group(1) + "?lang=en", HttpMethod.GET, accept(MediaType.TEXT_HTML, "en"),
                String.class).getBody();
        assertThat(verification).contains(link.group(2));
    }

    @Test
    void badRegistryParametersAreRefusedNamingTheField() {
        for (String[] bad : List.of(new String[] {"stars=7", "stars"}, new String[] {"stars=many", "stars"},
                new String[] {"region=KG-XX", "region"}, new String[] {"category=weapons", "category"},
                new String[] {"size=1000", "size"}, new String[] {"page=-1", "page"},
                new String[] {"q=" + "x".repeat(101), "q"})) {
            ResponseEntity<Map> response = http.getForEntity("/api/public/certificates?" + bad[0], Map.class);
            assertThat(response.getStatusCode()).as(bad[0]).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat((List<Map<String, String>>) response.getBody().get("errors")).as(bad[0])
                    .extracting(e -> e.get("field")).containsExactly(bad[1]);
        }
    }

    @Test
    void administratorsOnlyMayChangeStatusOrRenderPdfs() {
        Certificate certificate = issue("KG-C", "crafts-souvenirs", 4);
        String suspend = "/api/admin/certificates/" + certificate.number() + "/suspend";

        assertThat(http.postForEntity(suspend, json(Map.of("reason", "x")), String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth("agency1", "demo").postForEntity(suspend, json(Map.of("reason", "x")), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth("agency1", "demo").getForEntity("/api/admin/certificates/sample.pdf", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        ResponseEntity<Map> noReason = asAdmin().postForEntity(suspend, json(Map.of("reason", "")), Map.class);
        assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<Map<String, String>>) noReason.getBody().get("errors")).extracting(e -> e.get("field"))
                .containsExactly("reason");

        ResponseEntity<Map> reinstateValid = asAdmin().postForEntity("/api/admin/certificates/" + certificate.number()
                + "/reinstate", json(Map.of("reason", "no")), Map.class);
        assertThat(reinstateValid.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);

        assertThat(asAdmin().postForEntity(suspend, json(Map.of("reason", "Inspection pending")), Map.class).getBody())
                .containsEntry("status", "suspended");
        Map<String, Object> details = asAdmin().getForObject("/api/admin/certificates/" + certificate.number(), Map.class);
        assertThat((List<Map<String, Object>>) details.get("history")).extracting(h -> h.get("changedBy"))
                .containsExactly("admin");

        ResponseEntity<byte[]> pdf = asAdmin().getForEntity("/api/admin/certificates/" + certificate.number()
                + "/certificate.pdf", byte[].class);
        assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(new String(pdf.getBody(), 0, 5)).isEqualTo("%PDF-");
        ResponseEntity<byte[]> sample = asAdmin().getForEntity("/api/admin/certificates/sample.pdf", byte[].class);
        assertThat(sample.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(asAdmin().getForEntity("/api/admin/certificates/KG-OVOP-1999-000001", Map.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    private List<Object> registryNumbers(String query) {
        Map<String, Object> page = http.getForObject("/api/public/certificates?size=100&" + query, Map.class);
        return ((List<Map<String, Object>>) page.get("items")).stream().map(c -> c.get("number")).toList();
    }

    private TestRestTemplate asAdmin() {
        return http.withBasicAuth("admin", "test-admin");
    }
}
