package kg.ovop.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import kg.ovop.monitoring.HistoryIndexes;

/**
 * Dashboard requests on a large history: loads about 1,000,000 historic activity instances over
 * four process versions and four years into a PostgreSQL database of its own (once; later runs
 * reuse it), then times GET /api/admin/monitoring/report for typical filters over HTTP. Not a
 * test: it asserts nothing and runs only with {@code ./mvnw -Pbench test}; figures go to
 * docs/benchmarks.md. Database: OVOP_BENCH_DB_URL (default ovop_bench on 127.0.0.1:5432, created
 * if missing), OVOP_BENCH_DB_USER / OVOP_BENCH_DB_PASSWORD (default ovop_ci).
 */
@Tag("bench")
@ActiveProfiles("test")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"camunda.bpm.job-execution.enabled=false", "ovop.mail.delivery=outbox"})
class MonitoringQueryBenchmark {

    /** About a million activity instances; -Dbench.applications=550000 (with a database of its own) makes ten million. */
    static final int APPLICATIONS = Integer.getInteger("bench.applications", 55_000);
    static final int VERSIONS = 4;
    static final int WARMUP = 5;
    static final int MEASURED = Integer.getInteger("bench.measured", 30);
    static final String URL = env("OVOP_BENCH_DB_URL", "jdbc:postgresql://127.0.0.1:5432/ovop_bench");
    static final String USER = env("OVOP_BENCH_DB_USER", "ovop_ci");
    static final String PASSWORD = env("OVOP_BENCH_DB_PASSWORD", "ovop_ci");

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RepositoryService repository;

    @DynamicPropertySource
    static void benchDatabase(DynamicPropertyRegistry registry) throws Exception {
        String name = URL.substring(URL.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
        try (var admin = DriverManager.getConnection(URL.replace("/" + name, "/postgres"), USER, PASSWORD);
                var exists = admin.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, name);
            if (!exists.executeQuery().next()) {
                admin.createStatement().execute("CREATE DATABASE " + name);
            }
        }
        registry.add("spring.datasource.url", () -> URL);
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> PASSWORD);
    }

    @Autowired
    HistoryIndexes indexes;

    @Test
    void dashboardRequestsOnAMillionActivityInstances() throws Exception {
        List<String> versions = versions();
        indexes.applied().get(30, TimeUnit.MINUTES);
        Integer existing = jdbc.queryForObject("SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE BUSINESS_KEY_ LIKE ?",
                Integer.class, HistoryGenerator.MARKER + "%");
        Instant now = Instant.now();
        if (existing == 0) {
            long start = System.nanoTime();
            new HistoryGenerator(versions, now.minus(Duration.ofDays(4 * 365)), now).generate(dataSource, APPLICATIONS);
            jdbc.execute("VACUUM ANALYZE"); // what autovacuum does to old history: index-only scans work
            System.out.printf("%nBENCH history generated in %.1f s%n", (System.nanoTime() - start) / 1e9);
        }
        System.out.printf("%nBENCH monitoring-report: history in %s%n", URL);
        for (String table : List.of("ACT_HI_ACTINST", "ACT_HI_TASKINST", "ACT_HI_IDENTITYLINK", "ACT_HI_PROCINST")) {
            System.out.printf("BENCH   %-20s %,d rows%n", table, jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class));
        }
        System.out.printf("BENCH   versions of %s: %d; %d warm-up + %d timed requests each, one at a time%n",
                HistoryGenerator.KEY, versions.size(), WARMUP, MEASURED);

        LocalDate tomorrow = LocalDate.now().plusDays(1);
        Map<String, String> scenarios = new LinkedHashMap<>();
        scenarios.put("default (last 30 days, all)", "");
        scenarios.put("last 90 days", "from=" + tomorrow.minusDays(90));
        scenarios.put("last 365 days", "from=" + tomorrow.minusDays(365));
        scenarios.put("30 days, region KG-N", "region=KG-N");
        scenarios.put("30 days, group academia", "group=academia");
        scenarios.put("30 days, latest version", "version=" + VERSIONS);
        scenarios.put("a year ago, 30 days", "from=" + tomorrow.minusDays(395) + "&to=" + tomorrow.minusDays(365));
        HttpClient http = HttpClient.newHttpClient();
        String auth = "Basic " + Base64.getEncoder().encodeToString("admin:test-admin".getBytes(StandardCharsets.UTF_8));
        for (Map.Entry<String, String> scenario : scenarios.entrySet()) {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + "/api/admin/monitoring/report?" + scenario.getValue())).header("Authorization", auth).build();
            long[] nanos = new long[MEASURED];
            int bytes = 0;
            for (int i = 0; i < WARMUP + MEASURED; i++) {
                long start = System.nanoTime();
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                long elapsed = System.nanoTime() - start;
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(scenario.getKey() + ": HTTP " + response.statusCode() + " " + response.body());
                }
                if (i >= WARMUP) {
                    nanos[i - WARMUP] = elapsed;
                    bytes = response.body().length();
                }
            }
            Arrays.sort(nanos);
            System.out.printf("BENCH   %-30s median %6.1f ms   p95 %6.1f ms   max %6.1f ms   (%,d chars)%n",
                    scenario.getKey(), nanos[MEASURED / 2] / 1e6, nanos[(int) Math.ceil(MEASURED * 0.95) - 1] / 1e6,
                    nanos[MEASURED - 1] / 1e6, bytes);
        }
        System.out.println();
    }

    /** The deployed versions, oldest first; the application's own resources deployed again until there are enough. */
    private List<String> versions() {
        List<ProcessDefinition> definitions;
        while ((definitions = repository.createProcessDefinitionQuery().processDefinitionKey(HistoryGenerator.KEY)
                .orderByProcessDefinitionVersion().asc().list()).size() < VERSIONS) {
            String latest = definitions.get(definitions.size() - 1).getDeploymentId();
            repository.createDeployment().name("ovop-workflow").addDeploymentResources(latest).deploy();
        }
        return definitions.stream().map(ProcessDefinition::getId).toList();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
