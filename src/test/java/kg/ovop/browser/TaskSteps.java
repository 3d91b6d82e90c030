package kg.ovop.browser;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/** The steps of a browser scenario that other people take through the engine, as themselves, while the browser waits. */
record TaskSteps(TaskService tasks, IdentityService identity) {

    /** A reviewer claims and completes the open task of a step (routed through its process's door). */
    void work(String number, String taskKey, String user, String group, Map<String, Object> variables) {
        Task task = await(number, taskKey);
        identity.setAuthentication(user, List.of(group));
        try {
            tasks.claim(task.getId(), user);
            tasks.complete(task.getId(), variables);
        } finally {
            identity.clearAuthentication();
        }
    }

    /** The task of a step once the job executor has brought the application there (at most 30 s). */
    Task await(String number, String taskKey) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            Task task = tasks.createTaskQuery().processInstanceBusinessKey(number).taskDefinitionKey(taskKey).singleResult();
            if (task != null) {
                return task;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("no task " + taskKey + " for " + number);
    }
}
