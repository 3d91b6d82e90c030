package kg.ovop.cluster;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import kg.ovop.certification.BrandCertification;
import kg.ovop.certification.TestApplications;

/**
 * What people do on one node, over its public doors only: a producer submits through
 * /api/applications, reviewers claim and complete their tasks through /engine-rest, as Tasklist does.
 * The demo users (password "demo") must exist on the node.
 */
final class NodeClient {

    static final ObjectMapper JSON = new ObjectMapper();

    /** The valid submission of each reviewer's task on the way to an award of four stars. */
    static final Map<String, Map<String, Object>> AWARD_PATH = Map.of(
            BrandCertification.TASK_SCREEN_APPLICATION, Map.of("screeningDecision", "accept"),
            BrandCertification.TASK_REVIEW_QUALITY, Map.of("conflictOfInterest", "none", "qualityScore", 35, "labResult", "pass"),
            BrandCertification.TASK_REVIEW_MARKET, Map.of("conflictOfInterest", "none", "marketingScore", 20, "communityScore", 20),
            BrandCertification.TASK_DECIDE_AWARD, Map.of("conflictOfInterest", "none", "committeeDecision", "award", "awardedStars", "4"));

    static final Map<String, String> REVIEWER = Map.of(BrandCertification.TASK_SCREEN_APPLICATION, "agency1",
            BrandCertification.TASK_REVIEW_QUALITY, "academia1", BrandCertification.TASK_REVIEW_MARKET, "association1",
            BrandCertification.TASK_DECIDE_AWARD, "committee1");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final int port;

    NodeClient(Node node) {
        this.port = node.port;
    }

    /** producer1 prepares, documents and submits an application; returns its number. */
    String submit(String productName) throws IOException, InterruptedException {
        Map<String, Object> created = json(send("producer1", "POST", "/api/applications", "application/json",
                JSON.writeValueAsBytes(TestApplications.apiRequest(TestApplications.form("productNameKy", productName))), 201));
        String number = (String) created.get("number");
        for (String kind : List.of("conformity", "photo")) {
            send("producer1", "POST", "/api/applications/" + number + "/documents", "multipart/form-data; boundary=node-client",
                    document(kind), 201);
        }
        send("producer1", "POST", "/api/applications/" + number + "/submit", null, new byte[0], 202);
        return number;
    }

    /** The reviewer of the task waits for it (the job executors run what comes before), claims it and completes it. */
    void review(String number, String taskKey) throws IOException, InterruptedException {
        String user = REVIEWER.get(taskKey);
        String task = awaitTask(number, taskKey, Duration.ofMinutes(2));
        send(user, "POST", "/engine-rest/task/" + task + "/claim", "application/json",
                JSON.writeValueAsBytes(Map.of("userId", user)), 204);
        Map<String, Object> variables = new HashMap<>();
        AWARD_PATH.get(taskKey).forEach((name, value) -> variables.put(name, Map.of("value", value)));
        send(user, "POST", "/engine-rest/task/" + task + "/complete", "application/json",
                JSON.writeValueAsBytes(Map.of("variables", variables)), 204);
    }

    /** Screening and both expert reviews: the application then waits for the committee. */
    void reviewUpToTheCommittee(String number) throws IOException, InterruptedException {
        review(number, BrandCertification.TASK_SCREEN_APPLICATION);
        review(number, BrandCertification.TASK_REVIEW_QUALITY);
        review(number, BrandCertification.TASK_REVIEW_MARKET);
        awaitTask(number, BrandCertification.TASK_DECIDE_AWARD, Duration.ofMinutes(2));
    }

    String awaitTask(String number, String taskKey, Duration timeout) throws IOException, InterruptedException {
        String user = REVIEWER.get(taskKey);
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            List<Map<String, Object>> tasks = JSON.readValue(send(user, "GET", "/engine-rest/task?processInstanceBusinessKey=" + number
                    + "&taskDefinitionKey=" + taskKey, null, null, 200), new TypeReference<>() { });
            if (!tasks.isEmpty()) {
                return (String) tasks.get(0).get("id");
            }
            Thread.sleep(250);
        }
        throw new AssertionError(number + " never reached " + taskKey + " on port " + port);
    }

    /** The application as its producer sees it. */
    Map<String, Object> application(String number) throws IOException, InterruptedException {
        return json(send("producer1", "GET", "/api/applications/" + number, null, null, 200));
    }

    /** The public verification page, as a phone scanning the QR code asks for it (JSON). */
    Map<String, Object> verify(String token) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/verify/" + token))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        return json(response.body());
    }

    /** Signs in through the portal's form, as a browser does; returns the session cookie to send back. */
    String signInToThePortal(String user) throws IOException, InterruptedException {
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        String cookie = cookie(login, "JSESSIONID");
        java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login.body());
        if (!csrf.find()) {
            throw new AssertionError("no sign-in form on port " + port);
        }
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                .header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=demo&_csrf="
                        + java.net.URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        if (signedIn.statusCode() != 302 || signedIn.headers().firstValue("Location").orElse("").contains("error")) {
            throw new AssertionError(user + " could not sign in on port " + port + ": " + signedIn.statusCode());
        }
        return cookie(signedIn, "JSESSIONID");
    }

    /** Signs in to Tasklist, as its login page does; returns the cookies its later calls carry. */
    String signInToTasklist(String user) throws IOException, InterruptedException {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/camunda/app/tasklist/default/")).build(), HttpResponse.BodyHandlers.ofString());
        String xsrf = cookie(page, "XSRF-TOKEN");
        String session = cookie(page, "JSESSIONID");
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/camunda/api/admin/auth/user/default/login/tasklist")).header("Cookie", session + "; " + xsrf)
                .header("X-XSRF-TOKEN", xsrf.substring(xsrf.indexOf('=') + 1)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=demo")).build(), HttpResponse.BodyHandlers.ofString());
        if (signedIn.statusCode() != 200) {
            throw new AssertionError(user + " could not sign in to Tasklist on port " + port + ": " + signedIn.statusCode());
        }
        // The login may start a new session; else the page's goes on.
        return signedIn.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("JSESSIONID="))
                ? cookie(signedIn, "JSESSIONID") : session;
    }

    /** The status of a GET carrying the cookies (no redirect followed: a sign-in page would be a 302). */
    int statusWith(String path, String cookies) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Cookie", cookies).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String cookie(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "=")).map(c -> c.split(";", 2)[0])
                .findFirst().orElseThrow(() -> new AssertionError("no " + name + " cookie: " + response.headers().map()));
    }

    /** The administrators' integrity check of documents and certificates. */
    Map<String, Object> integrity() throws IOException, InterruptedException {
        return json(send("admin", "GET", "/api/admin/integrity", null, null, 200));
    }

    String send(String user, String method, String path, String contentType, byte[] body, int expected)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":"
                        + ("admin".equals(user) ? "cluster-admin-2026" : "demo")).getBytes(StandardCharsets.UTF_8)))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new AssertionError(method + " " + path + " as " + user + " on port " + port + ": " + response.statusCode() + " "
                    + response.body());
        }
        return response.body();
    }

    private static Map<String, Object> json(String body) throws IOException {
        return JSON.readValue(body, new TypeReference<>() { });
    }

    private static byte[] document(String kind) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--node-client\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\n" + kind + "\r\n--node-client\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"" + kind + ".pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(TestApplications.PDF);
        body.write("\r\n--node-client--\r\n".getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }
}
