package kg.ovop.identity;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import kg.ovop.TestEnvironment;
import kg.ovop.certification.Application;
import kg.ovop.certification.BrandApplications;
import kg.ovop.certification.TestApplications;

/**
 * Who may reach what, as one table: every endpoint of ours (pages, /api, /admin), the actuator,
 * chosen /engine-rest resources and the webapps' API, for anonymous, two producers, each reviewer
 * group and the administrator. A cell is the security outcome (must sign in, forbidden, not found
 * for them, or let through to the handler). An endpoint of ours without a row fails the test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "ovop.mail.delivery=outbox")
@ActiveProfiles("test")
@AutoConfigureObservability
class AccessMatrixIT {

    enum Seen { SIGN_IN, FORBIDDEN, NOT_FOUND, ALLOWED }

    /** Everyone the table speaks of; the reviewers are one column each. */
    static final List<String> STAFF = List.of("agency1", "agencyosh1", "academia1", "association1", "committee1", "grantcommittee1",
            "finance1");

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    BrandApplications door;

    @Autowired
    TaskService tasks;

    /** One row: the endpoint it stands for (as mapped), how to call it, and what each visitor meets. */
    record Row(String endpoint, String method, String path, boolean page, String body, Map<String, Seen> expected) {

        /** The Camunda webapps' own API, reached with the session of their login (as Tasklist and Cockpit do). */
        boolean webapp() {
            return path.startsWith("/camunda/api/");
        }
    }

    /** Expected outcomes: anonymous, the owner (producer1), another producer, each reviewer, the administrator. */
    static Map<String, Seen> expect(Seen anonymous, Seen owner, Seen otherProducer, Seen staff, Seen admin) {
        Map<String, Seen> cells = new LinkedHashMap<>();
        cells.put("", anonymous);
        cells.put("producer1", owner);
        cells.put("otherproducer", otherProducer);
        STAFF.forEach(user -> cells.put(user, staff));
        cells.put("admin", admin);
        return cells;
    }

    /**
     * Starting a process over /engine-rest: refused to those who may read its definition (they work
     * on it), and not even found by the staff of the other process.
     */
    static Map<String, Seen> engineStart(String... staffOfTheOtherProcess) {
        Map<String, Seen> cells = expect(Seen.SIGN_IN, Seen.NOT_FOUND, Seen.NOT_FOUND, Seen.FORBIDDEN, Seen.FORBIDDEN);
        for (String user : staffOfTheOtherProcess) {
            cells.put(user, Seen.NOT_FOUND);
        }
        return cells;
    }

    static final Seen S = Seen.SIGN_IN;
    static final Seen F = Seen.FORBIDDEN;
    static final Seen N = Seen.NOT_FOUND;
    static final Seen A = Seen.ALLOWED;

    /** A multipart upload of one small PDF, as the portal's form and the API take it. */
    static final String BOUNDARY = "matrix-boundary";
    static final String UPLOAD = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nphoto\r\n--" + BOUNDARY
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"m.pdf\"\r\nContent-Type: application/pdf\r\n\r\n"
            + new String(TestApplications.PDF, StandardCharsets.US_ASCII) + "\r\n--" + BOUNDARY + "--\r\n";

    /** A user the administrator may create once per run. */
    final String newUser = "matrix" + Long.toString(java.util.concurrent.ThreadLocalRandom.current().nextLong(1L << 40), 36);

    List<Row> rows(String own, long document, String screeningTask, String validApplication, String screened, long screenedDocument) {
        String app = "/portal/applications/" + own;
        String api = "/api/applications/" + own;
        Map<String, Seen> producerOnlyPage = expect(S, A, A, F, F);
        Map<String, Seen> ownPage = expect(S, A, N, F, F);
        Map<String, Seen> ownApi = expect(S, A, N, F, F);
        Map<String, Seen> adminPage = expect(S, F, F, F, A);
        Map<String, Seen> adminApi = expect(S, F, F, F, A);
        Map<String, Seen> everyone = expect(A, A, A, A, A);
        return List.of(
                new Row("GET /verify/{token}", "GET", "/verify/no-such-token", true, null, expect(N, N, N, N, N)),
                new Row("GET /api/public/verify/{token}", "GET", "/api/public/verify/no-such-token", false, null, expect(N, N, N, N, N)),
                new Row("GET /verify/{token}/certificate.pdf", "GET", "/verify/no-such-token/certificate.pdf", true, null,
                        expect(N, N, N, N, N)),
                new Row("GET /registry", "GET", "/registry", true, null, everyone),
                new Row("GET /api/public/certificates", "GET", "/api/public/certificates", false, null, everyone),
                new Row("GET /api/public/territories", "GET", "/api/public/territories?region=KG-N", false, null, everyone),
                new Row("GET /signup", "GET", "/signup", true, null, everyone),
                new Row("POST /signup", "POST", "/signup", true, "username=x", everyone),
                new Row("GET /password/forgot", "GET", "/password/forgot", true, null, everyone),
                new Row("POST /password/forgot", "POST", "/password/forgot", true, "account=nobody-at-all", everyone),
                new Row("GET /password/reset", "GET", "/password/reset?token=not-a-token", true, null, everyone),
                new Row("POST /password/reset", "POST", "/password/reset", true, "token=x&password=long-enough-1", everyone),
                new Row("GET /signup/confirm", "GET", "/signup/confirm?token=not-a-token", true, null, everyone),
                new Row("POST /portal/email/confirmation", "POST", "/portal/email/confirmation", true, null, producerOnlyPage),
                new Row("GET /portal", "GET", "/portal", true, null, producerOnlyPage),
                new Row("GET /portal/password", "GET", "/portal/password", true, null, producerOnlyPage),
                new Row("POST /portal/password", "POST", "/portal/password", true, "current=wrong&replacement=short", producerOnlyPage),
                new Row("GET /portal/profile", "GET", "/portal/profile", true, null, producerOnlyPage),
                new Row("POST /portal/profile", "POST", "/portal/profile", true, "producerName=x", producerOnlyPage),
                new Row("GET /portal/applications/new", "GET", "/portal/applications/new", true, null, producerOnlyPage),
                new Row("POST /portal/applications/new", "POST", "/portal/applications/new", true, "step=1", producerOnlyPage),
                new Row("POST /portal/applications", "POST", "/portal/applications", true, "producerName=x", producerOnlyPage),
                new Row("GET /portal/applications/{number}", "GET", app, true, null, ownPage),
                new Row("POST /portal/applications/{number}/documents", "POST", app + "/documents", true, UPLOAD, ownPage),
                new Row("POST /portal/applications/{number}/information", "POST", app + "/information", true, "answer=x", ownPage),
                new Row("GET /portal/applications/{number}/certificate.pdf", "GET", app + "/certificate.pdf", true, null,
                        expect(S, N, N, F, F)),
                new Row("GET /api/applications", "GET", "/api/applications", false, null, expect(S, A, A, F, F)),
                new Row("POST /api/applications", "POST", "/api/applications", false, "{}", expect(S, A, A, F, F)),
                new Row("GET /api/applications/{number}", "GET", api, false, null, ownApi),
                new Row("PUT /api/applications/{number}", "PUT", api, false, validApplication, ownApi),
                new Row("POST /api/applications/{number}/documents", "POST", api + "/documents", false, UPLOAD, ownApi),
                new Row("GET /api/applications/{number}/documents/{id}", "GET", api + "/documents/" + document, false, null, ownApi),
                new Row("POST /api/applications/{number}/information", "POST", api + "/information", false, "{\"answer\":\"x\"}", ownApi),
                new Row("GET /admin/outbox", "GET", "/admin/outbox", true, null, adminPage),
                new Row("GET /admin/outbox/{id}", "GET", "/admin/outbox/999999999", true, null, expect(S, F, F, F, N)),
                new Row("GET /admin/outbox/{id}/attachment", "GET", "/admin/outbox/999999999/attachment", true, null,
                        expect(S, F, F, F, N)),
                new Row("GET /admin/monitoring", "GET", "/admin/monitoring", true, null, adminPage),
                new Row("GET /admin/territories", "GET", "/admin/territories", true, null, adminPage),
                new Row("POST /admin/territories", "POST", "/admin/territories", true, "x=y", adminPage),
                new Row("GET /admin/territories.csv", "GET", "/admin/territories.csv", true, null, adminPage),
                new Row("GET /admin/holidays", "GET", "/admin/holidays", true, null, adminPage),
                new Row("POST /admin/holidays", "POST", "/admin/holidays", true, "day=x", adminPage),
                new Row("POST /admin/holidays/{day}/delete", "POST", "/admin/holidays/1999-01-01/delete", true, null, adminPage),
                new Row("GET /api/admin/holidays", "GET", "/api/admin/holidays", false, null, adminApi),
                new Row("POST /api/admin/holidays", "POST", "/api/admin/holidays", false, "{}", adminApi),
                new Row("DELETE /api/admin/holidays/{day}", "DELETE", "/api/admin/holidays/1999-01-01", false, null,
                        expect(S, F, F, F, N)),
                // The screening task is the agency's: only the agency (and the administrator) open the application.
                new Row("GET /review/applications/{number}", "GET", "/review/applications/" + screened, true, null,
                        screeningTaskCells()),
                new Row("GET /review/applications/{number}/documents/{id}", "GET",
                        "/review/applications/" + screened + "/documents/" + screenedDocument, true, null, screeningTaskCells()),
                new Row("GET /api/admin/monitoring/report", "GET", "/api/admin/monitoring/report", false, null, adminApi),
                new Row("GET /api/admin/monitoring/{table}.csv", "GET", "/api/admin/monitoring/activities.csv", false, null, adminApi),
                new Row("GET /api/admin/certificates/{number}", "GET", "/api/admin/certificates/KG-OVOP-1999-000001", false, null,
                        expect(S, F, F, F, N)),
                new Row("POST /api/admin/certificates/{number}/suspend", "POST", "/api/admin/certificates/KG-OVOP-1999-000001/suspend",
                        false, "{\"reason\":\"matrix\"}", expect(S, F, F, F, N)),
                new Row("POST /api/admin/certificates/{number}/reinstate", "POST",
                        "/api/admin/certificates/KG-OVOP-1999-000001/reinstate", false, "{\"reason\":\"matrix\"}", expect(S, F, F, F, N)),
                new Row("POST /api/admin/certificates/{number}/revoke", "POST", "/api/admin/certificates/KG-OVOP-1999-000001/revoke",
                        false, "{\"reason\":\"matrix\"}", expect(S, F, F, F, N)),
                new Row("GET /api/admin/certificates/{number}/certificate.pdf", "GET",
                        "/api/admin/certificates/KG-OVOP-1999-000001/certificate.pdf", false, null, expect(S, F, F, F, N)),
                new Row("GET /api/admin/certificates/sample.pdf", "GET", "/api/admin/certificates/sample.pdf", false, null, adminApi),
                new Row("GET /portal/applications/{number}/edit", "GET", app + "/edit", true, null, ownPage),
                // No such certificate (and no one else's): not found, whoever asks among producers.
                new Row("POST /portal/certificates/{number}/renew", "POST", "/portal/certificates/KG-OVOP-1999-000001/renew", true,
                        "application=x", expect(S, N, N, F, F)),
                new Row("POST /api/applications/renewals", "POST", "/api/applications/renewals", false,
                        "{\"certificate\":\"KG-OVOP-1999-000001\"}", expect(S, N, N, F, F)),
                new Row("GET /portal/applications/{number}/documents/{id}", "GET", app + "/documents/" + document, true, null, ownPage),
                // A document that is not there: the owner learns no more than anyone else.
                new Row("POST /portal/applications/{number}/documents/{id}/delete", "POST", app + "/documents/999999999/delete", true,
                        null, expect(S, N, N, F, F)),
                new Row("DELETE /api/applications/{number}/documents/{id}", "DELETE", api + "/documents/999999999", false, null,
                        expect(S, N, N, F, F)),
                // A draft cannot be withdrawn: the owner is told so, nobody else learns it exists.
                new Row("GET /portal/applications/{number}/withdraw", "GET", app + "/withdraw", true, null, ownPage),
                new Row("POST /portal/applications/{number}/withdraw", "POST", app + "/withdraw", true, "reason=x", ownPage),
                new Row("POST /api/applications/{number}/withdraw", "POST", api + "/withdraw", false, "{}", ownApi),
                new Row("GET /admin/grants", "GET", "/admin/grants", true, null, adminPage),
                new Row("POST /admin/grants", "POST", "/admin/grants", true, "nameKy=x", adminPage),
                new Row("GET /admin/grants/{code}", "GET", "/admin/grants/CALL-1999-01", true, null, expect(S, F, F, F, N)),
                new Row("POST /admin/grants/{code}/close", "POST", "/admin/grants/CALL-1999-01/close", true, null, expect(S, F, F, F, N)),
                new Row("GET /portal/grants", "GET", "/portal/grants", true, null, producerOnlyPage),
                new Row("GET /portal/grants/new", "GET", "/portal/grants/new?call=CALL-1999-01", true, null, producerOnlyPage),
                new Row("POST /portal/grants", "POST", "/portal/grants", true, "title=x", producerOnlyPage),
                new Row("GET /portal/grants/{number}", "GET", "/portal/grants/GR-1999-000001", true, null, expect(S, N, N, F, F)),
                new Row("POST /portal/grants/{number}/agreement", "POST", "/portal/grants/GR-1999-000001/agreement", true,
                        "agreementAccepted=on", expect(S, N, N, F, F)),
                new Row("POST /portal/grants/{number}/reports", "POST", "/portal/grants/GR-1999-000001/reports", true,
                        "reportSummary=x", expect(S, N, N, F, F)),
                new Row("POST /portal/grants/{number}/documents", "POST", "/portal/grants/GR-1999-000001/documents", true, UPLOAD,
                        expect(S, N, N, F, F)),
                new Row("GET /portal/grants/{number}/documents/{id}", "GET", "/portal/grants/GR-1999-000001/documents/999999999", true,
                        null, expect(S, N, N, F, F)),
                new Row("POST /api/grants/{number}/documents", "POST", "/api/grants/GR-1999-000001/documents", false, UPLOAD,
                        expect(S, N, N, F, F)),
                new Row("GET /api/grants/{number}/documents/{id}", "GET", "/api/grants/GR-1999-000001/documents/999999999", false,
                        null, expect(S, N, N, F, F)),
                // Only staff working on the grant (and administrators) open its bank certificate; no such grant here.
                new Row("GET /review/grants/{number}/bank-certificate", "GET", "/review/grants/GR-1999-000001/bank-certificate", true,
                        null, expect(S, N, N, N, N)),
                new Row("GET /api/grants/calls", "GET", "/api/grants/calls", false, null, expect(S, A, A, F, F)),
                new Row("GET /api/grants", "GET", "/api/grants", false, null, expect(S, A, A, F, F)),
                new Row("POST /api/grants", "POST", "/api/grants", false, "{}", expect(S, A, A, F, F)),
                // No such grant application (and no one else's): not found, whoever asks among producers.
                new Row("GET /api/grants/{number}", "GET", "/api/grants/GR-1999-000001", false, null, expect(S, N, N, F, F)),
                new Row("POST /api/grants/{number}/agreement", "POST", "/api/grants/GR-1999-000001/agreement", false, "{}",
                        expect(S, N, N, F, F)),
                new Row("POST /api/grants/{number}/reports", "POST", "/api/grants/GR-1999-000001/reports", false, "{}",
                        expect(S, N, N, F, F)),
                new Row("GET /api/admin/grant-calls", "GET", "/api/admin/grant-calls", false, null, adminApi),
                new Row("POST /api/admin/grant-calls", "POST", "/api/admin/grant-calls", false, "{}", adminApi),
                new Row("GET /api/admin/grant-calls/{code}", "GET", "/api/admin/grant-calls/CALL-1999-01", false, null,
                        expect(S, F, F, F, N)),
                new Row("GET /api/admin/grant-calls/{code}/ledger", "GET", "/api/admin/grant-calls/CALL-1999-01/ledger", false, null,
                        expect(S, F, F, F, N)),
                new Row("POST /api/admin/grant-calls/{code}/close", "POST", "/api/admin/grant-calls/CALL-1999-01/close", false, null,
                        expect(S, F, F, F, N)),
                new Row("POST /api/admin/grants/{number}/misuse", "POST", "/api/admin/grants/GR-1999-000001/misuse", false,
                        "{\"reason\":\"matrix\"}", expect(S, F, F, F, N)),
                new Row("engine-rest start development-grant", "POST",
                        "/engine-rest/process-definition/key/development-grant/start", false, "{}", engineStart("committee1", "agencyosh1")),
                // Last: submitting changes the application (the rows above still see a draft).
                new Row("POST /api/applications/{number}/submit", "POST", api + "/submit", false, null, ownApi),
                new Row("POST /portal/applications/{number}/submit", "POST", app + "/submit", true, null, ownPage),
                new Row("actuator health", "GET", "/actuator/health", false, null, everyone),
                new Row("actuator prometheus", "GET", "/actuator/prometheus", false, null, adminApi),
                new Row("GET /api/admin/integrity", "GET", "/api/admin/integrity", false, null, adminApi),
                new Row("engine-rest statistics", "GET", "/engine-rest/process-definition/statistics", false, null,
                        expect(S, F, F, F, A)),
                new Row("engine-rest start brand-certification", "POST",
                        "/engine-rest/process-definition/key/brand-certification/start", false, "{}",
                        engineStart("grantcommittee1", "finance1")),
                new Row("engine-rest screening task", "GET", "/engine-rest/task/" + screeningTask, false, null,
                        screeningTaskCells()),
                new Row("engine-rest users", "POST", "/engine-rest/user/create", false, "{\"profile\":{\"id\":\"" + newUser
                        + "\"},\"credentials\":{\"password\":\"long-enough-2026\"}}", expect(S, F, F, F, A)),
                new Row("webapp tasks", "GET", "/camunda/api/engine/engine/default/task/count", true, null, expect(S, S, S, A, A)),
                new Row("webapp cockpit statistics", "GET",
                        "/camunda/api/cockpit/plugin/base/default/process-definition/statistics", true, null, expect(S, S, S, F, A)));
    }

    /** Only the agency, whose queue it is in, and the administrator see the screening task. */
    static Map<String, Seen> screeningTaskCells() {
        Map<String, Seen> cells = expect(S, N, N, N, A);
        cells.put("agency1", A);
        return cells;
    }

    @Autowired
    List<ProcessParticipants> participants;

    @Test
    void everyReviewerGroupHasAColumn() {
        for (ProcessParticipants process : participants) {
            for (ProcessParticipants.ReviewerGroup group : process.reviewerGroups()) {
                List<String> members = identity.createUserQuery().memberOfGroup(group.id()).list().stream()
                        .map(org.camunda.bpm.engine.identity.User::getId).toList();
                // A group nobody belongs to yet (a regional office without staff) is seen by nobody.
                if (!members.isEmpty()) {
                    assertThat(members).as(group.id() + " of " + process.processKey() + " has a member in the table")
                            .containsAnyElementsOf(STAFF);
                }
            }
        }
    }

    @Test
    void everyoneMeetsExactlyWhatTheTableSays() throws Exception {
        System.out.println("AccessMatrixIT runs on " + TestEnvironment.databaseDescription());
        Application draft = door.createDraft("producer1", TestApplications.applicationForm(TestApplications.form()));
        long document = door.addDocument("producer1", draft.number(), "conformity", "c.pdf", TestApplications.PDF.length,
                new java.io.ByteArrayInputStream(TestApplications.PDF)).id();
        Application submitted = TestApplications.submit(door, "producer1", TestApplications.form());
        Task screening = null;
        for (int i = 0; i < 600 && screening == null; i++) {
            screening = tasks.createTaskQuery().processInstanceId(submitted.processInstanceId()).singleResult();
            Thread.sleep(100);
        }
        assertThat(screening).isNotNull();
        createOtherProducer();

        List<Row> rows = rows(draft.number(), document, screening.getId(),
                new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(TestApplications.apiRequest(TestApplications.form())),
                submitted.number(), door.reviewFile("admin", submitted.number()).documents().get(0).id());
        Map<String, Visitor> visitors = new LinkedHashMap<>();
        for (String user : rows.get(0).expected().keySet()) {
            visitors.put(user, new Visitor(user, password(user)));
        }
        List<String> wrong = new ArrayList<>();
        for (Row row : rows) {
            for (Map.Entry<String, Seen> cell : row.expected().entrySet()) {
                Seen seen = visitors.get(cell.getKey()).call(row);
                if (seen != cell.getValue()) {
                    wrong.add(row.method() + " " + row.path() + " as " + (cell.getKey().isEmpty() ? "anonymous" : cell.getKey())
                            + ": expected " + cell.getValue() + ", got " + seen);
                }
            }
        }
        assertThat(wrong).as("cells that differ from the table").isEmpty();

        Set<String> covered = rows.stream().map(Row::endpoint).collect(Collectors.toSet());
        assertThat(ourEndpoints()).as("every endpoint of ours has a row").allMatch(covered::contains);
    }

    /** Every mapped endpoint of our controllers, as "METHOD /pattern". */
    Set<String> ourEndpoints() {
        Set<String> endpoints = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            if (!mapping.getValue().getBeanType().getPackageName().startsWith("kg.ovop")) {
                continue;
            }
            for (String pattern : mapping.getKey().getPatternValues()) {
                mapping.getKey().getMethodsCondition().getMethods()
                        .forEach(method -> endpoints.add(method.name() + " " + pattern));
            }
        }
        return endpoints;
    }

    static String password(String user) {
        return switch (user) {
            case "" -> null;
            case "admin" -> "test-admin";
            case "otherproducer" -> "otherproducer-password";
            default -> "demo";
        };
    }

    @Autowired
    org.camunda.bpm.engine.IdentityService identity;

    void createOtherProducer() {
        if (identity.createUserQuery().userId("otherproducer").count() == 0) {
            org.camunda.bpm.engine.identity.User user = identity.newUser("otherproducer");
            user.setPassword("otherproducer-password");
            identity.saveUser(user);
            identity.createMembership("otherproducer", "producers");
        }
    }

    /** A person at the door: a session for the pages (signed in through the form), HTTP Basic for APIs. */
    final class Visitor {

        private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

        private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
        private final String user;
        private final String password;
        private String session;
        private String csrf;
        /** The webapps' session is a separate one: their login starts a session of its own. */
        private String webappSession;
        private String xsrf;

        Visitor(String user, String password) throws IOException, InterruptedException {
            this.user = user;
            this.password = password;
            refreshCsrf();
            if (!user.isEmpty()) {
                HttpResponse<String> signedIn = send("POST", "/login", true, "username=" + encode(user) + "&password="
                        + encode(password) + "&_csrf=" + encode(csrf), false);
                assertThat(signedIn.headers().firstValue("Location").orElse("")).as(user + " signs in").doesNotContain("error");
                refreshCsrf();
                signInToTheWebapps();
            }
        }

        Seen call(Row row) throws IOException, InterruptedException {
            HttpResponse<String> response = send(row.method(), row.path(), row.page(), row.body(), !row.page());
            String location = response.headers().firstValue("Location").orElse(null);
            int status = response.statusCode();
            if (status == 401 || (status == 302 && location != null && location.endsWith("/login"))) {
                return Seen.SIGN_IN;
            }
            if (status == 403) {
                return Seen.FORBIDDEN;
            }
            if (status == 404) {
                return Seen.NOT_FOUND;
            }
            assertThat(status).as(row.method() + " " + row.path() + " as " + user + ": " + response.body()).isLessThan(500);
            return Seen.ALLOWED;
        }

        /** Tasklist's login (producers have no Tasklist: for them it is refused, and they stay signed out there). */
        private void signInToTheWebapps() throws IOException, InterruptedException {
            HttpResponse<String> page = send("GET", "/camunda/app/tasklist/default/", true, null, false);
            page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("XSRF-TOKEN=")).findFirst()
                    .ifPresent(c -> xsrf = c.split(";", 2)[0].substring("XSRF-TOKEN=".length()));
            send("POST", "/camunda/api/admin/auth/user/default/login/tasklist", true, "username=" + encode(user) + "&password="
                    + encode(password), false);
        }

        private void refreshCsrf() throws IOException, InterruptedException {
            Matcher token = CSRF.matcher(send("GET", "/login", true, null, false).body());
            assertThat(token.find()).isTrue();
            csrf = token.group(1);
        }

        private HttpResponse<String> send(String method, String path, boolean page, String body, boolean basic)
                throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .timeout(Duration.ofSeconds(30));
            boolean webapp = path.startsWith("/camunda/");
            String cookie = webapp ? webappSession : session;
            if (page && cookie != null) {
                request.header("Cookie", cookie + (webapp && xsrf != null ? "; XSRF-TOKEN=" + xsrf : ""));
            }
            if (page && webapp && xsrf != null) {
                request.header("X-XSRF-TOKEN", xsrf);
            }
            if (page && !"GET".equals(method) && csrf != null) {
                request.header("X-CSRF-TOKEN", csrf);
            }
            if (basic && password != null) {
                request.header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
            }
            if (body != null) {
                request.header("Content-Type", body.startsWith("--" + BOUNDARY) ? "multipart/form-data; boundary=" + BOUNDARY
                        : page ? "application/x-www-form-urlencoded" : "application/json");
            }
            request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                    .ifPresent(c -> {
                        if (webapp) {
                            webappSession = c.split(";", 2)[0];
                        } else {
                            session = c.split(";", 2)[0];
                        }
                    });
            return response;
        }

        private String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }
}
