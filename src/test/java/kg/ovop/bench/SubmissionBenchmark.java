package kg.ovop.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import kg.ovop.certification.TestApplications;
import kg.ovop.grant.CertifiedProducers;

/**
 * Submissions through {@code /api/applications} over HTTP with many producers at once, each with
 * its own account (HTTP Basic): a draft, its two documents, the submission. Steady: every producer
 * pauses about a second before each request, as people do; burst: all submit at the same instant
 * (a barrier). The job executor meanwhile runs what each submission started (acknowledgement mail
 * over SMTP, eligibility). Prints p50/p95/p99 of each request. Not a test:
 * {@code OVOP_BENCH_DB_USER=postgres ./mvnw -Pbench test -Dtest=SubmissionBenchmark}; database
 * {@code ovop_bench_submit} is dropped and created on the server of OVOP_BENCH_DB_URL.
 */
@Tag("bench")
@ActiveProfiles("test")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "ovop.mail.delivery=smtp")
class SubmissionBenchmark {

    static final int PRODUCERS = Integer.getInteger("bench.producers", 20);
    static final int ROUNDS = Integer.getInteger("bench.rounds", 10);
    static final int WARMUP_ROUNDS = Integer.getInteger("bench.warmupRounds", 3);
    /** A producer pauses between half and one and a half of this before each request. */
    static final int THINK_MILLIS = Integer.getInteger("bench.thinkMillis", 1000);
    static final String DATABASE = "ovop_bench_submit";

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    TestRestTemplate http;

    @Autowired
    IdentityService identity;

    @DynamicPropertySource
    static void freshDatabase(DynamicPropertyRegistry registry) throws SQLException {
        try (Connection admin = DriverManager.getConnection(LifecycleBenchmark.SERVER + "postgres", LifecycleBenchmark.USER,
                LifecycleBenchmark.PASSWORD)) {
            admin.createStatement().execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            admin.createStatement().execute("CREATE DATABASE " + DATABASE);
        }
        registry.add("spring.datasource.url", () -> LifecycleBenchmark.SERVER + DATABASE);
        registry.add("spring.datasource.username", () -> LifecycleBenchmark.USER);
        registry.add("spring.datasource.password", () -> LifecycleBenchmark.PASSWORD);
    }

    @Test
    void producersSubmitting() throws Exception {
        List<String> producers = new ArrayList<>();
        for (int i = 1; i <= PRODUCERS; i++) {
            producers.add("benchproducer" + i);
            CertifiedProducers.account(identity, producers.get(i - 1));
        }
        rounds(producers, WARMUP_ROUNDS, true, new Latencies());
        Latencies steady = new Latencies();
        long start = System.nanoTime();
        rounds(producers, ROUNDS, false, steady);
        System.out.printf(Locale.ROOT, "%nBENCH submission, steady: %d producers at work together, each pausing %d-%d ms before"
                + " every request (one application = draft, two documents, submit), %d applications each, %.1f s%n", PRODUCERS,
                THINK_MILLIS / 2, THINK_MILLIS * 3 / 2, ROUNDS, (System.nanoTime() - start) / 1e9);
        steady.print();
        Latencies burst = new Latencies();
        start = System.nanoTime();
        rounds(producers, ROUNDS, true, burst);
        System.out.printf(Locale.ROOT, "BENCH submission, burst: the same %d producers submit at the same instant (a barrier), %d"
                + " rounds, %.1f s%n", PRODUCERS, ROUNDS, (System.nanoTime() - start) / 1e9);
        burst.print();
    }

    /** Latencies of the three requests of an application, in nanoseconds. */
    record Latencies(Queue<Long> drafts, Queue<Long> uploads, Queue<Long> submits) {

        Latencies() {
            this(new ConcurrentLinkedQueue<>(), new ConcurrentLinkedQueue<>(), new ConcurrentLinkedQueue<>());
        }

        void print() {
            SubmissionBenchmark.print("POST /api/applications/{n}/submit", submits);
            SubmissionBenchmark.print("POST /api/applications (draft)", drafts);
            SubmissionBenchmark.print("POST /api/applications/{n}/documents", uploads);
        }
    }

    /**
     * Each producer makes this many applications. Together: all submit at the same instant; else each
     * pauses before every request as a person does (the same pauses on every run).
     */
    void rounds(List<String> producers, int rounds, boolean together, Latencies latencies) throws Exception {
        CyclicBarrier barrier = new CyclicBarrier(producers.size());
        ExecutorService pool = Executors.newFixedThreadPool(producers.size());
        try {
            List<Future<?>> running = new ArrayList<>();
            for (String producer : producers) {
                Random pauses = new Random(producer.hashCode());
                Runnable pause = () -> sleep(together ? 0 : THINK_MILLIS / 2 + pauses.nextInt(THINK_MILLIS + 1));
                running.add(pool.submit(() -> {
                    TestRestTemplate as = http.withBasicAuth(producer, "grant-" + producer);
                    for (int round = 0; round < rounds; round++) {
                        String number = draft(as, latencies, pause);
                        if (together) {
                            barrier.await();
                        }
                        pause.run();
                        long begin = System.nanoTime();
                        ResponseEntity<String> submitted = as.postForEntity("/api/applications/" + number + "/submit", null, String.class);
                        latencies.submits().add(System.nanoTime() - begin);
                        expect(submitted, HttpStatus.ACCEPTED);
                    }
                    return null;
                }));
            }
            for (Future<?> producer : running) {
                producer.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String draft(TestRestTemplate as, Latencies latencies, Runnable pause) {
        pause.run();
        long begin = System.nanoTime();
        @SuppressWarnings("rawtypes")
        ResponseEntity<Map> created = as.postForEntity("/api/applications",
                TestApplications.apiRequest(TestApplications.form()), Map.class);
        latencies.drafts().add(System.nanoTime() - begin);
        expect(created, HttpStatus.CREATED);
        String number = (String) created.getBody().get("number");
        for (String kind : List.of("conformity", "photo")) {
            MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
            parts.add("kind", kind);
            parts.add("file", new ByteArrayResource(TestApplications.PDF) {
                @Override
                public String getFilename() {
                    return kind + ".pdf";
                }
            });
            HttpHeaders headers = new HttpHeaders();
            headers.setContentType(MediaType.MULTIPART_FORM_DATA);
            pause.run();
            begin = System.nanoTime();
            ResponseEntity<String> uploaded = as.postForEntity("/api/applications/" + number + "/documents",
                    new HttpEntity<>(parts, headers), String.class);
            latencies.uploads().add(System.nanoTime() - begin);
            expect(uploaded, HttpStatus.CREATED);
        }
        return number;
    }

    static void expect(ResponseEntity<?> response, HttpStatus status) {
        if (response.getStatusCode() != status) {
            throw new IllegalStateException("Expected " + status + ", got " + response.getStatusCode() + ": " + response.getBody());
        }
    }

    static void print(String what, Queue<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "BENCH %-40s n=%d p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n", what, sorted.size(),
                LifecycleBenchmark.percentileMillis(sorted, 0.5), LifecycleBenchmark.percentileMillis(sorted, 0.95),
                LifecycleBenchmark.percentileMillis(sorted, 0.99), sorted.get(sorted.size() - 1) / 1e6);
    }
}
