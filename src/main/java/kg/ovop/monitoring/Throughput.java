package kg.ovop.monitoring;

import java.time.LocalDate;
import java.util.List;

/**
 * Arrivals and completions per week at one stage (or, for the process id, whole applications).
 *
 * @param backlogChange          arrivals minus completions in the window: positive means the queue grew
 * @param completionTrendPerWeek least-squares slope of weekly completions (change per week)
 */
public record Throughput(String activityId, String name, long arrivals, long completions, long backlogChange,
        double completionTrendPerWeek, List<WeekCount> weeks) {

    /** One week, starting on Monday; the first and last week of a window may be partial. */
    public record WeekCount(LocalDate week, long arrivals, long completions) {
    }
}
