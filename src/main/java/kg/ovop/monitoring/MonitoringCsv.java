package kg.ovop.monitoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import kg.ovop.web.Csv;

/** The dashboard's tables as CSV (RFC 4180), for spreadsheets. */
final class MonitoringCsv {

    static final List<String> TABLES = List.of("activities", "groups", "bottlenecks", "throughput", "funnel");

    private MonitoringCsv() {
    }

    static String table(String name, MonitoringReport report) {
        return switch (name) {
            case "activities" -> activities(report);
            case "groups" -> groups(report);
            case "bottlenecks" -> bottlenecks(report);
            case "throughput" -> throughput(report);
            case "funnel" -> funnel(report);
            default -> throw new IllegalArgumentException(name);
        };
    }

    static String activities(MonitoringReport report) {
        return table(List.of("activity_id", "name", "type", "waiting_now", "oldest_waiting_since", "total_waiting_hours",
                "overdue_now", "completed", "mean_hours", "median_hours", "p90_hours", "p95_hours",
                "median_wait_for_claim_hours", "median_working_hours"), report.activities(),
                a -> Arrays.asList(a.activityId(), a.name(), a.type(), a.waitingNow(), a.oldestWaitingSince(), a.totalWaitingHours(),
                        a.overdueNow(), a.completed(), a.meanHours(), a.medianHours(), a.p90Hours(), a.p95Hours(),
                        a.medianWaitForClaimHours(), a.medianWorkingHours()));
    }

    /** One row per stage and week, so a spreadsheet can pivot it either way. */
    static String throughput(MonitoringReport report) {
        List<List<?>> rows = report.throughput().stream().flatMap(t -> t.weeks().stream()
                .<List<?>>map(w -> List.of(t.activityId(), t.name(), w.week(), w.arrivals(), w.completions()))).toList();
        return table(List.of("activity_id", "name", "week", "arrivals", "completions"), rows, r -> r);
    }

    static String funnel(MonitoringReport report) {
        List<List<?>> rows = new ArrayList<>();
        report.funnel().stages().forEach(s -> rows.add(Arrays.asList("reached", s.activityId(), s.name(), "", s.reached())));
        report.funnel().outcomes().forEach(o -> rows.add(Arrays.asList("ended", o.endActivityId(), o.name(), o.state(),
                o.count())));
        return table(List.of("kind", "activity_id", "name", "state", "applications"), rows, r -> r);
    }

    static String groups(MonitoringReport report) {
        return table(List.of("group", "queue_now", "completed", "completed_per_week", "median_handling_hours"),
                report.groups(), g -> Arrays.asList(g.group(), g.queueNow(), g.completed(), g.completedPerWeek(),
                        g.medianHandlingHours()));
    }

    static String bottlenecks(MonitoringReport report) {
        return table(List.of("rank", "activity_id", "name", "total_waiting_hours", "waiting", "explanation"),
                report.bottlenecks(), b -> Arrays.asList(b.rank(), b.activityId(), b.name(), b.totalWaitingHours(), b.waiting(),
                        b.explanation()));
    }

    private static <T> String table(List<String> header, List<T> rows, Function<T, List<?>> cells) {
        StringBuilder csv = new StringBuilder(String.join(",", header)).append("\r\n");
        for (T row : rows) {
            csv.append(cells.apply(row).stream().map(MonitoringCsv::cell).collect(Collectors.joining(","))).append("\r\n");
        }
        return csv.toString();
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        return Csv.spreadsheetCell(value instanceof Double d ? String.format(Locale.ROOT, "%.2f", d) : value.toString());
    }
}
