package kg.ovop.engine;

import java.lang.reflect.Field;
import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cmd.AbstractAddIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetTaskPropertyCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DelegateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SaveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Routes every task completion of a process that has a {@link TaskCompletionDoor} through that
 * door, whichever way it arrives (Tasklist's submit-form, /engine-rest complete or submit-form,
 * the Java API): the engine's own completion then only ever carries the door's variables. The
 * other ways a task holder could end or write through a task (BPMN error, escalation, resolve
 * with variables) are refused for such a process. It runs before the engine's command starts, so
 * a refusal reaches the REST layer as the form-validation exception it answers with 400, and is
 * logged here as one WARN line, not as an engine error. Giving such a task to a user (claim,
 * assign, delegate, candidate user, save) asks the door first: a reviewer who declared a conflict
 * of interest never gets the application's tasks back.
 */
@Component
public class EngineDoors extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(EngineDoors.class);
    private static final ThreadLocal<Integer> INSIDE = ThreadLocal.withInitial(() -> 0);

    // The engine's task commands keep what the client sent in protected fields; read, never changed.
    private static final Field COMPLETE_TASK = EngineInternals.field(CompleteTaskCmd.class, "taskId");
    private static final Field COMPLETE_VARIABLES = EngineInternals.field(CompleteTaskCmd.class, "variables");
    private static final Field COMPLETE_RETURN = EngineInternals.field(CompleteTaskCmd.class, "returnVariables");
    private static final Field SUBMIT_TASK = EngineInternals.field(SubmitTaskFormCmd.class, "taskId");
    private static final Field SUBMIT_VARIABLES = EngineInternals.field(SubmitTaskFormCmd.class, "properties");
    private static final Field SUBMIT_RETURN = EngineInternals.field(SubmitTaskFormCmd.class, "returnVariables");
    private static final Field ERROR_TASK = EngineInternals.field(HandleTaskBpmnErrorCmd.class, "taskId");
    private static final Field ESCALATION_TASK = EngineInternals.field(HandleTaskEscalationCmd.class, "taskId");
    private static final Field CLAIM_TASK = EngineInternals.field(ClaimTaskCmd.class, "taskId");
    private static final Field CLAIM_USER = EngineInternals.field(ClaimTaskCmd.class, "userId");
    private static final Field DELEGATE_TASK = EngineInternals.field(DelegateTaskCmd.class, "taskId");
    private static final Field DELEGATE_USER = EngineInternals.field(DelegateTaskCmd.class, "userId");
    private static final Field LINK_TASK = EngineInternals.field(AbstractSetTaskPropertyCmd.class, "taskId");
    private static final Field LINK_USER = EngineInternals.field(AbstractAddIdentityLinkCmd.class, "userId");
    private static final Field SAVED_TASK = EngineInternals.field(SaveTaskCmd.class, "task");

    private final ObjectProvider<TaskCompletionDoor> doors;

    public EngineDoors(ObjectProvider<TaskCompletionDoor> doors) {
        this.doors = doors;
    }

    /** Runs engine calls as a door: completions inside pass straight to the engine. */
    public static <T> T through(Supplier<T> work) {
        INSIDE.set(INSIDE.get() + 1);
        try {
            return work.get();
        } finally {
            INSIDE.set(INSIDE.get() - 1);
        }
    }

    /** Whether the current thread is inside a door (task listeners check it as a safety net). */
    public static boolean inside() {
        return INSIDE.get() > 0;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        EngineInternals.interceptBefore(configuration, new Router(configuration, doors));
    }

    private static final class Router extends CommandInterceptor {

        private final ProcessEngineConfigurationImpl configuration;
        private final ObjectProvider<TaskCompletionDoor> doors;

        Router(ProcessEngineConfigurationImpl configuration, ObjectProvider<TaskCompletionDoor> doors) {
            this.configuration = configuration;
            this.doors = doors;
        }

        @Override
        public <T> T execute(Command<T> command) {
            String[] assignment = inside() ? null : assignmentOf(command);
            if (assignment != null && assignment[1] != null) {
                TaskCompletionDoor door = doorOf(assignment[0]);
                if (door != null) {
                    door.checkAssignee(assignment[0], assignment[1]);
                }
                return next.execute(command);
            }
            String taskId = inside() ? null : taskOf(command);
            TaskCompletionDoor door = taskId == null ? null : doorOf(taskId);
            if (door == null) {
                return next.execute(command);
            }
            if (command instanceof HandleTaskBpmnErrorCmd || command instanceof HandleTaskEscalationCmd
                    || (command instanceof ResolveTaskCmd && !isEmpty(EngineInternals.read(COMPLETE_VARIABLES, command)))) {
                // A task of such a process ends through its form only: an error or escalation would end
                // or divert the process, and resolving with variables would write them past the door.
                throw new AuthorizationException("A task of " + door.processDefinitionKey()
                        + " is finished by completing its form; BPMN errors, escalations and variables on resolve are refused");
            }
            if (command instanceof ResolveTaskCmd) {
                return next.execute(command);
            }
            boolean complete = command instanceof CompleteTaskCmd;
            @SuppressWarnings("unchecked")
            Map<String, Object> submitted = (Map<String, Object>) EngineInternals.read(complete ? COMPLETE_VARIABLES : SUBMIT_VARIABLES, command);
            boolean returnVariables = (Boolean) EngineInternals.read(complete ? COMPLETE_RETURN : SUBMIT_RETURN, command);
            try {
                @SuppressWarnings("unchecked")
                T result = (T) door.complete(taskId, submitted == null ? Map.of() : submitted, returnVariables);
                return result;
            } catch (InvalidFormInputException refused) {
                Authentication user = configuration.getIdentityService().getCurrentAuthentication();
                log.warn("Refused completion of task {} ({}) by {}: {}", taskId, door.processDefinitionKey(),
                        user == null ? "the system" : user.getUserId(), refused.getMessage());
                throw refused;
            }
        }

        /** The task a command acts on, for the commands a door guards; null for any other. */
        private static String taskOf(Command<?> command) {
            Field taskId = command instanceof CompleteTaskCmd ? COMPLETE_TASK : command instanceof SubmitTaskFormCmd ? SUBMIT_TASK
                    : command instanceof HandleTaskBpmnErrorCmd ? ERROR_TASK
                    : command instanceof HandleTaskEscalationCmd ? ESCALATION_TASK : null;
            return taskId == null ? null : (String) EngineInternals.read(taskId, command);
        }

        /** The task and the user a command would give it to (claim, assign, delegate, candidate, save); null for any other. */
        private static String[] assignmentOf(Command<?> command) {
            if (command instanceof ClaimTaskCmd) {
                return new String[] {(String) EngineInternals.read(CLAIM_TASK, command), (String) EngineInternals.read(CLAIM_USER, command)};
            }
            if (command instanceof DelegateTaskCmd) {
                return new String[] {(String) EngineInternals.read(DELEGATE_TASK, command),
                        (String) EngineInternals.read(DELEGATE_USER, command)};
            }
            if (command instanceof AbstractAddIdentityLinkCmd) {
                return new String[] {(String) EngineInternals.read(LINK_TASK, command), (String) EngineInternals.read(LINK_USER, command)};
            }
            if (command instanceof SaveTaskCmd) {
                Task task = (Task) EngineInternals.read(SAVED_TASK, command);
                return task == null || task.getId() == null ? null : new String[] {task.getId(), task.getAssignee()};
            }
            return null;
        }

        private TaskCompletionDoor doorOf(String taskId) {
            String processKey = next.execute(context -> {
                TaskEntity task = context.getTaskManager().findTaskById(taskId);
                return task == null || task.getProcessDefinitionId() == null ? null
                        : context.getProcessEngineConfiguration().getDeploymentCache()
                                .findDeployedProcessDefinitionById(task.getProcessDefinitionId()).getKey();
            });
            return processKey == null ? null
                    : doors.orderedStream().filter(d -> d.processDefinitionKey().equals(processKey)).findFirst().orElse(null);
        }

        private static boolean isEmpty(Object variables) {
            return variables == null || ((Map<?, ?>) variables).isEmpty();
        }
    }

}
