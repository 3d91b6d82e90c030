package kg.ovop.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.ObjectMapper;

import kg.ovop.certification.Application;
import kg.ovop.certification.BrandApplications;
import kg.ovop.certification.TestApplications;

/**
 * A bounded fuzz over every JSON endpoint, upload and query of ours: wrong types, lengths,
 * encodings, control characters, nesting and broken bodies. Nothing answers 5xx, a refusal writes
 * nothing, and nothing is logged as an ERROR. The inputs are fixed (no randomness), so a failure
 * repeats.
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

    @LocalServerPort
    int port;

    @Autowired
    BrandApplications door;

    @Autowired
    JdbcTemplate jdbc;

    final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    final List<String> failures = new ArrayList<>();
    int requests;

    @Test
    void nothingAnswers5xxWritesHalfOrLogsAnError(CapturedOutput output) throws Exception {
        Application draft = door.createDraft("producer1", TestApplications.applicationForm(TestApplications.form()));
        String api = "/api/applications/" + draft.number();
        Map<String, Object> valid = TestApplications.apiRequest(TestApplications.form());
        int logStart = output.getAll().length();

        for (String field : valid.keySet()) {
            for (Object wrong : WRONG) {
                Map<String, Object> body = new LinkedHashMap<>(valid);
                body.put(field, wrong);
                json("POST", "/api/applications", "producer1", body);
                json("PUT", api, "producer1", body);
            }
        }
        for (Object wrong : WRONG) {
            json("POST", api + "/information", "producer1", Map.of("answer", wrong));
            json("POST", "/api/admin/certificates/KG-OVOP-1999-000001/suspend", "admin", Map.of("reason", wrong));
        }
        for (String path : List.of("/api/applications", api, api + "/information", "/api/admin/certificates/KG-OVOP-1999-000001/revoke")) {
            for (byte[] body : BROKEN_BODIES) {
                int status = send(path.equals(api) ? "PUT" : "POST", path, path.contains("admin") ? "admin" : "producer1",
                        "application/json", body);
                if (status < 400 || status >= 500) {
                    failures.add("broken body of " + body.length + " bytes to " + path + ": " + status);
                }
            }
        }
        for (String name : List.of("lab\u0000.pdf", "\u202Efdp.exe", "../../etc/passwd", "a\r\nContent-Type: text/html", "x".repeat(1_000),
                "😀.pdf")) {
            upload(api, "conformity", name, TestApplications.PDF);
        }
        for (String kind : List.of("", "CONFORMITY", "x".repeat(1_000), "\u0000", "photo\r\n")) {
            upload(api, kind, "a.pdf", TestApplications.PDF);
        }
        for (byte[] content : List.of(new byte[0], new byte[] {(byte) 0x89, 'P', 'N', 'G'}, "%PDF-<html>".getBytes(),
                "GIF89a".getBytes())) {
            upload(api, "photo", "a.png", content);
        }
        for (String query : List.of("page=-1", "page=2147483648", "size=0", "size=abc", "stars=9", "stars=x", "q=" + "x".repeat(500),
                "region=%00", "category=%E2%80%AE", "region=KG-N&category=food&stars=4&q=%25%5F")) {
            get("/api/public/certificates?" + query, null);
        }
        for (String query : List.of("region=%00", "parent=" + "x".repeat(500), "region=KG-ZZ", "parent=%27")) {
            get("/api/public/territories?" + query, null);
        }
        for (String query : List.of("from=yesterday", "to=2026-13-45", "from=2026-12-01&to=2020-01-01", "version=x", "process=%00",
                "region=%3Cb%3E", "group=" + "x".repeat(300), "from=0001-01-01&to=9999-12-31")) {
            get("/api/admin/monitoring/report?" + query, "admin");
        }

        System.out.println("FuzzIT sent " + requests + " requests");
        assertThat(failures).as("answers that are not what they should be").isEmpty();
        assertThat(output.getAll().substring(logStart).lines().filter(line -> line.contains(" ERROR ")))
                .as("errors logged while fuzzing").isEmpty();
    }

    /** A JSON body that may be refused (4xx, nothing written) or, where it happens to be valid, accepted. */
    void json(String method, String path, String user, Object body) throws Exception {
        long before = rows();
        int status = send(method, path, user, "application/json", JSON.writeValueAsBytes(body));
        check(method + " " + path + " " + abbreviate(body), status, before);
    }

    void upload(String api, String kind, String fileName, byte[] content) throws Exception {
        String boundary = "fuzz-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\n" + kind + "\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        long before = rows();
        int status = send("POST", api + "/documents", "producer1", "multipart/form-data; boundary=" + boundary, body.toByteArray());
        check("upload kind=" + abbreviate(kind) + " name=" + abbreviate(fileName) + " of " + content.length + " bytes", status, before);
    }

    void get(String path, String user) throws Exception {
        int status = send("GET", path, user, null, null);
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

    /** Rows an application request could write: applications, documents, decisions, certificate changes. */
    long rows() {
        return jdbc.queryForObject("SELECT (SELECT COUNT(*) FROM ovop_application) + (SELECT COUNT(*) FROM ovop_application_document)"
                + " + (SELECT COUNT(*) FROM ovop_application_decision) + (SELECT COUNT(*) FROM ovop_certificate_status_change)",
                Long.class);
    }

    int send(String method, String path, String user, String contentType, byte[] body) throws IOException, InterruptedException {
        requests++;
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (user != null) {
            String password = "admin".equals(user) ? "test-admin" : "demo";
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    static String abbreviate(Object value) {
        String text = String.valueOf(value);
        return URLEncoder.encode(text.length() > 80 ? text.substring(0, 80) + "…" : text, StandardCharsets.UTF_8);
    }
}
