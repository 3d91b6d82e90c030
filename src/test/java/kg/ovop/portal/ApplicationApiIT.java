package kg.ovop.portal;

import static kg.ovop.RestCalls.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
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

import kg.ovop.RestCalls;
import kg.ovop.certification.BrandCertification;

/** The producers' REST API over HTTP, with real accounts, the real process and the job executor. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ovop.mail.delivery=outbox", "ovop.portal.uploads.per-file=64KB", "ovop.portal.uploads.per-application=100KB"})
@ActiveProfiles("test")
class ApplicationApiIT {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes();
    static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0};

    @Autowired
    TestRestTemplate http;

    @Autowired
    IdentityService identity;

    @Autowired
    TaskService tasks;

    @BeforeEach
    void secondProducer() {
        if (identity.createUserQuery().userId("producer2").count() == 0) {
            User user = identity.newUser("producer2");
            user.setPassword("demo2");
            user.setEmail("producer2@example.org");
            identity.saveUser(user);
            identity.createMembership("producer2", "producers");
        }
    }

    static Map<String, Object> request(Object... overrides) {
        Map<String, Object> body = new HashMap<>();
        body.put("producerType", "farmer-household");
        body.put("producerName", "Бекболот Токтосунов");
        body.put("taxpayerNumber", "2" + ThreadLocalRandom.current().nextLong(1_000_000_000_000L, 9_999_999_999_999L));
        body.put("phone", "+996777000111");
        body.put("email", "bekbolot@example.org");
        body.put("preferredLanguage", "ky");
        body.put("region", "KG-J");
        body.put("district", "Базар-Коргон району");
        body.put("aiylAimak", "Арстанбап");
        body.put("village", "Арстанбап");
        body.put("productNameKy", "Арстанбап жаңгагы");
        body.put("productNameRu", "Арстанбапский грецкий орех");
        body.put("category", "food");
        body.put("description", "Walnuts from the Arslanbob walnut-fruit forest, hand-cracked.");
        body.put("localRawMaterialShare", 100);
        body.put("annualCapacity", 5000);
        body.put("capacityUnit", "kg");
        body.put("targetMarkets", List.of("JP", "KZ"));
        body.put("registeredBusiness", true);
        for (int i = 0; i < overrides.length; i += 2) {
            body.put((String) overrides[i], overrides[i + 1]);
        }
        return body;
    }

    TestRestTemplate producer1() {
        return http.withBasicAuth("producer1", "demo");
    }

    String createDraft() {
        ResponseEntity<Map> created = producer1().postForEntity("/api/applications", json(request()), Map.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getBody()).containsEntry("status", "draft");
        return (String) created.getBody().get("number");
    }

    ResponseEntity<Map> upload(TestRestTemplate as, String number, String kind, String fileName, byte[] bytes) {
        return as.postForEntity("/api/applications/" + number + "/documents", RestCalls.document(kind, fileName, bytes), Map.class);
    }

    @Test
    void aBrokenMultipartBodyIsA400NamingTheFile() {
        String number = createDraft();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("multipart/form-data; boundary=b0und4ry"));
        byte[] broken = "--b0und4ry\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF-"
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        ResponseEntity<Map> refused = producer1().postForEntity("/api/applications/" + number + "/documents",
                new HttpEntity<>(broken, headers), Map.class);

        assertThat(refused.getStatusCode()).as(String.valueOf(refused.getBody())).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(refused)).containsExactly("file");
    }

    static List<String> fields(ResponseEntity<Map> problem) {
        return ((List<Map<String, String>>) problem.getBody().get("errors")).stream().map(e -> e.get("field")).toList();
    }

    @Test
    void invalidFieldsAreRefusedNamingEachField() {
        ResponseEntity<Map> refused = producer1().postForEntity("/api/applications",
                json(request("taxpayerNumber", "123", "phone", "0555", "localRawMaterialShare", 140, "productNameKy", "")),
                Map.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(fields(refused)).containsExactlyInAnyOrder("taxpayerNumber", "phone", "localRawMaterialShare", "productNameKy");
        assertThat(fields(producer1().postForEntity("/api/applications", json(request("region", "KG-ZZ")), Map.class)))
                .containsExactly("region");
    }

    @Test
    void anotherProducersApplicationDoesNotExistForThem() {
        String number = createDraft();
        TestRestTemplate producer2 = http.withBasicAuth("producer2", "demo2");

        assertThat(producer2.getForEntity("/api/applications/" + number, Map.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(producer2.postForEntity("/api/applications/" + number + "/submit", null, Map.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(upload(producer2, number, "photo", "p.png", PNG).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(producer2.getForObject("/api/applications", List.class)).isEmpty();
        assertThat(http.getForEntity("/api/applications/" + number, Map.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void documentsAreCheckedByContentAndSize() {
        String number = createDraft();

        ResponseEntity<Map> disguised = upload(producer1(), number, "conformity", "certificate.pdf", EXE);
        assertThat(disguised.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(disguised)).containsExactly("file");
        assertThat(fields(upload(producer1(), number, "passport", "p.png", PNG))).containsExactly("kind");
        byte[] big = new byte[70 * 1024];
        System.arraycopy(PNG, 0, big, 0, PNG.length);
        assertThat(fields(upload(producer1(), number, "photo", "big.png", big))).containsExactly("file");

        ResponseEntity<Map> stored = upload(producer1(), number, "photo", "shyrdak.png", PNG);
        assertThat(stored.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(stored.getBody()).containsEntry("contentType", "image/png").containsEntry("sizeBytes", PNG.length);
        ResponseEntity<byte[]> back = producer1().getForEntity(stored.getHeaders().getLocation().getPath(), byte[].class);
        assertThat(back.getBody()).isEqualTo(PNG);
    }

    @Test
    void submitStartsTheProcessAndTheProducerAnswersTheAgency() throws Exception {
        String number = createDraft();
        ResponseEntity<Map> withoutDocuments = producer1().postForEntity("/api/applications/" + number + "/submit", null, Map.class);
        assertThat(withoutDocuments.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(withoutDocuments)).containsExactly("documents");
        assertThat(upload(producer1(), number, "conformity", "conformity.pdf", PDF).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(upload(producer1(), number, "photo", "walnuts.png", PNG).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String mistake = upload(producer1(), number, "other", "wrong-file.pdf", PDF).getHeaders().getLocation().getPath();
        assertThat(producer1().exchange(mistake, org.springframework.http.HttpMethod.DELETE, null, Void.class).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(producer1().exchange(mistake, org.springframework.http.HttpMethod.DELETE, null, Map.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        String conformity = producer1().getForObject("/api/applications/" + number, Map.class).get("documents") instanceof List<?> docs
                ? "/api/applications/" + number + "/documents/" + ((Map<?, ?>) docs.get(0)).get("id") : null;
        // An edit of the draft keeps what it does not change: still registered, documents still attached.
        Map<String, Object> edited = producer1().exchange("/api/applications/" + number, org.springframework.http.HttpMethod.PUT,
                json(request("productNameRu", "Арстанбапские орехи", "annualCapacity", 900)), Map.class).getBody();
        assertThat(edited).containsEntry("productNameRu", "Арстанбапские орехи");
        assertThat((List<?>) edited.get("documents")).hasSize(2);
        Map<String, Object> withoutAnswer = request();
        withoutAnswer.remove("registeredBusiness");
        assertThat(fields(producer1().exchange("/api/applications/" + number, org.springframework.http.HttpMethod.PUT,
                json(withoutAnswer), Map.class))).as("left out is not \"no\"").containsExactly("registeredBusiness");

        ResponseEntity<Map> submitted = producer1().postForEntity("/api/applications/" + number + "/submit", null, Map.class);
        assertThat(submitted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(producer1().postForEntity("/api/applications/" + number + "/submit", null, Map.class).getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
        assertThat(producer1().exchange("/api/applications/" + number, org.springframework.http.HttpMethod.PUT,
                json(request()), Map.class).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(producer1().exchange(conformity, org.springframework.http.HttpMethod.DELETE, null, Map.class).getStatusCode())
                .as("a submitted application keeps its documents").isEqualTo(HttpStatus.CONFLICT);

        Task screening = awaitTask(number, BrandCertification.TASK_SCREEN_APPLICATION);
        identity.setAuthentication("agency1", List.of("agency"));
        try {
            tasks.claim(screening.getId(), "agency1");
            tasks.complete(screening.getId(), Map.of("screeningDecision", "requestInformation",
                    "informationRequest", "Please add a photo of the packaging"));
        } finally {
            identity.clearAuthentication();
        }
        awaitTask(number, BrandCertification.TASK_PROVIDE_INFORMATION);

        Map<String, Object> waiting = producer1().getForObject("/api/applications/" + number, Map.class);
        assertThat(waiting).containsEntry("status", "information_requested")
                .containsEntry("informationRequested", "Please add a photo of the packaging");
        assertThat(upload(producer1(), number, "photo", "packaging.png", PNG).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(fields(producer1().postForEntity("/api/applications/" + number + "/information",
                json(Map.of("answer", " ")), Map.class))).containsExactly("answer");

        Map<String, Object> answered = producer1().postForObject("/api/applications/" + number + "/information",
                json(Map.of("answer", "Photo of the packaging is attached")), Map.class);
        assertThat(answered).containsEntry("status", "in_screening");
        assertThat(answered.get("informationRequested")).isNull();
        assertThat((List<Map<String, Object>>) answered.get("decisions")).extracting(d -> d.get("stage"))
                .containsExactly("eligibility", "screening", "information");
        assertThat((List<Map<String, Object>>) answered.get("decisions")).allSatisfy(d -> assertThat(d).doesNotContainKey("decided_by"));
    }

    @Test
    void theApiIsDescribedInOpenApi() throws Exception {
        String spec = http.getForObject("/v3/api-docs", String.class);
        assertThat(spec).contains("/api/applications", "/api/applications/{number}/documents", "/api/public/certificates");
        assertThat(spec).contains("\"title\":\"OVOP Workflow API\"", "\"version\":\"0.1.0-SNAPSHOT\"",
                "\"securitySchemes\":{\"basic\":{\"type\":\"http\"", "\"scheme\":\"basic\"", "\"security\":[{\"basic\":[]}]");
        assertThat(http.getForEntity("/swagger-ui/index.html", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);

        com.fasterxml.jackson.databind.JsonNode api = new com.fasterxml.jackson.databind.ObjectMapper().readTree(spec);
        assertThat(api.at("/info/description").asText()).contains("/api/applications", "/api/grants", "/api/admin", "RFC 7807");
        // Everything outside the public registry and verification needs a sign-in, and says so.
        api.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            if (!path.getKey().startsWith("/api/public") && !path.getKey().startsWith("/verify")) {
                assertThat(operation.getValue().at("/security/0").has("basic")).as(operation.getKey() + " " + path.getKey()).isTrue();
            }
        }));
    }

    private Task awaitTask(String number, String taskKey) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            Task task = tasks.createTaskQuery().processInstanceBusinessKey(number).taskDefinitionKey(taskKey).singleResult();
            if (task != null) {
                return task;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no task " + taskKey + " for " + number);
    }
}
