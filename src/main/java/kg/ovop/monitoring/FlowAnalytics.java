package kg.ovop.monitoring;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import kg.ovop.config.TimeConfiguration;

/**
 * How work flows through a process over time: arrivals and completions per week at each user task
 * and for whole applications, and the funnel of applications started in the window. Any process
 * works, since stages are user tasks and outcomes are the end events reached. Stages are read from
 * task history, a fifth of the size of activity history.
 */
@Component
class FlowAnalytics {

    private final JdbcTemplate jdbc;

    FlowAnalytics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Whole applications first (under the process key), then each user task in diagram order. */
    List<Throughput> throughput(MonitoringQuery query, ProcessNodes nodes) {
        List<LocalDate> weeks = weeks(query);
        LocalDate from = query.from().atZone(TimeConfiguration.BISHKEK).toLocalDate();
        LocalDate to = query.to().atZone(TimeConfiguration.BISHKEK).toLocalDate();
        Map<String, Map<LocalDate, long[]>> counts = new HashMap<>();
        Map<String, String> recordedNames = new HashMap<>();
        for (int column = 0; column < 2; column++) {
            String time = column == 0 ? "START_TIME_" : "END_TIME_";
            int index = column;
            String day = SqlDialect.bishkekDay("p." + time, query.from());
            Sql instances = Sql.scoped("SELECT " + day + ", COUNT(*) FROM ACT_HI_PROCINST p", query, "p.PROC_DEF_KEY_",
                    "p.PROC_DEF_ID_", "p.PROC_INST_ID_").within("p." + time, query.from(), query.to())
                    .append(" GROUP BY " + day);
            jdbc.query(instances.text(), rs -> {
                add(counts, query.processKey(), rs.getDate(1).toLocalDate(), index, rs.getLong(2));
            }, instances.args());
            day = SqlDialect.bishkekDay("t." + time, query.from());
            // A task deleted with its application (withdrawn, cancelled) arrived but was not finished.
            Sql tasks = Sql.scoped("SELECT t.TASK_DEF_KEY_, MAX(t.NAME_), " + day + ", COUNT(*) FROM ACT_HI_TASKINST t", query,
                    "t.PROC_DEF_KEY_", "t.PROC_DEF_ID_", "t.PROC_INST_ID_").within("t." + time, query.from(), query.to())
                    .append(column == 1 ? BottleneckAnalytics.TASK_COMPLETED : "").candidateGroup(query, "t.ID_")
                    .append(" GROUP BY t.TASK_DEF_KEY_, " + day);
            jdbc.query(tasks.text(), rs -> {
                recordedNames.putIfAbsent(rs.getString(1), rs.getString(2));
                add(counts, rs.getString(1), rs.getDate(3).toLocalDate(), index, rs.getLong(4));
            }, tasks.args());
        }
        List<Throughput> result = new ArrayList<>();
        result.add(series(query.processKey(), "Applications", weeks, counts.getOrDefault(query.processKey(), Map.of()),
                from, to));
        counts.keySet().stream().filter(id -> !id.equals(query.processKey())).sorted(nodes.order())
                .forEach(id -> result.add(series(id, nodes.name(id, recordedNames.get(id)), weeks, counts.get(id), from, to)));
        return result;
    }

    /** The group filter does not apply: an application is not offered to a group. */
    Funnel funnel(MonitoringQuery query, ProcessNodes nodes) {
        long[] started = {0};
        List<Funnel.Outcome> outcomes = new ArrayList<>();
        Sql ended = Sql.scoped("SELECT p.END_ACT_ID_, p.STATE_, COUNT(*) FROM ACT_HI_PROCINST p", query, "p.PROC_DEF_KEY_",
                "p.PROC_DEF_ID_", "p.PROC_INST_ID_").within("p.START_TIME_", query.from(), query.to())
                .append(" GROUP BY p.END_ACT_ID_, p.STATE_");
        jdbc.query(ended.text(), rs -> {
            String end = rs.getString(1);
            String state = rs.getString(2);
            started[0] += rs.getLong(3);
            outcomes.add(new Funnel.Outcome(end, end == null ? null : nodes.name(end, null), state, rs.getLong(3)));
        }, ended.args());
        outcomes.sort((a, b) -> Long.compare(b.count(), a.count()));

        Map<String, Long> reached = new TreeMap<>(nodes.order());
        Map<String, String> recordedNames = new HashMap<>();
        Sql stages = Sql.scoped("SELECT t.TASK_DEF_KEY_, MAX(t.NAME_), COUNT(DISTINCT t.PROC_INST_ID_) FROM ACT_HI_PROCINST p"
                + " JOIN ACT_HI_TASKINST t ON t.PROC_INST_ID_ = p.PROC_INST_ID_", query, "p.PROC_DEF_KEY_", "p.PROC_DEF_ID_",
                "p.PROC_INST_ID_").within("p.START_TIME_", query.from(), query.to()).append(" GROUP BY t.TASK_DEF_KEY_");
        jdbc.query(stages.text(), rs -> {
            recordedNames.put(rs.getString(1), rs.getString(2));
            reached.put(rs.getString(1), rs.getLong(3));
        }, stages.args());
        List<Funnel.Stage> funnel = reached.entrySet().stream()
                .map(e -> new Funnel.Stage(e.getKey(), nodes.name(e.getKey(), recordedNames.get(e.getKey())), e.getValue()))
                .toList();
        return new Funnel(started[0], funnel, outcomes);
    }

    private static void add(Map<String, Map<LocalDate, long[]>> counts, String id, LocalDate day, int column, long n) {
        counts.computeIfAbsent(id, k -> new TreeMap<>())
                .computeIfAbsent(monday(day), k -> new long[2])[column] += n;
    }

    private static List<LocalDate> weeks(MonitoringQuery query) {
        LocalDate last = query.to().minusMillis(1).atZone(TimeConfiguration.BISHKEK).toLocalDate();
        List<LocalDate> weeks = new ArrayList<>();
        for (LocalDate week = monday(query.from().atZone(TimeConfiguration.BISHKEK).toLocalDate()); !week.isAfter(last);
                week = week.plusWeeks(1)) {
            weeks.add(week);
        }
        return weeks;
    }

    private static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static Throughput series(String id, String name, List<LocalDate> weeks, Map<LocalDate, long[]> byWeek,
            LocalDate from, LocalDate to) {
        List<Throughput.WeekCount> series = new ArrayList<>();
        long arrivals = 0;
        long completions = 0;
        for (LocalDate week : weeks) {
            long[] n = byWeek.getOrDefault(week, new long[2]);
            series.add(new Throughput.WeekCount(week, n[0], n[1]));
            arrivals += n[0];
            completions += n[1];
        }
        return new Throughput(id, name, arrivals, completions, arrivals - completions, slope(fullWeeks(series, from, to)),
                series);
    }

    /** The weeks the window covers whole: a week cut by the window would read as a drop. */
    private static List<Throughput.WeekCount> fullWeeks(List<Throughput.WeekCount> weeks, LocalDate from, LocalDate to) {
        return weeks.stream().filter(w -> !w.week().isBefore(from) && !w.week().plusWeeks(1).isAfter(to)).toList();
    }

    /** Least-squares slope of completions against the week's index; 0 for fewer than two weeks. */
    static double slope(List<Throughput.WeekCount> weeks) {
        int n = weeks.size();
        if (n < 2) {
            return 0;
        }
        double meanX = (n - 1) / 2d;
        double meanY = weeks.stream().mapToLong(Throughput.WeekCount::completions).average().orElse(0);
        double covariance = 0;
        double variance = 0;
        for (int x = 0; x < n; x++) {
            covariance += (x - meanX) * (weeks.get(x).completions() - meanY);
            variance += (x - meanX) * (x - meanX);
        }
        return covariance / variance;
    }
}
