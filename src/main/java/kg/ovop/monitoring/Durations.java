package kg.ovop.monitoring;

import java.util.List;

/** Summary statistics of durations in milliseconds, reported in hours; percentiles by nearest rank. */
final class Durations {

    private static final double HOUR = 3_600_000d;

    private Durations() {
    }

    static Double mean(List<Long> millis) {
        return millis.isEmpty() ? null : millis.stream().mapToLong(Long::longValue).average().orElseThrow() / HOUR;
    }

    /** The value at rank ceil(p × n) of the sorted durations: always one that really occurred. */
    static Double percentile(List<Long> sortedMillis, double p) {
        if (sortedMillis.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(p * sortedMillis.size());
        return sortedMillis.get(Math.max(rank, 1) - 1) / HOUR;
    }

    static double hours(long millis) {
        return millis / HOUR;
    }
}
