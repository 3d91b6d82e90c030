package kg.ovop.monitoring;

import java.time.Instant;

/**
 * One activity of a process: what waits there now and how long finished work took in the window.
 * Durations in hours; null where nothing finished. For user tasks the median is split into time
 * waiting for a reviewer to claim the task and time from the first claim to completion.
 */
public record ActivityStats(String activityId, String name, String type, long waitingNow, Instant oldestWaitingSince,
        double totalWaitingHours, long overdueNow, long completed, Double meanHours, Double medianHours, Double p90Hours,
        Double p95Hours, Double medianWaitForClaimHours, Double medianWorkingHours) {
}
