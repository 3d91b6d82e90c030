package kg.ovop.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.MethodParameter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.fasterxml.jackson.databind.ObjectMapper;

import kg.ovop.certificate.CertificateRegistry;
import kg.ovop.certification.Application;
import kg.ovop.certification.BrandApplications;
import kg.ovop.certification.TestApplications;
import kg.ovop.config.TimeConfiguration;
import kg.ovop.grant.CertifiedProducers;
import kg.ovop.grant.GrantApplication;
import kg.ovop.grant.GrantApplications;
import kg.ovop.grant.GrantRequest;
import kg.ovop.grant.fund.CallRequest;
import kg.ovop.grant.fund.GrantCall;
import kg.ovop.grant.fund.GrantCalls;

/**
 * A bounded fuzz over every JSON endpoint, upload and query of ours: wrong types, lengths,
 * encodings, control characters, nesting and broken bodies. Nothing answers 5xx, a refusal writes
 * nothing, and nothing is logged as an ERROR. Every endpoint of ours that takes a JSON body or a
 * file must be fuzzed here: a new one without fuzzing fails the test. The inputs are fixed (no
 * randomness), so a failure repeats.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "ovop.mail.delivery=outbox")
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class FuzzIT {

    static final ObjectMapper JSON = new ObjectMapper();

    /** Values that break a field one way or another. */
    static final List<Object> WRONG = List.of(
            "", " ", "x".repeat(10_000), "\u0000nul", "\u0007\u001b[31mred", "\u202Eevil.exe", "😀".repeat(50), "<script>alert(1)</script>",
            "' OR 1=1 --", -1, 2_147_483_648L, 1.5e308, true, List.of(1, 2), Map.of("a", 1));

    static final List<byte[]> BROKEN_BODIES = List.of(
            new byte[0], "null".getBytes(), "[]".getBytes(), "{".getBytes(), "{\"a\":".getBytes(), "\"just a string\"".getBytes(),
            new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, 0x28, '"', '}'}, "[".repeat(100_000).getBytes(),
            ("{\"a\":" + "{\"a\":".repeat(2_000) + "1" + "}".repeat(2_001)).getBytes());

    static final List<String> HOSTILE_NAMES = List.of("lab\u0000.pdf", "\u202Efdp.exe", "../../etc/passwd",
            "a\r\nContent-Type: text/html", "x".repeat(1_000), "😀.pdf");

    static final List<byte[]> DISGUISED_CONTENTS = List.of(new byte[0], new byte[] {(byte) 0x89, 'P', 'N', 'G'},
            "%PDF-<html>".getBytes(), "GIF89a".getBytes());

    static final String BOUNDARY = "fuzz-boundary";

    @LocalServerPort
    int port;

    @Autowired
    BrandApplications door;

    @Autowired
    GrantApplications grants;

    @Autowired
    GrantCalls calls;

    @Autowired
    CertificateRegistry certificates;

    @Autowired
    ProcessEngine engine;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    final Map<String, String> passwords = new HashMap<>(Map.of("admin", "test-admin"));
    final List<String> failures = new ArrayList<>();
    final Set<String> fuzzed = new TreeSet<>();
    int requests;

    @Test
    void nothingAnswers5xxWritesHalfOrLogsAnError(CapturedOutput output) throws Exception {
        Application draft = door.createDraft("producer1", TestApplications.applicationForm(TestApplications.form()));
        String api = "/api/applications/" + draft.number();
        int logStart = output.getAll().length();

        Map<String, Object> application = TestApplications.apiRequest(TestApplications.form());
        fields("POST /api/applications", "/api/applications", "producer1", application);
        fields("PUT /api/applications/{number}", api, "producer1", application);
        fields("POST /api/applications/{number}/information", api + "/information", "producer1", Map.of("answer", "Here it is"));
        fields("POST /api/applications/renewals", "/api/applications/renewals", "producer1", Map.of("certificate", "KG-OVOP-1999-000001"));
        Application withdrawn = door.createDraft("producer1", TestApplications.applicationForm(TestApplications.form()));
        fields("POST /api/applications/{number}/withdraw", "/api/applications/" + withdrawn.number() + "/withdraw", "producer1",
                Map.of("reason", "Changed my mind"));
        for (String change : List.of("suspend", "reinstate", "revoke")) {
            fields("POST /api/admin/certificates/{number}/" + change, "/api/admin/certificates/KG-OVOP-1999-000001/" + change,
                    "admin", Map.of("reason", "Fuzz"));
        }
        uploads("POST /api/applications/{number}/documents", api + "/documents", "producer1", "conformity", null);

        LocalDate today = LocalDate.now(TimeConfiguration.BISHKEK);
        Map<String, Object> call = new LinkedHashMap<>();
        call.putAll(Map.of("nameKy", "Кийиз", "nameRu", "Войлок", "nameEn", "Felt", "fund", "100000", "cap", "50000",
                "minContributionPercent", 20, "minContributionRemotePercent", 10, "categories", List.of(), "regions", List.of()));
        call.putAll(Map.of("opensOn", today.minusDays(1).toString(), "closesOn", today.plusDays(30).toString(), "passMark", 56));
        fields("POST /api/admin/grant-calls", "/api/admin/grant-calls", "admin", call);
        fields("POST /api/admin/holidays", "/api/admin/holidays", "admin", Map.of("day", "2099-02-03", "nameKy", "Майрам",
                "nameRu", "Праздник", "nameEn", "Holiday"));
        jdbc.update("DELETE FROM ovop_public_holiday WHERE holiday_date >= DATE '2099-01-01'");
        fuzzGrants(today);

        PageSession producerPages = new PageSession("producer1");
        uploads("POST /portal/applications/{number}/documents", "/portal/applications/" + draft.number() + "/documents", "producer1",
                "conformity", producerPages);
        PageSession adminPages = new PageSession("admin");
        for (byte[] csv : List.of(new byte[0], "code\r\n".getBytes(), "\u0000\u0001".getBytes(), (String.join(",",
                kg.ovop.region.TerritoryImport.HEADER) + "\r\n" + "x,".repeat(20) + "\r\n\"unclosed").getBytes(StandardCharsets.UTF_8),
                ("\uFEFF" + "a;b;c\r\n").getBytes(StandardCharsets.UTF_8))) {
            upload("POST /admin/territories", "/admin/territories", "admin", null, "territories.csv", csv, adminPages);
        }

        for (String query : List.of("page=-1", "page=2147483648", "size=0", "size=abc", "stars=9", "stars=x", "q=" + "x".repeat(500),
                "region=%00", "category=%E2%80%AE", "region=KG-N&category=food&stars=4&q=%25%5F")) {
            get("/api/public/certificates?" + query, null);
        }
        for (String query : List.of("region=%00", "parent=" + "x".repeat(500), "region=KG-ZZ", "parent=%27")) {
            get("/api/public/territories?" + query, null);
        }
        for (String path : List.of("/api/admin/monitoring/report?", "/api/admin/monitoring/bottlenecks.csv?")) {
            for (String query : List.of("from=yesterday", "to=2026-13-45", "from=2026-12-01&to=2020-01-01", "version=x", "process=%00",
                    "region=%3Cb%3E", "group=" + "x".repeat(300), "from=0001-01-01&to=9999-12-31")) {
                get(path + query, "admin");
            }
        }

        System.out.println("FuzzIT sent " + requests + " requests");
        assertThat(failures).as("answers that are not what they should be").isEmpty();
        assertThat(output.getAll().substring(logStart).lines().filter(line -> line.contains(" ERROR ")))
                .as("errors logged while fuzzing").isEmpty();
        Set<String> takingBodies = takingBodies();
        assertThat(takingBodies).as("found by their parameters").contains("POST /api/grants", "POST /admin/territories");
        assertThat(fuzzed).as("every endpoint of ours taking a body or a file is fuzzed").containsAll(takingBodies);
    }

    /** A certified producer of this test's own applies to a call of its own; each grant door fuzzed on that application. */
    private void fuzzGrants(LocalDate today) throws Exception {
        GrantCall call = calls.create(new CallRequest("Кийиз", "Войлок", "Felt", "1000000", "300000", 20, 10, List.of(), List.of(),
                today.minusDays(1).toString(), today.plusDays(30).toString(), 56), "admin");
        String producer = "fz" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        CertifiedProducers.account(engine.getIdentityService(), producer);
        passwords.put(producer, "grant-" + producer);
        String certificate = new CertifiedProducers(door, certificates).certificate(producer, kg.ovop.web.Language.ky);
        Map<String, Object> request = new LinkedHashMap<>();
        request.putAll(Map.of("call", call.code(), "certificate", certificate, "title", "Цех", "description", "Станок.",
                "requested", "200000", "ownContribution", "50000",
                "budget", Map.of("equipment", "200000", "packaging", "25000", "administration", "25000")));
        request.putAll(Map.of("jobsPlanned", 3, "womenPlanned", 2, "youthPlanned", 1));
        fields("POST /api/grants", "/api/grants", producer, request);
        GrantApplication grant = grants.apply(producer, new GrantRequest(call.code(), certificate, "Цех", "Станок.", "200000", "50000",
                Map.of("equipment", "200000", "packaging", "25000", "administration", "25000"), 3, 2, 1));
        String api = "/api/grants/" + grant.number();
        fields("POST /api/grants/{number}/agreement", api + "/agreement", producer,
                Map.of("ownContributionConfirmed", true, "agreementAccepted", true));
        fields("POST /api/grants/{number}/reports", api + "/reports", producer, Map.of("reportSummary", "Done", "jobsCreated", 3,
                "womenEmployed", 2, "youthEmployed", 1, "sales", 450000, "exports", 1000));
        uploads("POST /api/grants/{number}/documents", api + "/documents", producer, "bank-certificate", null);
        uploads("POST /portal/grants/{number}/documents", "/portal/grants/" + grant.number() + "/documents", producer,
                "bank-certificate", new PageSession(producer));
        fields("POST /api/admin/grants/{number}/misuse", "/api/admin/grants/" + grant.number() + "/misuse", "admin",
                Map.of("reason", "Sold the machine"));
    }

    /** Each field of a valid body replaced by each wrong value, then broken bodies: 4xx, or accepted where it happens to be valid. */
    void fields(String endpoint, String path, String user, Map<String, Object> valid) throws Exception {
        fuzzed.add(endpoint);
        String method = endpoint.substring(0, endpoint.indexOf(' '));
        for (String field : valid.keySet()) {
            for (Object wrong : WRONG) {
                Map<String, Object> body = new LinkedHashMap<>(valid);
                body.put(field, wrong);
                long before = rows();
                int status = send(method, path, user, "application/json", JSON.writeValueAsBytes(body), null);
                check(method + " " + path + " " + field + "=" + abbreviate(wrong), status, before);
            }
        }
        for (byte[] body : BROKEN_BODIES) {
            int status = send(method, path, user, "application/json", body, null);
            if (status < 400 || status >= 500) {
                failures.add("broken body of " + body.length + " bytes to " + path + ": " + status);
            }
        }
    }

    /** Hostile file names, kinds and disguised contents, over HTTP Basic or a signed-in page session. */
    void uploads(String endpoint, String path, String user, String kind, PageSession page) throws Exception {
        for (String name : HOSTILE_NAMES) {
            upload(endpoint, path, user, kind, name, TestApplications.PDF, page);
        }
        for (String wrongKind : List.of("", kind.toUpperCase(), "x".repeat(1_000), "\u0000", kind + "\r\n")) {
            upload(endpoint, path, user, wrongKind, "a.pdf", TestApplications.PDF, page);
        }
        for (byte[] content : DISGUISED_CONTENTS) {
            upload(endpoint, path, user, kind, "a.png", content, page);
        }
        int status = send("POST", path, user, "multipart/form-data; boundary=" + BOUNDARY, "--fuzz-boundary\r\nbroken".getBytes(), page);
        if (status < 400 || status >= 500) {
            failures.add("broken multipart body to " + path + ": " + status);
        }
    }

    void upload(String endpoint, String path, String user, String kind, String fileName, byte[] content, PageSession page)
            throws Exception {
        fuzzed.add(endpoint);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (kind != null) {
            body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\n" + kind + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        long before = rows();
        int status = send("POST", path, user, "multipart/form-data; boundary=" + BOUNDARY, body.toByteArray(), page);
        check("upload to " + path + " kind=" + abbreviate(kind) + " name=" + abbreviate(fileName) + " of " + content.length + " bytes",
                status, before);
    }

    void get(String path, String user) throws Exception {
        int status = send("GET", path, user, null, null, null);
        if (status >= 500) {
            failures.add("GET " + abbreviate(path) + ": " + status);
        }
    }

    void check(String what, int status, long rowsBefore) {
        if (status >= 500) {
            failures.add(what + ": " + status);
        } else if (status >= 400 && rows() != rowsBefore) {
            failures.add(what + ": refused with " + status + " but wrote rows");
        }
    }

    /**
     * Rows a request could write: applications, documents, decisions, certificate changes, grant
     * applications with their budget lines, documents and reports, calls, fund entries, holidays,
     * territories. (Not mail and grant decisions: the job executor writes those for earlier requests.)
     */
    long rows() {
        return jdbc.queryForObject("SELECT (SELECT COUNT(*) FROM ovop_application) + (SELECT COUNT(*) FROM ovop_application_document)"
                + " + (SELECT COUNT(*) FROM ovop_application_decision) + (SELECT COUNT(*) FROM ovop_certificate_status_change)"
                + " + (SELECT COUNT(*) FROM ovop_grant_application) + (SELECT COUNT(*) FROM ovop_grant_budget_line)"
                + " + (SELECT COUNT(*) FROM ovop_grant_document) + (SELECT COUNT(*) FROM ovop_grant_report)"
                + " + (SELECT COUNT(*) FROM ovop_grant_call) + (SELECT COUNT(*) FROM ovop_grant_ledger)"
                + " + (SELECT COUNT(*) FROM ovop_public_holiday) + (SELECT COUNT(*) FROM ovop_territory)", Long.class);
    }

    /** Every endpoint of ours with a JSON body or a file among its parameters, as "METHOD /pattern". */
    Set<String> takingBodies() {
        Set<String> endpoints = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            HandlerMethod handler = mapping.getValue();
            if (!handler.getBeanType().getPackageName().startsWith("kg.ovop")) {
                continue;
            }
            boolean body = false;
            for (MethodParameter parameter : handler.getMethodParameters()) {
                body |= parameter.hasParameterAnnotation(RequestBody.class) || parameter.getParameterType() == MultipartFile.class;
            }
            if (body) {
                for (String pattern : mapping.getKey().getPatternValues()) {
                    mapping.getKey().getMethodsCondition().getMethods().forEach(method -> endpoints.add(method.name() + " " + pattern));
                }
            }
        }
        return endpoints;
    }

    int send(String method, String path, String user, String contentType, byte[] body, PageSession page)
            throws IOException, InterruptedException {
        requests++;
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (page != null) {
            return page.send(request);
        }
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + passwords.getOrDefault(user, "demo")).getBytes(StandardCharsets.UTF_8)));
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** A person signed in through the sign-in form, sending the page's CSRF token with each change. */
    final class PageSession {

        private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

        private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        private String csrf;

        PageSession(String user) throws IOException, InterruptedException {
            csrf = token();
            HttpResponse<Void> signedIn = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(user) + "&password="
                            + encode(passwords.getOrDefault(user, "demo")) + "&_csrf=" + encode(csrf))).build(),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(signedIn.statusCode()).as(user + " signs in").isEqualTo(302);
            assertThat(signedIn.headers().firstValue("Location").orElse("")).as(user + " signs in").doesNotContain("error");
            csrf = token();
        }

        int send(HttpRequest.Builder request) throws IOException, InterruptedException {
            HttpResponse<Void> response = browser.send(request.header("X-CSRF-TOKEN", csrf).build(), HttpResponse.BodyHandlers.discarding());
            if (response.headers().firstValue("Location").orElse("").endsWith("/login")) {
                failures.add("signed out while fuzzing: " + response.uri());
            }
            return response.statusCode();
        }

        private String token() throws IOException, InterruptedException {
            Matcher token = CSRF.matcher(browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            assertThat(token.find()).isTrue();
            return token.group(1);
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String abbreviate(Object value) {
        String text = String.valueOf(value);
        return encode(text.length() > 80 ? text.substring(0, 80) + "…" : text);
    }
}
