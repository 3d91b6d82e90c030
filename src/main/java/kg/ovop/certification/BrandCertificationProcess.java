package kg.ovop.certification;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import kg.ovop.engine.ProcessDriver;
import kg.ovop.engine.ShownValues;
import kg.ovop.identity.ProcessParticipants;

/**
 * The only class that drives brand-certification through the engine's services (the door,
 * {@link BrandApplications}, decides what to do; this says how).
 */
@Component
class BrandCertificationProcess extends ProcessDriver {

    private final HistoryService history;

    BrandCertificationProcess(ProcessParticipants brandCertificationParticipants, RuntimeService runtime, TaskService tasks,
            IdentityService identity, HistoryService history, ShownValues shownValues) {
        super(brandCertificationParticipants, runtime, tasks, identity, shownValues);
        this.history = history;
    }

    /** Starts the process for an application the user submitted; the business key is its number. */
    ProcessInstance start(String user, String number) {
        return start(user, number, Map.of());
    }

    /** The names of the instance's open tasks, for the review page's header. */
    List<ReviewFile.OpenTask> openTasks(String processInstanceId) {
        return asSystem(() -> tasks.createTaskQuery().processInstanceId(processInstanceId).orderByTaskCreateTime().asc().list()
                .stream().map(t -> new ReviewFile.OpenTask(t.getTaskDefinitionKey(), t.getName())).toList());
    }

    /** Ends the application through the process's withdrawal event: its open tasks end with it. */
    void withdraw(String number) {
        correlate(BrandCertification.MESSAGE_WITHDRAWN, number, Map.of());
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

    /** Raises an overdue task in Tasklist's priority sort. */
    void prioritise(Task task, int priority) {
        asSystem(() -> {
            tasks.setPriority(task.getId(), priority);
            return null;
        });
    }
}
