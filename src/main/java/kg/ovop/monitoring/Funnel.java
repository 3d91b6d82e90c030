package kg.ovop.monitoring;

import java.util.List;

/**
 * Applications started in the window: how many reached each stage, and how each one ended.
 *
 * @param started applications started in the window
 */
public record Funnel(long started, List<Stage> stages, List<Outcome> outcomes) {

    public record Stage(String activityId, String name, long reached) {
    }

    /**
     * @param endActivityId the end event reached; null while running and for a deleted application
     * @param name          that end event's name, or null
     * @param state         Camunda's history state: ACTIVE, SUSPENDED, COMPLETED, EXTERNALLY_TERMINATED, ...
     */
    public record Outcome(String endActivityId, String name, String state, long count) {
    }
}
