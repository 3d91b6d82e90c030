package kg.ovop.engine;

import static kg.ovop.RestCalls.engineVariables;
import static kg.ovop.RestCalls.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** A reviewer's task completions over /engine-rest, as Tasklist sends them. */
public record EngineRestTasks(TaskService tasks) {

    /**
     * Waits until no job of the process instance is due: reading its variables while a job runs on it
     * may collide with the job (an optimistic-locking failure of the read).
     */
    public static void awaitNoDueJobs(org.camunda.bpm.engine.ManagementService management, String processInstanceId) {
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(30);
        while (management.createJobQuery().processInstanceId(processInstanceId).executable().count() > 0
                && java.time.Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Claims the task for the user and ends it the given way ("complete", "submit-form"). */
    public ResponseEntity<String> claimAndComplete(TestRestTemplate reviewer, String user, Task task, Map<String, Object> submission,
            String how) {
        reviewer.postForEntity("/engine-rest/task/" + task.getId() + "/claim", json(Map.of("userId", user)), String.class);
        return reviewer.postForEntity("/engine-rest/task/" + task.getId() + "/" + how,
                json(Map.of("variables", engineVariables(submission))), String.class);
    }

    /** Each rule of the task's form broken once over /engine-rest is refused naming the field, the task staying open. */
    public void assertEveryBrokenRuleRefused(TestRestTemplate reviewer, Task task, FormSchema form, List<Map<String, Object>> valid,
            FormSchema.Conditions conditions) {
        for (BrokenRules.Breach breach : BrokenRules.of(form, valid, conditions)) {
            assertRefused(reviewer, task, breach.submission(), breach.field());
        }
    }

    /** The completion is a 400 in engine-rest's error shape naming the field, and the task stays open. */
    @SuppressWarnings("rawtypes")
    public void assertRefused(TestRestTemplate reviewer, Task task, Map<String, Object> submission, String field) {
        ResponseEntity<Map> refused = reviewer.postForEntity("/engine-rest/task/" + task.getId() + "/complete",
                json(Map.of("variables", engineVariables(submission))), Map.class);
        assertThat(refused.getStatusCode()).as(field + " in " + submission + ": " + refused.getBody())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).as("engine-rest's error shape").containsKeys("type", "message");
        assertThat((String) refused.getBody().get("message")).as("names the field").contains(field + ":");
        assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).as("task still open").isEqualTo(1);
    }
}
