package kg.ovop.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/**
 * Drives brand applications as their users would, for tests that run with the job executor off:
 * submit as a producer (through the door), run due jobs, claim and complete reviewer tasks.
 */
public final class EngineDriver {

    private final ProcessEngine engine;
    private final BrandApplications door;

    public EngineDriver(ProcessEngine engine, BrandApplications door) {
        this.engine = engine;
        this.door = door;
    }

    /** Submits an application as {@code producer1} through the door; jobs are left for the caller to run. */
    public ProcessInstance submit(Map<String, Object> form) {
        Application submitted = TestApplications.submit(door, "producer1", form);
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(submitted.processInstanceId())
                .singleResult();
    }

    /** Runs every job that is due now (async continuations), repeatedly, until the instance waits. */
    public void runDueJobs(ProcessInstance instance) {
        for (int round = 0; round < 50; round++) {
            List<Job> due = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                    .executable().list();
            if (due.isEmpty()) {
                return;
            }
            for (Job job : due) {
                engine.getManagementService().executeJob(job.getId());
            }
        }
        throw new AssertionError("jobs keep coming for " + instance.getId());
    }

    public Task task(ProcessInstance instance, String taskKey) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(taskKey).singleResult();
        assertThat(task).as("open task " + taskKey).isNotNull();
        return task;
    }

    public List<String> candidateGroups(Task task) {
        return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType())).map(IdentityLink::getGroupId).toList();
    }

    public void claim(ProcessInstance instance, String taskKey, String user) {
        engine.getTaskService().claim(task(instance, taskKey).getId(), user);
    }

    /** A reviewer claims (unless already assigned) and completes a task with their own authorizations. */
    public void complete(ProcessInstance instance, String taskKey, String user, String group, Map<String, Object> variables) {
        Task task = task(instance, taskKey);
        engine.getIdentityService().setAuthentication(user, List.of(group));
        try {
            if (task.getAssignee() == null) {
                engine.getTaskService().claim(task.getId(), user);
            }
            engine.getTaskService().complete(task.getId(), variables);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        runDueJobs(instance);
    }
}
