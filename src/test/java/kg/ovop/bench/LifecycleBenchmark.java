package kg.ovop.bench;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.zaxxer.hikari.HikariDataSource;

import kg.ovop.certification.Application;
import kg.ovop.certification.BrandApplications;
import kg.ovop.certification.BrandCertification;
import kg.ovop.certification.TestApplications;

/**
 * Whole brand-certification lifecycles, ours against the bare engine, in one run: draft with its
 * documents and submit through {@link BrandApplications} (what the portal and the API call), screening,
 * both reviews and the award completed as the reviewers through the form service (what Tasklist
 * calls), then the certificate PDF and the mails over SMTP (GreenMail) on the job executor, until
 * the instance has ended. The bare engine ({@link BareEngine}) runs the same BPMN shape with no-op
 * delegates on a database of its own, in this JVM, with the same job executor pool. For T = 1, 4, 8
 * drivers it prints lifecycles/s, latencies, and per lifecycle the commits, rows and WAL from
 * PostgreSQL's statistics, and CPU time. Not a test: {@code ./mvnw -Pbench test -Dtest=LifecycleBenchmark};
 * figures in docs/benchmarks.md. Databases {@code ovop_bench_lifecycle} and {@code ovop_bench_bare}
 * are dropped and created on the server of OVOP_BENCH_DB_URL (user OVOP_BENCH_DB_USER / _PASSWORD).
 */
@Tag("bench")
@ActiveProfiles("test")
@SpringBootTest(properties = "ovop.mail.delivery=smtp")
class LifecycleBenchmark {

    static final int LIFECYCLES = Integer.getInteger("bench.lifecycles", 100);
    static final int WARMUP = Integer.getInteger("bench.warmup", 30);
    static final List<Integer> DRIVERS = List.of(System.getProperty("bench.drivers", "1,4,8").split(",")).stream()
            .map(String::strip).map(Integer::valueOf).toList();
    static final String SERVER = server(env("OVOP_BENCH_DB_URL", "jdbc:postgresql://127.0.0.1:5432/ovop_bench"));
    static final String USER = env("OVOP_BENCH_DB_USER", "ovop_ci");
    static final String PASSWORD = env("OVOP_BENCH_DB_PASSWORD", "ovop_ci");
    static final String OURS_DB = "ovop_bench_lifecycle";
    static final String BARE_DB = "ovop_bench_bare";
    /** PostgreSQL 15 backends publish their counters within this long of going idle. */
    static final Duration STATISTICS_SETTLE = Duration.ofSeconds(11);
    static final Duration STEP_TIMEOUT = Duration.ofSeconds(120);

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    ProcessEngine engine;

    @Autowired
    BrandApplications door;

    @Autowired
    DataSource dataSource;

    @DynamicPropertySource
    static void freshDatabases(DynamicPropertyRegistry registry) throws SQLException {
        try (Connection admin = DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD)) {
            for (String name : List.of(OURS_DB, BARE_DB)) {
                admin.createStatement().execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                admin.createStatement().execute("CREATE DATABASE " + name);
            }
        }
        registry.add("spring.datasource.url", () -> SERVER + OURS_DB);
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> PASSWORD);
    }

    /** Runs one lifecycle to its end, adding the latency of the submission and of each task completion. */
    interface Lifecycle {
        void run(Queue<Long> submits, Queue<Long> completions) throws InterruptedException;
    }

    /** One side of the comparison: what a lifecycle is there, and the database it writes. */
    record Side(String name, String database, Lifecycle lifecycle) {
    }

    record Counters(long commits, long inserted, long updated, long deleted, String walPosition) {
    }

    record Figures(String side, int drivers, int lifecycles, double perSecond, List<Long> submits, List<Long> completions,
            double commits, double inserted, double updated, double deleted, double walBytes, double cpuMillis) {
    }

    @Test
    @DisabledIfSystemProperty(named = "bench.soak", matches = ".+")
    void lifecyclesOfOursAndOfTheBareEngine() throws Exception {
        ProcessEngineConfigurationImpl ours = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        int pool = dataSource instanceof HikariDataSource hikari ? hikari.getMaximumPoolSize() : 10;
        try (HikariDataSource bareData = new HikariDataSource()) {
            bareData.setJdbcUrl(SERVER + BARE_DB);
            bareData.setUsername(USER);
            bareData.setPassword(PASSWORD);
            bareData.setMaximumPoolSize(pool);
            BareEngine.JobPool jobs = BareEngine.JobPool.of(ours);
            ProcessEngine bare = BareEngine.start(bareData, jobs);
            try {
                List<Side> sides = List.of(ourSide(), bareSide(bare));
                System.out.printf("%nBENCH lifecycle: %d lifecycles per run after %d warm-up, drivers %s; ours history %s,"
                        + " bare history full; job executor %s; %d connections each%n", LIFECYCLES, WARMUP, DRIVERS,
                        ours.getHistory(), jobs, pool);
                for (Side side : sides) {
                    run(side, 4, WARMUP);
                }
                List<Figures> all = new ArrayList<>();
                for (int drivers : DRIVERS) {
                    for (Side side : sides) {
                        Figures figures = measure(side, drivers);
                        all.add(figures);
                        print(figures);
                    }
                }
                printTable(all);
                smtp.purgeEmailFromAllMailboxes();
                System.gc();
                Runtime runtime = Runtime.getRuntime();
                System.out.printf("BENCH heap after the run (after GC): %.0f MB used of %.0f MB%n",
                        (runtime.totalMemory() - runtime.freeMemory()) / 1e6, runtime.totalMemory() / 1e6);
            } finally {
                bare.close();
            }
        }
    }

    /**
     * Only with {@code -Dbench.soak=N}: N lifecycles of ours at T=4 in blocks of a tenth, printing each block's rate, the
     * heap after a full GC and the runtime rows left (every application has ended; what remains is one certificate
     * lifecycle per award, waiting for its expiry, so those rows grow by a block's awards and nothing else should).
     */
    @Test
    @EnabledIfSystemProperty(named = "bench.soak", matches = "\\d+")
    void heapOverALongRun() throws Exception {
        int total = Integer.getInteger("bench.soak");
        int block = Math.max(1, total / 10);
        Side ours = ourSide();
        run(ours, 4, WARMUP);
        System.out.printf("%nBENCH soak: %d lifecycles of ours at T=4 in blocks of %d%n", total, block);
        printHeap(0, Double.NaN);
        for (int done = 0; done < total; done += block) {
            double seconds = run(ours, 4, block, new ConcurrentLinkedQueue<>(), new ConcurrentLinkedQueue<>());
            smtp.purgeEmailFromAllMailboxes();
            printHeap(done + block, block / seconds);
        }
    }

    void printHeap(int lifecycles, double perSecond) throws SQLException {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        try (Connection connection = dataSource.getConnection();
                ResultSet rs = connection.createStatement().executeQuery("SELECT (SELECT COUNT(*) FROM ACT_RU_EXECUTION),"
                        + " (SELECT COUNT(*) FROM ACT_RU_VARIABLE), (SELECT COUNT(*) FROM ACT_RU_JOB), (SELECT COUNT(*) FROM ACT_RU_TASK),"
                        + " (SELECT COUNT(*) FROM ACT_RU_AUTHORIZATION)")) {
            rs.next();
            System.out.printf(Locale.ROOT, "BENCH soak %6d lifecycles: %5.2f/s in the block; heap after GC %.0f MB; runtime rows:"
                    + " executions %d, variables %d, jobs %d, tasks %d, authorizations %d%n", lifecycles, perSecond,
                    (runtime.totalMemory() - runtime.freeMemory()) / 1e6, rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                    rs.getLong(5));
        }
    }

    Side ourSide() {
        return new Side("ours", OURS_DB, (submits, completions) -> {
            Application draft = door.createDraft("producer1", TestApplications.applicationForm(TestApplications.form()));
            TestApplications.attachRequired(door, "producer1", draft.number());
            long start = System.nanoTime();
            String instance = door.submit("producer1", draft.number()).processInstanceId();
            submits.add(System.nanoTime() - start);
            complete(engine, instance, BrandCertification.TASK_SCREEN_APPLICATION, "agency1", "agency",
                    Map.of("screeningDecision", "accept"), completions);
            complete(engine, instance, BrandCertification.TASK_REVIEW_QUALITY, "academia1", "academia",
                    Map.of("conflictOfInterest", "none", "qualityScore", 42, "labResult", "pass", "qualityComment", "Lab 17/26"),
                    completions);
            complete(engine, instance, BrandCertification.TASK_REVIEW_MARKET, "association1", "association",
                    Map.of("conflictOfInterest", "none", "marketingScore", 24, "communityScore", 28), completions);
            complete(engine, instance, BrandCertification.TASK_DECIDE_AWARD, "committee1", "brand-committee",
                    Map.of("conflictOfInterest", "none", "committeeDecision", "award", "awardedStars", "5"), completions);
            awaitEnd(engine, instance);
        });
    }

    static Side bareSide(ProcessEngine bare) {
        AtomicInteger numbers = new AtomicInteger();
        return new Side("bare", BARE_DB, (submits, completions) -> {
            long start = System.nanoTime();
            String instance = bare.getRuntimeService().startProcessInstanceByKey(BareEngine.PROCESS_ID,
                    "BARE-" + numbers.incrementAndGet()).getId();
            submits.add(System.nanoTime() - start);
            complete(bare, instance, BrandCertification.TASK_SCREEN_APPLICATION, "agency1", null,
                    Map.of("screeningDecision", "accept"), completions);
            complete(bare, instance, BrandCertification.TASK_REVIEW_QUALITY, "academia1", null, Map.of(), completions);
            complete(bare, instance, BrandCertification.TASK_REVIEW_MARKET, "association1", null, Map.of(), completions);
            complete(bare, instance, BrandCertification.TASK_DECIDE_AWARD, "committee1", null,
                    Map.of("committeeDecision", "award"), completions);
            awaitEnd(bare, instance);
        });
    }

    /** Claims and submits a task's form as the reviewer (signed in to the engine where a group is given), once the task exists. */
    static void complete(ProcessEngine engine, String instance, String taskKey, String user, String group,
            Map<String, Object> variables, Queue<Long> completions) throws InterruptedException {
        Task task = awaitTask(engine, instance, taskKey);
        if (group != null) {
            engine.getIdentityService().setAuthentication(user, List.of(group));
        }
        try {
            long start = System.nanoTime();
            engine.getTaskService().claim(task.getId(), user);
            engine.getFormService().submitTaskForm(task.getId(), variables);
            completions.add(System.nanoTime() - start);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    static Task awaitTask(ProcessEngine engine, String instance, String taskKey) throws InterruptedException {
        long deadline = System.nanoTime() + STEP_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance).taskDefinitionKey(taskKey).singleResult();
            if (task != null) {
                return task;
            }
            Thread.sleep(10);
        }
        throw new IllegalStateException(instance + " never reached " + taskKey);
    }

    static void awaitEnd(ProcessEngine engine, String instance) throws InterruptedException {
        long deadline = System.nanoTime() + STEP_TIMEOUT.toNanos();
        while (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance).count() > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(instance + " did not end (an incident?)");
            }
            Thread.sleep(10);
        }
    }

    /** Runs lifecycles on this many drivers, each driver one lifecycle after another; returns the seconds it took. */
    static double run(Side side, int drivers, int lifecycles, Queue<Long> submits, Queue<Long> completions) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(drivers);
        long start = System.nanoTime();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < drivers; i++) {
                running.add(pool.submit(() -> {
                    while (next.getAndIncrement() < lifecycles) {
                        side.lifecycle().run(submits, completions);
                    }
                    return null;
                }));
            }
            for (Future<?> driver : running) {
                driver.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return (System.nanoTime() - start) / 1e9;
    }

    static void run(Side side, int drivers, int lifecycles) throws Exception {
        run(side, drivers, lifecycles, new ConcurrentLinkedQueue<>(), new ConcurrentLinkedQueue<>());
    }

    Figures measure(Side side, int drivers) throws Exception {
        Thread.sleep(STATISTICS_SETTLE.toMillis());
        Counters before = counters(side.database());
        long cpuBefore = processCpuNanos();
        Queue<Long> submits = new ConcurrentLinkedQueue<>();
        Queue<Long> completions = new ConcurrentLinkedQueue<>();
        double seconds = run(side, drivers, LIFECYCLES, submits, completions);
        long cpu = processCpuNanos() - cpuBefore;
        Thread.sleep(STATISTICS_SETTLE.toMillis());
        Counters after = counters(side.database());
        double walBytes = walBytes(before.walPosition(), after.walPosition());
        smtp.purgeEmailFromAllMailboxes();
        double n = LIFECYCLES;
        return new Figures(side.name(), drivers, LIFECYCLES, n / seconds, sorted(submits), sorted(completions),
                (after.commits() - before.commits()) / n, (after.inserted() - before.inserted()) / n,
                (after.updated() - before.updated()) / n, (after.deleted() - before.deleted()) / n, walBytes / n, cpu / 1e6 / n);
    }

    static Counters counters(String database) throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD);
                ResultSet rs = connection.createStatement().executeQuery("SELECT xact_commit, tup_inserted, tup_updated, tup_deleted,"
                        + " pg_current_wal_lsn()::text FROM pg_stat_database WHERE datname = '" + database + "'")) {
            rs.next();
            return new Counters(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getString(5));
        }
    }

    static double walBytes(String from, String to) throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD);
                ResultSet rs = connection.createStatement().executeQuery("SELECT pg_wal_lsn_diff('" + to + "', '" + from + "')")) {
            rs.next();
            return rs.getDouble(1);
        }
    }

    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    static List<Long> sorted(Queue<Long> nanos) {
        List<Long> list = new ArrayList<>(nanos);
        Collections.sort(list);
        return list;
    }

    static double percentileMillis(List<Long> sorted, double q) {
        return sorted.isEmpty() ? Double.NaN : sorted.get((int) Math.max(0, Math.ceil(q * sorted.size()) - 1)) / 1e6;
    }

    static void print(Figures f) {
        System.out.printf(Locale.ROOT, "BENCH %-4s T=%d: %.2f lifecycles/s; submit p50/p95/p99 %.1f/%.1f/%.1f ms; task p50/p95/p99"
                + " %.1f/%.1f/%.1f ms; per lifecycle %.1f commits, %.0f inserted, %.0f updated, %.0f deleted, %.0f KB WAL,"
                + " %.0f ms CPU%n", f.side(), f.drivers(), f.perSecond(), percentileMillis(f.submits(), 0.5),
                percentileMillis(f.submits(), 0.95), percentileMillis(f.submits(), 0.99), percentileMillis(f.completions(), 0.5),
                percentileMillis(f.completions(), 0.95), percentileMillis(f.completions(), 0.99), f.commits(), f.inserted(),
                f.updated(), f.deleted(), f.walBytes() / 1024, f.cpuMillis());
    }

    /** The docs/benchmarks.md table, with ours/bare per driver count. */
    static void printTable(List<Figures> all) {
        System.out.println("BENCH");
        System.out.println("BENCH | T | side | lifecycles/s | ours/bare | submit p50/p95/p99 ms | task p50/p95/p99 ms | commits"
                + " | rows ins/upd/del | WAL KB | CPU ms |");
        System.out.println("BENCH |---|---|---|---|---|---|---|---|---|---|");
        for (Figures f : all) {
            Figures bare = all.stream().filter(b -> b.side().equals("bare") && b.drivers() == f.drivers()).findFirst().orElse(f);
            System.out.printf(Locale.ROOT, "BENCH | %d | %s | %.2f | %s | %.0f / %.0f / %.0f | %.0f / %.0f / %.0f | %.1f | %.0f / %.0f / %.0f"
                    + " | %.0f | %.0f |%n", f.drivers(), f.side(), f.perSecond(),
                    f.side().equals("ours") ? String.format(Locale.ROOT, "%.2f", f.perSecond() / bare.perSecond()) : "",
                    percentileMillis(f.submits(), 0.5), percentileMillis(f.submits(), 0.95), percentileMillis(f.submits(), 0.99),
                    percentileMillis(f.completions(), 0.5), percentileMillis(f.completions(), 0.95),
                    percentileMillis(f.completions(), 0.99), f.commits(), f.inserted(), f.updated(), f.deleted(), f.walBytes() / 1024,
                    f.cpuMillis());
        }
    }

    /** "jdbc:postgresql://host:port/" of a database URL. */
    static String server(String url) {
        return url.substring(0, url.lastIndexOf('/') + 1);
    }

    static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }
}
