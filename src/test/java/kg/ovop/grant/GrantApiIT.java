package kg.ovop.grant;

import static kg.ovop.RestCalls.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

import kg.ovop.certificate.CertificateRegistry;
import kg.ovop.certification.BrandApplications;
import kg.ovop.producer.ProducerProfile;
import kg.ovop.producer.ProfileStore;
import kg.ovop.web.Language;

/** The grant APIs over HTTP with real accounts: administrators open calls, a certified producer applies and follows. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "ovop.mail.delivery=outbox")
@ActiveProfiles("test")
class GrantApiIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    IdentityService identity;

    @Autowired
    BrandApplications brand;

    @Autowired
    CertificateRegistry certificates;

    @Autowired
    ProfileStore profiles;

    @Autowired
    GrantStore grants;

    TestRestTemplate admin() {
        return http.withBasicAuth("admin", "test-admin");
    }

    /** A producer account of this test's own with a valid certificate; returns the certificate number. */
    String certified(String producer) {
        CertifiedProducers.account(identity, producer);
        return new CertifiedProducers(brand, certificates).certificate(producer, Language.ky);
    }

    static Map<String, Object> call(String fund, String cap) {
        return Map.ofEntries(Map.entry("nameKy", "Кийиз 2027"), Map.entry("nameRu", "Войлок 2027"), Map.entry("fund", fund),
                Map.entry("cap", cap), Map.entry("minContributionPercent", 20), Map.entry("minContributionRemotePercent", 10),
                Map.entry("categories", List.of()), Map.entry("regions", List.of()),
                Map.entry("opensOn", LocalDate.now().minusDays(1).toString()), Map.entry("closesOn", LocalDate.now().plusDays(60).toString()),
                Map.entry("passMark", 56));
    }

    @SuppressWarnings("unchecked")
    static String field(ResponseEntity<Map> problem) {
        return ((List<Map<String, String>>) problem.getBody().get("errors")).get(0).get("field");
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void anAdministratorOpensACallAndACertifiedProducerAppliesAndFollowsIt() throws Exception {
        ResponseEntity<Map> tooHighCap = admin().postForEntity("/api/admin/grant-calls", json(call("100000", "200000")), Map.class);
        assertThat(tooHighCap.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(field(tooHighCap)).isEqualTo("cap");
        Map<String, Object> badRegion = new java.util.HashMap<>(call("100000", "50000"));
        badRegion.put("regions", List.of("KG-ZZ"));
        assertThat(field(admin().postForEntity("/api/admin/grant-calls", json(badRegion), Map.class))).isEqualTo("regions");
        Map<String, Object> floating = new java.util.HashMap<>(call("100000", "50000"));
        floating.put("fund", "1e6");
        assertThat(field(admin().postForEntity("/api/admin/grant-calls", json(floating), Map.class))).isEqualTo("fund");

        ResponseEntity<Map> created = admin().postForEntity("/api/admin/grant-calls", json(call("2500000.50", "300000")), Map.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String code = (String) ((Map) created.getBody().get("call")).get("code");
        assertThat((Map) ((Map) created.getBody().get("figures")).get("free"))
                .as("exact tyiyn and the decimal in som, nothing else").isEqualTo(Map.of("tyiyn", 250_000_050, "som", "2500000.50"));

        String producer = "ga" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String certificate = certified(producer);
        TestRestTemplate asProducer = http.withBasicAuth(producer, "grant-" + producer);
        assertThat(asProducer.getForEntity("/api/grants/calls", List.class).getBody())
                .anySatisfy(c -> assertThat(((Map) c).get("code")).isEqualTo(code));
        Map<String, Object> application = Map.of("call", code, "certificate", certificate, "title", "Кийиз цехи",
                "description", "Жаңы станок.", "requested", "200000", "ownContribution", "50000",
                "budget", Map.of("equipment", "200000", "packaging", "25000", "administration", "25000"),
                "jobsPlanned", 3, "womenPlanned", 2, "youthPlanned", 1);

        Map<String, Object> wrongTotal = new java.util.HashMap<>(application);
        wrongTotal.put("budget", Map.of("equipment", "100000"));
        assertThat(field(asProducer.postForEntity("/api/grants", json(wrongTotal), Map.class))).isEqualTo("budget");
        Map<String, Object> unknownLine = new java.util.HashMap<>(application);
        unknownLine.put("budget", Map.of("weapons", "250000"));
        assertThat(field(asProducer.postForEntity("/api/grants", json(unknownLine), Map.class))).isEqualTo("budget.weapons");
        Map<String, Object> notMine = new java.util.HashMap<>(application);
        notMine.put("certificate", certified("gb" + UUID.randomUUID().toString().replace("-", "").substring(0, 10)));
        assertThat(field(asProducer.postForEntity("/api/grants", json(notMine), Map.class))).isEqualTo("certificate");

        // Since the certificate the producer moved to another address and reads Russian.
        profiles.save(producer, new ProducerProfile("farmer-household", "Фермер", "12345678901234", "+996700123456",
                "now-" + producer + "@example.org", Language.ru, "KG-C", "Аламүдүн", "Лебединовка", "Лебединовка"));
        ResponseEntity<Map> applied = asProducer.postForEntity("/api/grants", json(application), Map.class);
        assertThat(applied.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String number = (String) ((Map) applied.getBody().get("application")).get("number");
        assertThat(grants.get(number).email()).isEqualTo("now-" + producer + "@example.org");
        assertThat(grants.get(number).preferredLanguage()).isEqualTo(Language.ru);
        // Eligibility runs after the acknowledgement, on the job executor.
        long until = System.currentTimeMillis() + Duration.ofSeconds(30).toMillis();
        String status;
        do {
            Thread.sleep(200);
            status = (String) ((Map) asProducer.getForEntity("/api/grants/" + number, Map.class).getBody().get("application")).get("status");
        } while (!"in_screening".equals(status) && System.currentTimeMillis() < until);
        assertThat(status).isEqualTo("in_screening");

        assertThat(http.withBasicAuth("producer1", "demo").getForEntity("/api/grants/" + number, Map.class).getStatusCode())
                .as("another producer's application").isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<Map> early = asProducer.postForEntity("/api/grants/" + number + "/agreement",
                json(Map.of("ownContributionConfirmed", true, "agreementAccepted", true)), Map.class);
        assertThat(early.getStatusCode()).as("nothing to sign yet").isEqualTo(HttpStatus.CONFLICT);

        assertThat(asProducer.getForEntity("/api/admin/grant-calls", String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(admin().postForEntity("/api/grants", json(application), String.class).getStatusCode())
                .as("staff do not apply for grants").isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<Map> closed = admin().exchange("/api/admin/grant-calls/" + code + "/close", HttpMethod.POST, null, Map.class);
        assertThat(((Map) closed.getBody().get("call")).get("closedEarlyAt")).isNotNull();
        assertThat(asProducer.getForEntity("/api/grants/calls", List.class).getBody())
                .noneSatisfy(c -> assertThat(((Map) c).get("code")).isEqualTo(code));
    }
}
