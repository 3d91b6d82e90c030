package kg.ovop.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import kg.ovop.certification.BrandCertification;
import kg.ovop.certification.FlakySmtpServer;

/**
 * PostgreSQL restarted under a running node with people at work: while it is down every door
 * answers 503 with Retry-After (never another 5xx), and once it is back the same node carries on
 * without a restart: the application in progress moves on, a new one is taken, no job is lost.
 */
class DatabaseRestartIT {

    /** People asking all the time: a producer's list, a reviewer's tasks, the public registry page. */
    static final Map<String, String> DOORS = Map.of("/api/applications", "producer1", "/engine-rest/task", "agency1",
            "/registry", "");

    @Test
    void whileTheDatabaseRestartsEveryDoorAnswers503AndTheNodeCarriesOnWithoutARestart() throws Exception {
        try (OwnPostgres postgres = OwnPostgres.start(); FlakySmtpServer smtp = new FlakySmtpServer();
                Node node = Node.start("db-restart", postgres.url(), "postgres", "", smtp.port(), NodeFailuresIT.settings("db-restart"))) {
            assertThat(node.awaitReady(NodeFailuresIT.READY)).as(node.logTail()).isTrue();
            NodeClient client = new NodeClient(node);
            String inProgress = client.submit("Кийиз");
            client.review(inProgress, BrandCertification.TASK_SCREEN_APPLICATION);

            Map<String, Set<String>> seen = new ConcurrentHashMap<>();
            AtomicBoolean working = new AtomicBoolean(true);
            Thread load = new Thread(() -> ask(node.port, working, seen), "load");
            load.start();
            try {
                NodeFailuresIT.await(() -> seen.values().stream().anyMatch(answers -> answers.contains("200")), "answers before");
                postgres.stop();
                NodeFailuresIT.await(() -> DOORS.keySet().stream().allMatch(door -> seen.getOrDefault(door, Set.of()).contains("503")),
                        "every door answering 503 while the database is down");
                assertThat(status(node.port, "/actuator/health", "")).as("out of the load balancer meanwhile").isEqualTo(503);
                postgres.pgCtl("start");
                NodeFailuresIT.await(() -> status(node.port, "/api/applications", "producer1") == 200, "the node serving again");
            } finally {
                working.set(false);
                load.join();
            }
            seen.forEach((door, answers) -> assertThat(answers).as(door + ": only answers or 503 with Retry-After")
                    .isSubsetOf("200", "503"));

            client.review(inProgress, BrandCertification.TASK_REVIEW_QUALITY);
            client.review(inProgress, BrandCertification.TASK_REVIEW_MARKET);
            client.awaitTask(inProgress, BrandCertification.TASK_DECIDE_AWARD, NodeFailuresIT.DONE);
            String after = client.submit("Бал");
            client.awaitTask(after, BrandCertification.TASK_SCREEN_APPLICATION, NodeFailuresIT.DONE);
            NodeFailuresIT.await(() -> count(postgres, "SELECT COUNT(*) FROM ovop_mail_message WHERE status <> 'sent'") == 0
                    && count(postgres, "SELECT COUNT(*) FROM act_ru_job WHERE type_ = 'message'") == 0, "every job done, every mail sent");
            assertThat(count(postgres, "SELECT COUNT(*) FROM act_ru_incident")).as("incidents").isZero();
        }
    }

    /** Asks each door in turn until told to stop; records each status (a 503 only with Retry-After). */
    static void ask(int port, AtomicBoolean working, Map<String, Set<String>> seen) {
        while (working.get()) {
            for (Map.Entry<String, String> door : DOORS.entrySet()) {
                try {
                    HttpResponse<Void> response = send(port, door.getKey(), door.getValue());
                    String status = String.valueOf(response.statusCode());
                    if (response.statusCode() == 503 && response.headers().firstValue("Retry-After").isEmpty()) {
                        status = "503 without Retry-After";
                    }
                    seen.computeIfAbsent(door.getKey(), key -> ConcurrentHashMap.newKeySet()).add(status);
                } catch (Exception e) {
                    seen.computeIfAbsent(door.getKey(), key -> ConcurrentHashMap.newKeySet()).add(e.getClass().getSimpleName());
                }
            }
        }
    }

    static int status(int port, String path, String user) throws Exception {
        return send(port, path, user).statusCode();
    }

    static HttpResponse<Void> send(int port, String path, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(60)).header("Accept", path.equals("/registry") ? "text/html" : "application/json");
        if (!user.isEmpty()) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.discarding());
    }

    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    static long count(OwnPostgres postgres, String sql) throws Exception {
        try (Connection db = DriverManager.getConnection(postgres.url(), "postgres", ""); ResultSet rs = db.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
