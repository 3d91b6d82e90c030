package kg.ovop.monitoring;

/** An activity ranked by the total time applications have been waiting there right now. */
public record Bottleneck(int rank, String activityId, String name, double totalWaitingHours, long waiting,
        String explanation) {
}
