package kg.ovop.certification;

import static kg.ovop.certification.BrandCertification.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Both expert reviews completed at the same instant, many times over, with the job executor
 * running: every score is kept, every application reaches the committee once, nothing is stuck.
 */
@SpringBootTest(properties = "ovop.mail.delivery=outbox")
@ActiveProfiles("test")
class ConcurrentReviewsIT {

    static final int ROUNDS = 15;

    @Autowired
    ProcessEngine engine;

    @Autowired
    BrandApplications door;

    @Autowired
    ApplicationStore applications;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void bothReviewsAtTheSameInstantLoseNothingAndTheJoinGoesOnOnce() throws Exception {
        List<String> instances = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            String instance = TestApplications.submit(door, "producer1", TestApplications.form()).processInstanceId();
            complete(instance, TASK_SCREEN_APPLICATION, "agency1", "agency", Map.of("screeningDecision", "accept"));
            instances.add(instance);
        }
        ExecutorService reviewers = Executors.newFixedThreadPool(2);
        try {
            for (String instance : instances) {
                Task quality = await(instance, TASK_REVIEW_QUALITY);
                Task market = await(instance, TASK_REVIEW_MARKET);
                CyclicBarrier together = new CyclicBarrier(2);
                Future<?> first = reviewers.submit(at(together, () -> completeTask(quality, "academia1", "academia",
                        Map.of("conflictOfInterest", "none", "qualityScore", 40, "labResult", "pass", "qualityComment", "Lab 3/26"))));
                Future<?> second = reviewers.submit(at(together, () -> completeTask(market, "association1", "association",
                        Map.of("conflictOfInterest", "none", "marketingScore", 22, "communityScore", 26))));
                first.get();
                second.get();
            }
        } finally {
            reviewers.shutdownNow();
        }
        for (String instance : instances) {
            await(instance, TASK_DECIDE_AWARD);
            String number = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance).singleResult()
                    .getBusinessKey();
            assertThat(applications.get(number).status()).isEqualTo(ApplicationStatus.in_committee);
            assertThat(applications.decisions(number)).extracting(d -> d.get("stage"))
                    .as(number).containsExactlyInAnyOrder("eligibility", "screening", "quality-review", "market-review", "rating");
            assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance).count()).as(number + " open tasks")
                    .isEqualTo(1);
            assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(instance).count()).isZero();
        }
    }

    private static Callable<Void> at(CyclicBarrier together, Runnable work) {
        return () -> {
            together.await();
            work.run();
            return null;
        };
    }

    private void complete(String instance, String taskKey, String user, String group, Map<String, Object> variables) {
        completeTask(await(instance, taskKey), user, group, variables);
    }

    /** As Tasklist does it: claim, then submit the form, signed in as the reviewer. */
    private void completeTask(Task task, String user, String group, Map<String, Object> variables) {
        engine.getIdentityService().setAuthentication(user, List.of(group));
        try {
            engine.getTaskService().claim(task.getId(), user);
            engine.getFormService().submitTaskForm(task.getId(), variables);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    /** The task once the job executor has brought the application there (at most 30 s). */
    private Task await(String instance, String taskKey) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance).taskDefinitionKey(taskKey).singleResult();
            if (task != null) {
                return task;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError(instance + " never reached " + taskKey);
    }
}
