package kg.ovop;

import static kg.ovop.RestCalls.accept;
import static kg.ovop.RestCalls.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.Resource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import kg.ovop.certification.BrandApplications;
import kg.ovop.certification.BrandCertification;
import kg.ovop.certification.TestApplications;
import kg.ovop.engine.ProcessResourceDeployer;
import kg.ovop.identity.OvopGroup;
import kg.ovop.identity.TasklistFilters;

/** The whole application as deployed: engine, webapps, /engine-rest, identity, Flyway, actuator. */
// Mail is only recorded here (no SMTP server); MailServiceIT and the end-to-end test send real SMTP.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "ovop.mail.delivery=outbox")
@ActiveProfiles("test")
class OvopApplicationIT {

    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() { };

    @Autowired
    TestRestTemplate http;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    BrandApplications door;

    @BeforeAll
    static void announceDatabase() {
        System.out.println("OvopApplicationIT runs on " + TestEnvironment.databaseDescription());
    }

    @Test
    void processesAndFormsAreDeployedTogetherUnderStableNames() {
        Deployment deployment = repositoryService.createDeploymentQuery()
                .deploymentName(ProcessResourceDeployer.DEPLOYMENT_NAME).orderByDeploymentTime().desc()
                .listPage(0, 1).get(0);

        List<String> names = repositoryService.getDeploymentResources(deployment.getId()).stream()
                .map(Resource::getName).toList();

        assertThat(names).containsExactlyInAnyOrder("processes/brand-certification.bpmn",
                "processes/certificate-lifecycle.bpmn", "processes/brand-eligibility.dmn", "processes/brand-rating.dmn",
                "processes/screening-office.dmn", "forms/screen-application.form", "forms/provide-information.form",
                "forms/review-quality.form", "forms/review-market.form", "forms/decide-award.form",
                "processes/development-grant.bpmn", "processes/grant-eligibility.dmn", "processes/grant-scoring.dmn",
                "processes/grant-tranches.dmn", "forms/screen-grant.form", "forms/score-feasibility.form", "forms/score-market.form",
                "forms/decide-grant.form", "forms/sign-agreement.form", "forms/pay-tranche.form", "forms/submit-report.form",
                "forms/review-report.form", "forms/record-recovery.form");
        assertThat(repositoryService.createProcessDefinitionQuery().deploymentId(deployment.getId())
                .processDefinitionKey(BrandCertification.PROCESS_ID).count()).isEqualTo(1);
    }

    @Test
    void tasklistCockpitAndAdminAnswer() {
        for (String app : List.of("tasklist", "cockpit", "admin")) {
            ResponseEntity<String> page = http.getForEntity("/camunda/app/" + app + "/default/", String.class);
            assertThat(page.getStatusCode()).as(app).isEqualTo(HttpStatus.OK);
            assertThat(page.getBody()).as(app).containsIgnoringCase("<html").contains("camunda");
        }
    }

    @Test
    void engineRestRefusesAnonymousAndWrongPasswords() {
        assertThat(http.getForEntity("/engine-rest/task", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        // Another user: a failed login delays that user's next attempt (Camunda's brute-force guard).
        assertThat(http.withBasicAuth("finance1", "wrong").getForEntity("/engine-rest/task", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth("agency1", "demo").getForEntity("/engine-rest/task", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void producerSubmitsThroughTheApiButCannotStartTheProcessOrReadTheAgencysTask() throws Exception {
        TestRestTemplate producer = http.withBasicAuth("producer1", "demo");
        TestRestTemplate agency = http.withBasicAuth("agency1", "demo");
        TestRestTemplate academia = http.withBasicAuth("academia1", "demo");

        assertThat(producer.postForEntity("/engine-rest/process-definition/key/" + BrandCertification.PROCESS_ID + "/start",
                json(Map.of("variables", RestCalls.engineVariables(TestApplications.form("productNameKy", "Шырдак")))),
                Map.class).getStatusCode()).as("producers see and start nothing in the engine")
                .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        String instanceId = TestApplications.submit(door, "producer1", TestApplications.form("productNameKy", "Шырдак"))
                .processInstanceId();

        List<Map<String, Object>> agencyTasks = List.of();
        for (int attempt = 0; attempt < 100 && agencyTasks.isEmpty(); attempt++) {
            // The acknowledgement runs asynchronously first (job executor), then the task appears.
            Thread.sleep(100);
            agencyTasks = agency.exchange("/engine-rest/task?processInstanceId=" + instanceId, HttpMethod.GET, null, LIST)
                    .getBody();
        }
        assertThat(agencyTasks).singleElement().extracting(t -> t.get("taskDefinitionKey"))
                .isEqualTo(BrandCertification.TASK_SCREEN_APPLICATION);
        String taskId = (String) agencyTasks.get(0).get("id");
        assertFormInReviewersLanguage(agency, taskId);

        assertThat(producer.exchange("/engine-rest/task?processInstanceId=" + instanceId, HttpMethod.GET, null, LIST)
                .getBody()).isEmpty();
        assertThat(academia.exchange("/engine-rest/task?processInstanceId=" + instanceId, HttpMethod.GET, null, LIST)
                .getBody()).isEmpty();
        assertThat(producer.getForEntity("/engine-rest/task/" + taskId, String.class).getStatusCode())
                .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        assertThat(producer.getForEntity("/engine-rest/task/" + taskId + "/variables", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(producer.getForEntity("/engine-rest/process-instance/" + instanceId, String.class).getStatusCode())
                .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        assertThat(academia.postForEntity("/engine-rest/task/" + taskId + "/complete",
                json(Map.of("variables", Map.of("screeningDecision", Map.of("value", "accept")))), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void passwordsSetThroughTheEngineFollowThePortalsRule(@Autowired org.camunda.bpm.engine.IdentityService identity) {
        ResponseEntity<String> weak = http.withBasicAuth("producer1", "demo").exchange("/engine-rest/user/producer1/credentials",
                HttpMethod.PUT, json(Map.of("password", "a", "authenticatedUserPassword", "demo")), String.class);
        assertThat(weak.getStatusCode()).as(weak.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(weak.getBody()).contains("password: must be 10 to 100 characters");
        assertThat(identity.checkPassword("producer1", "demo")).as("unchanged").isTrue();

        TestRestTemplate admin = http.withBasicAuth("admin", "test-admin");
        assertThat(admin.postForEntity("/engine-rest/user/create", json(Map.of("profile", Map.of("id", "weakling1"),
                "credentials", Map.of("password", "short"))), String.class).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(identity.createUserQuery().userId("weakling1").count()).isZero();
        String strong = "strong" + Long.toString(java.util.concurrent.ThreadLocalRandom.current().nextLong(1L << 40), 36);
        assertThat(admin.postForEntity("/engine-rest/user/create", json(Map.of("profile", Map.of("id", strong),
                "credentials", Map.of("password", "long-enough-2026"))), String.class).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void processStatisticsAndJobsOutsideAnyProcessAreForAdministrators(@Autowired org.camunda.bpm.engine.HistoryService history) {
        TestRestTemplate agency = http.withBasicAuth("agency1", "demo");
        assertThat(agency.getForEntity("/engine-rest/process-definition/statistics", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth("admin", "test-admin").getForEntity("/engine-rest/process-definition/statistics",
                String.class).getStatusCode()).isEqualTo(HttpStatus.OK);

        org.camunda.bpm.engine.runtime.Job cleanup = history.findHistoryCleanupJobs().get(0);
        String job = "/engine-rest/job/" + cleanup.getId();
        assertThat(agency.exchange(job + "/retries", HttpMethod.PUT, json(Map.of("retries", 0)), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(agency.exchange(job + "/suspended", HttpMethod.PUT, json(Map.of("suspended", true)), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(agency.exchange(job + "/duedate", HttpMethod.PUT, json(Map.of("duedate", "2030-01-01T00:00:00.000+0000")),
                String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        org.camunda.bpm.engine.runtime.Job after = history.findHistoryCleanupJobs().get(0);
        assertThat(after.getRetries()).isEqualTo(cleanup.getRetries());
        assertThat(after.isSuspended()).isFalse();
        assertThat(after.getDuedate()).isEqualTo(cleanup.getDuedate());
    }

    @Test
    void eachReviewerSeesTheQueueFilterOfTheirOwnGroupOnly() {
        List<Object> agencyFilters = filterNames("agency1");
        List<Object> producerFilters = filterNames("producer1");

        assertThat(agencyFilters).contains(TasklistFilters.MY_TASKS, TasklistFilters.queueName(OvopGroup.AGENCY.displayName()))
                .doesNotContain(TasklistFilters.queueName(OvopGroup.ACADEMIA.displayName()));
        assertThat(filterNames("academia1")).contains(TasklistFilters.queueName(OvopGroup.ACADEMIA.displayName()))
                .doesNotContain(TasklistFilters.queueName(OvopGroup.AGENCY.displayName()));
        assertThat(producerFilters).containsExactly(TasklistFilters.MY_TASKS);
    }

    /** The permission table of docs/architecture.md, row for row, is what the engine grants. */
    @Test
    void theEngineGrantsExactlyThePermissionTable(@Autowired org.camunda.bpm.engine.AuthorizationService authorizations,
            @Autowired org.camunda.bpm.engine.FilterService filters) throws java.io.IOException {
        String docs = java.nio.file.Files.readString(java.nio.file.Path.of("docs", "architecture.md"));
        String table = docs.substring(docs.indexOf("| group | resource | resource id | permissions |"));
        java.util.Set<String> documented = new java.util.TreeSet<>(table.substring(0, table.indexOf("\n\n")).lines().skip(2)
                .map(String::strip).toList());

        java.util.Set<String> granted = new java.util.TreeSet<>();
        for (org.camunda.bpm.engine.authorization.Authorization grant : authorizations.createAuthorizationQuery().list()) {
            if (grant.getResourceType() == org.camunda.bpm.engine.authorization.Resources.TASK.resourceType()) {
                continue;
            }
            granted.add(row(grant, filters));
        }
        assertThat(granted).as("granted, as the table writes it").isEqualTo(documented);
    }

    private static String row(org.camunda.bpm.engine.authorization.Authorization grant, org.camunda.bpm.engine.FilterService filters) {
        int type = grant.getResourceType();
        String resource = java.util.Arrays.stream(org.camunda.bpm.engine.authorization.Resources.values())
                .filter(r -> r.resourceType() == type).findFirst().orElseThrow().name();
        String id = grant.getResourceId();
        String permissions = grant.isEveryPermissionGranted() ? "ALL"
                : java.util.Arrays.stream(grant.getPermissions(org.camunda.bpm.engine.impl.util.ResourceTypeUtil
                        .getPermissionsByResourceType(type))).filter(p -> p.getValue() != 0).sorted(java.util.Comparator.comparingInt(
                                org.camunda.bpm.engine.authorization.Permission::getValue))
                        .map(org.camunda.bpm.engine.authorization.Permission::getName).collect(java.util.stream.Collectors.joining(", "));
        String who;
        if (grant.getGroupId() != null) {
            who = grant.getGroupId().startsWith("agency-") ? "agency-<office>" : grant.getGroupId();
            if (id.equals(grant.getGroupId())) {
                id = who;
            } else if ("FILTER".equals(resource) && !"*".equals(id)) {
                id = "its queue";
            }
            if ("camunda-admin".equals(who) && "*".equals(id) && "ALL".equals(permissions)) {
                resource = "every resource";
            }
        } else if ("*".equals(grant.getUserId())) {
            who = "everyone (`*`)";
            id = filters.getFilter(id).getName();
        } else if ("USER".equals(resource) && id.equals(grant.getUserId())) {
            who = "user: each user";
            id = "themselves";
        } else if ("FILTER".equals(resource) && "admin".equals(grant.getUserId())) {
            who = "user: admin";
            id = "the filters it created";
        } else {
            who = "user: " + grant.getUserId();
        }
        return "| " + who + " | " + resource + " | " + id + " | " + permissions + " |";
    }

    /** Jersey picks the mapper of the nearest type: ours are nearer than Camunda's for the failures of an outage. */
    @Test
    void engineRestMapsADatabaseOutageTo503(@Autowired org.glassfish.jersey.server.ResourceConfig engineRest) {
        assertThat(engineRest.getClasses()).extracting(Class::getSimpleName)
                .contains("PersistenceFailures", "DataAccessFailures", "TransactionFailures");
    }

    @Test
    void healthReportsTheEngineAndTheJobExecutor() {
        ResponseEntity<Map> health = http.getForEntity("/actuator/health", Map.class);

        assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(health.getBody()).containsEntry("status", "UP");
        assertThat((Map<String, Object>) health.getBody().get("components"))
                .containsKeys("processEngine", "jobExecutor", "db");
    }

    @Test
    void flywayLoadsTheRegions() {
        assertThat(jdbc.queryForList("select iso_code from ovop_region order by iso_code", String.class))
                .containsExactly("KG-B", "KG-C", "KG-GB", "KG-GO", "KG-J", "KG-N", "KG-O", "KG-T", "KG-Y");
        assertThat(jdbc.queryForObject("select name_ky from ovop_region where iso_code = 'KG-Y'", String.class))
                .isEqualTo("Ысык-Көл");
    }

    @Test
    void everyBeanTheProcessesCallExistsInTheApplication(@Autowired ApplicationContext context)
            throws Exception {
        Pattern beanCall = Pattern.compile(
                "delegateExpression=\"\\$\\{(\\w+)}\"|\\$\\{(\\w+)\\.\\w+\\(");
        for (var entry : ProcessResourceDeployer.findResources().entrySet()) {
            String xml = entry.getValue().getContentAsString(StandardCharsets.UTF_8);
            Matcher matcher = beanCall.matcher(xml);
            while (matcher.find()) {
                String bean = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
                assertThat(context.containsBean(bean)).as(entry.getKey() + " calls bean " + bean).isTrue();
            }
        }
    }

    private List<Object> filterNames(String user) {
        return http.withBasicAuth(user, "demo").exchange("/engine-rest/filter", HttpMethod.GET, null, LIST).getBody()
                .stream().map(f -> f.get("name")).toList();
    }

    /** The deployed form Tasklist fetches comes in the language the browser asks for; keys and rules stay the same. */
    private void assertFormInReviewersLanguage(TestRestTemplate agency, String taskId) {
        String url = "/engine-rest/task/" + taskId + "/deployed-form";
        String english = agency.exchange(url, HttpMethod.GET, accept(MediaType.APPLICATION_JSON, "en-GB,en;q=0.9"), String.class).getBody();
        ResponseEntity<String> kyrgyz = agency.exchange(url, HttpMethod.GET, accept(MediaType.APPLICATION_JSON, "ky-KG,ky;q=0.9,ru;q=0.8"),
                String.class);
        ResponseEntity<String> russian = agency.exchange(url, HttpMethod.GET, accept(MediaType.APPLICATION_JSON, "ru-RU,ru;q=0.9"), String.class);

        assertThat(english).contains("Accept for expert review");
        assertThat(kyrgyz.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(kyrgyz.getHeaders().getVary()).contains("Accept-Language");
        assertThat(kyrgyz.getBody()).contains(kg.ovop.engine.FormTranslations.catalogue(kg.ovop.web.Language.ky).get("Decision"),
                "\"screeningDecision\"", "\"accept\"").doesNotContain("Accept for expert review");
        assertThat(russian.getBody()).contains(kg.ovop.engine.FormTranslations.catalogue(kg.ovop.web.Language.ru)
                .get("Accept for expert review"));
    }
}
