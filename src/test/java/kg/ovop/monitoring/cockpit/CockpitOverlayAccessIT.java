package kg.ovop.monitoring.cockpit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import kg.ovop.certification.BrandApplications;
import kg.ovop.certification.BrandCertification;

/**
 * The plugin's resource over real HTTP, signed in as Camunda's webapps sign in (session cookie,
 * XSRF token). A reviewer signed in to Tasklist holds a session that reaches Cockpit's plugin API
 * too; only the resource's own check keeps the figures from them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "ovop.mail.delivery=outbox")
@ActiveProfiles("test")
class CockpitOverlayAccessIT {

    static final String PLUGIN_API = "/camunda/api/cockpit/plugin/" + BottleneckOverlayPlugin.ID + "/default";

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    @Autowired
    BrandApplications door;

    @Test
    void administratorsGetTheFiguresOfEachActivity() throws Exception {
        long waiting = ScreeningQueue.submit(engine, door, 1);
        WebappSession admin = new WebappSession(port).signIn("cockpit", "admin", "test-admin");

        HttpResponse<String> response = admin.get(activitiesOf(latestDefinitionId()));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode screening = null;
        for (JsonNode activity : new ObjectMapper().readTree(response.body())) {
            if (BrandCertification.TASK_SCREEN_APPLICATION.equals(activity.path("activityId").asText())) {
                screening = activity;
            }
        }
        assertThat(screening).isNotNull();
        assertThat(screening.path("waitingNow").asLong()).isEqualTo(waiting);
        assertThat(screening.has("medianHours")).isTrue();
        assertThat(screening.has("overdueNow")).isTrue();
    }

    @Test
    void cockpitGetsThePluginScriptAndStyles() throws Exception {
        WebappSession anyone = new WebappSession(port);
        String assets = "/camunda/api/cockpit/plugin/" + BottleneckOverlayPlugin.ID + "/static/app/";

        HttpResponse<String> script = anyone.get(assets + "plugin.js");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Content-Type")).get().asString().startsWith("text/javascript");
        assertThat(script.body()).contains("export default").contains("cockpit.processDefinition.diagram.plugin");
        assertThat(anyone.get(assets + "plugin.css").statusCode()).isEqualTo(200);
    }

    @Test
    void aReviewerSignedInToTasklistIsRefused() throws Exception {
        WebappSession reviewer = new WebappSession(port).signIn("tasklist", "agency1", "demo");

        HttpResponse<String> response = reviewer.get(activitiesOf(latestDefinitionId()));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).doesNotContain("activityId");
    }

    @Test
    void withoutSigningInCamundaRefuses() throws Exception {
        assertThat(new WebappSession(port).get(activitiesOf(latestDefinitionId())).statusCode()).isEqualTo(401);
    }

    @Test
    void anUnknownDefinitionIsNotFound() throws Exception {
        WebappSession admin = new WebappSession(port).signIn("cockpit", "admin", "test-admin");

        assertThat(admin.get(activitiesOf("brand-certification:99:nonsense")).statusCode()).isEqualTo(404);
    }

    private String latestDefinitionId() {
        return engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(BrandCertification.PROCESS_ID).latestVersion().singleResult().getId();
    }

    private static String activitiesOf(String processDefinitionId) {
        return PLUGIN_API + "/process-definition/" + URLEncoder.encode(processDefinitionId, StandardCharsets.UTF_8)
                + "/activities";
    }

    /** A browser's session with Camunda's webapps: cookies kept, the XSRF token sent with the login. */
    static final class WebappSession {

        private final String base;
        private final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL)).build();

        WebappSession(int port) {
            this.base = "http://localhost:" + port;
        }

        WebappSession signIn(String app, String user, String password) throws IOException, InterruptedException {
            // Any GET to the webapp starts the session and hands out its XSRF token.
            String token = get("/camunda/app/" + app + "/default/").headers().firstValue("X-XSRF-TOKEN").orElseThrow();
            String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(password, StandardCharsets.UTF_8);
            HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base
                    + "/camunda/api/admin/auth/user/default/login/" + app))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", token)
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).as("login of %s to %s: %s", user, app, login.body()).isEqualTo(200);
            return this;
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json, */*")
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
