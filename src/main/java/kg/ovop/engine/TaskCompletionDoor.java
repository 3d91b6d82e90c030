package kg.ovop.engine;

import java.util.Map;

/**
 * The one way a user completes a task of a process that keeps its record in our tables. Every
 * completion of such a task, from Tasklist, /engine-rest or Java, is routed here by
 * {@link EngineDoors}: the door checks the submission, writes the record and completes the task
 * with the few variables the process itself needs.
 */
public interface TaskCompletionDoor {

    /** The process definition key whose tasks this door completes. */
    String processDefinitionKey();

    /**
     * Completes a task for the signed-in user (the engine still checks they may work on it).
     *
     * @param submitted what the client sent, never written as such
     * @param returnVariables whether the caller asked for the process variables back
     * @return the variables when asked for, else null
     * @throws InvalidFormInputException when the submission is refused; nothing is written then
     */
    Object complete(String taskId, Map<String, Object> submitted, boolean returnVariables);

    /**
     * Called before a task is given to a user (claim, assignment, delegation, candidate user).
     *
     * @throws org.camunda.bpm.engine.AuthorizationException when that user may not have it
     */
    void checkAssignee(String taskId, String userId);
}
