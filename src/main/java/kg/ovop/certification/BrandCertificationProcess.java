package kg.ovop.certification;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import kg.ovop.engine.EngineDoors;

/**
 * The only class that drives brand-certification through the engine's services (the door,
 * {@link BrandApplications}, decides what to do; this says how). Starts and producer steps run as
 * the system, after the door has checked ownership; a reviewer's completion runs as the reviewer,
 * so the engine still checks they may work on the task.
 */
@Component
class BrandCertificationProcess {

    /** The application being started by the door in this thread: the start step refuses any other. */
    private static final ThreadLocal<String> STARTING = new ThreadLocal<>();

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final IdentityService identity;
    private final HistoryService history;

    BrandCertificationProcess(RuntimeService runtime, TaskService tasks, IdentityService identity, HistoryService history) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.identity = identity;
        this.history = history;
    }

    /** Starts the process for a submitted application; the business key is its number. */
    ProcessInstance start(String number) {
        STARTING.set(number);
        try {
            return asSystem(() -> runtime.createProcessInstanceByKey(BrandCertification.PROCESS_ID).businessKey(number).execute());
        } finally {
            STARTING.remove();
        }
    }

    static boolean startingThroughDoor(String number) {
        return number != null && number.equals(STARTING.get());
    }

    /** The open task of a step, whoever may see it. */
    Optional<Task> openTask(String processInstanceId, String taskKey) {
        return Optional.ofNullable(asSystem(() -> tasks.createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey(taskKey).singleResult()));
    }

    /** The groups a task is offered to. */
    List<String> candidateGroups(Task task) {
        return asSystem(() -> tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).toList());
    }

    /** Whether a user holds one of the instance's open tasks, as its assignee or through a candidate group. */
    boolean worksOn(String processInstanceId, String user, List<String> groups) {
        return asSystem(() -> tasks.createTaskQuery().processInstanceId(processInstanceId).list().stream()
                .anyMatch(task -> (user != null && user.equals(task.getAssignee()))
                        || (!groups.isEmpty() && tasks.getIdentityLinksForTask(task.getId()).stream()
                                .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && groups.contains(link.getGroupId())))));
    }

    /** The names of the instance's open tasks, for the review page's header. */
    List<ReviewFile.OpenTask> openTasks(String processInstanceId) {
        return asSystem(() -> tasks.createTaskQuery().processInstanceId(processInstanceId).orderByTaskCreateTime().asc().list()
                .stream().map(t -> new ReviewFile.OpenTask(t.getTaskDefinitionKey(), t.getName())).toList());
    }

    /** Ends the application through the process's withdrawal event: its open tasks end with it. */
    void withdraw(String number) {
        asSystem(() -> runtime.createMessageCorrelation(BrandCertification.MESSAGE_WITHDRAWN).processInstanceBusinessKey(number)
                .correlateWithResult());
    }

    /** The reviewers' tasks of an instance that ended without being completed (the withdrawal ended them). */
    List<HistoricTaskInstance> endedUncompleted(String processInstanceId) {
        return asSystem(() -> history.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId).finished().list()
                .stream().filter(task -> !"completed".equals(task.getDeleteReason()))
                .filter(task -> !BrandCertification.TASK_PROVIDE_INFORMATION.equals(task.getTaskDefinitionKey())).toList());
    }

    /** The groups a task was offered to, from history (the task itself has ended). */
    List<String> historicCandidateGroups(String taskId) {
        return asSystem(() -> history.createHistoricIdentityLinkLogQuery().taskId(taskId).type(IdentityLinkType.CANDIDATE)
                .operationType("add").list().stream().map(HistoricIdentityLinkLog::getGroupId).filter(java.util.Objects::nonNull)
                .distinct().toList());
    }

    /** Any task by id, whoever may see it. */
    Optional<Task> anyTask(String taskId) {
        return Optional.ofNullable(asSystem(() -> tasks.createTaskQuery().taskId(taskId).processDefinitionKey(BrandCertification.PROCESS_ID)
                .singleResult()));
    }

    /** Gives a task back to its candidate groups, unclaimed. */
    void release(Task task) {
        asSystem(() -> {
            tasks.setAssignee(task.getId(), null);
            return null;
        });
    }

    /** Raises an overdue task in Tasklist's priority sort. */
    void prioritise(Task task, int priority) {
        asSystem(() -> {
            tasks.setPriority(task.getId(), priority);
            return null;
        });
    }

    /** A task of this process as the signed-in user sees it: empty when they may not read it. */
    Optional<Task> visibleTask(String taskId) {
        return Optional.ofNullable(tasks.createTaskQuery().taskId(taskId).processDefinitionKey(BrandCertification.PROCESS_ID)
                .singleResult());
    }

    boolean exists(String taskId) {
        return asSystem(() -> tasks.createTaskQuery().taskId(taskId).count() > 0);
    }

    String businessKey(Task task) {
        return asSystem(() -> runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
                .singleResult().getBusinessKey());
    }

    /** The read-only values the task showed (its local variables, set when it was created). */
    Map<String, Object> shown(Task task) {
        return asSystem(() -> tasks.getVariablesLocal(task.getId()));
    }

    /** Completes a task as the signed-in user, with only the process's own variables. */
    Object completeAsUser(String taskId, Map<String, Object> variables, boolean returnVariables) {
        return EngineDoors.through(() -> complete(taskId, variables, returnVariables));
    }

    /** Completes a task as the system: the producer's own step, after the door checked ownership. */
    void completeAsSystem(String taskId, Map<String, Object> variables) {
        asSystem(() -> complete(taskId, variables, false));
    }

    private Object complete(String taskId, Map<String, Object> variables, boolean returnVariables) {
        if (returnVariables) {
            return tasks.completeWithVariablesInReturn(taskId, variables, false);
        }
        tasks.complete(taskId, variables);
        return null;
    }

    /** Runs engine calls with no signed-in user, inside the door, restoring the caller's authentication after. */
    private <T> T asSystem(Supplier<T> work) {
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
