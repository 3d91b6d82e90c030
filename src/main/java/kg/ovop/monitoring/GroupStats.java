package kg.ovop.monitoring;

/** A reviewer group: its open queue now, what it finished in the window, and its median handling time. */
public record GroupStats(String group, long queueNow, long completed, double completedPerWeek, Double medianHandlingHours) {
}
