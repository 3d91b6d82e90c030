package kg.ovop.engine;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.security.access.AccessDeniedException;

import kg.ovop.identity.ProcessParticipants;

/**
 * How a process's door drives the engine: the one place a feature's code touches
 * {@link RuntimeService} and {@link TaskService} for its process. Starts and producer steps run as
 * the system, after the door has checked ownership; a reviewer's completion runs as the reviewer,
 * so the engine still checks they may work on the task. Each process has one subclass.
 */
public abstract class ProcessDriver {

    /** The record being started by a door in this thread: a process's start step refuses any other. */
    private static final ThreadLocal<String> STARTING = new ThreadLocal<>();

    protected final RuntimeService runtime;
    protected final TaskService tasks;
    protected final IdentityService identity;
    private final String processKey;
    private final ProcessParticipants participants;
    private final ShownValues shownValues;

    protected ProcessDriver(ProcessParticipants participants, RuntimeService runtime, TaskService tasks, IdentityService identity,
            ShownValues shownValues) {
        this.processKey = participants.processKey();
        this.participants = participants;
        this.shownValues = shownValues;
        this.runtime = runtime;
        this.tasks = tasks;
        this.identity = identity;
    }

    /** Starts the process for a user's record, if the process lets them; the business key is its number. */
    protected ProcessInstance start(String user, String number, Map<String, Object> variables) {
        if (!participants.startableBy(groupsOf(user))) {
            throw new AccessDeniedException(user + " may not start " + processKey);
        }
        STARTING.set(number);
        try {
            return asSystem(() -> runtime.createProcessInstanceByKey(processKey).businessKey(number).setVariables(variables)
                    .execute());
        } finally {
            STARTING.remove();
        }
    }

    /** Whether the instance starting now for this number was started by its door (not over /engine-rest). */
    public static boolean startingThroughDoor(String number) {
        return number != null && number.equals(STARTING.get());
    }

    /** The open task of a step, whoever may see it. */
    public Optional<Task> openTask(String processInstanceId, String taskKey) {
        return Optional.ofNullable(asSystem(() -> tasks.createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey(taskKey).singleResult()));
    }

    /** The groups a task is offered to. */
    public List<String> candidateGroups(Task task) {
        return asSystem(() -> tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).toList());
    }

    /** Whether a user holds one of the instance's open tasks, as its assignee or through a candidate group. */
    public boolean worksOn(String processInstanceId, String user, List<String> groups) {
        return asSystem(() -> tasks.createTaskQuery().processInstanceId(processInstanceId).list().stream()
                .anyMatch(task -> (user != null && user.equals(task.getAssignee()))
                        || (!groups.isEmpty() && tasks.getIdentityLinksForTask(task.getId()).stream()
                                .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && groups.contains(link.getGroupId())))));
    }

    /** The groups a user belongs to now. */
    public List<String> groupsOf(String user) {
        return user == null ? List.of()
                : identity.createGroupQuery().groupMember(user).list().stream().map(org.camunda.bpm.engine.identity.Group::getId).toList();
    }

    /** Any task of this process by id, whoever may see it. */
    public Optional<Task> anyTask(String taskId) {
        return Optional.ofNullable(asSystem(() -> tasks.createTaskQuery().taskId(taskId).processDefinitionKey(processKey)
                .singleResult()));
    }

    /** Gives a task back to its candidate groups, unclaimed. */
    public void release(Task task) {
        asSystem(() -> {
            tasks.setAssignee(task.getId(), null);
            return null;
        });
    }

    /**
     * The task a user is completing, as they see it. One they may not see is refused here, never
     * completed past its form; an unknown id is empty, for the engine to answer as it does.
     */
    public Optional<Task> taskToComplete(String taskId) {
        Optional<Task> task = visibleTask(taskId);
        if (task.isEmpty() && exists(taskId)) {
            throw new AuthorizationException(currentUser() + " may not work on task " + taskId);
        }
        return task;
    }

    /** The signed-in user, or "system" when the engine works on its own (jobs, timers). */
    public String currentUser() {
        Authentication current = identity.getCurrentAuthentication();
        return current == null || current.getUserId() == null ? "system" : current.getUserId();
    }

    /** A task of this process as the signed-in user sees it: empty when they may not read it. */
    public Optional<Task> visibleTask(String taskId) {
        return Optional.ofNullable(tasks.createTaskQuery().taskId(taskId).processDefinitionKey(processKey).singleResult());
    }

    public boolean exists(String taskId) {
        return asSystem(() -> tasks.createTaskQuery().taskId(taskId).count() > 0);
    }

    public String businessKey(Task task) {
        return asSystem(() -> runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
                .singleResult().getBusinessKey());
    }

    /** The read-only values the task's form shows, from the store. */
    public Map<String, Object> shown(Task task) {
        return shownValues.of(processKey, task.getProcessDefinitionId(), task.getTaskDefinitionKey(), businessKey(task));
    }

    /** Completes a task as the signed-in user, with only the process's own variables. */
    public Object completeAsUser(String taskId, Map<String, Object> variables, boolean returnVariables) {
        return EngineDoors.through(() -> complete(taskId, variables, returnVariables));
    }

    /** Completes a task as the system: the producer's own step, after the door checked ownership. */
    public void completeAsSystem(String taskId, Map<String, Object> variables) {
        asSystem(() -> complete(taskId, variables, false));
    }

    /** Delivers a message to the instance of a record (withdrawal, misuse, money offered). */
    protected void correlate(String message, String number, Map<String, Object> variables) {
        asSystem(() -> runtime.createMessageCorrelation(message).processInstanceBusinessKey(number)
                .setVariables(variables).correlateWithResult());
    }

    private Object complete(String taskId, Map<String, Object> variables, boolean returnVariables) {
        if (returnVariables) {
            return tasks.completeWithVariablesInReturn(taskId, variables, false);
        }
        tasks.complete(taskId, variables);
        return null;
    }

    /** Runs engine calls with no signed-in user, inside the door, restoring the caller's authentication after. */
    protected <T> T asSystem(Supplier<T> work) {
        Authentication caller = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return EngineDoors.through(work);
        } finally {
            if (caller != null) {
                identity.setAuthentication(caller);
            }
        }
    }
}
