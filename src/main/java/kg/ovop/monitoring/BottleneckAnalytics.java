package kg.ovop.monitoring;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Where applications wait, how long each stage takes, and which group has the longest queue,
 * read straight from Camunda's history and runtime tables (CE Cockpit shows counts, not
 * durations). History is aggregated in the database and always bounded by the window, so a
 * report costs the same after years of history (indexes: db/monitoring). "Now" is the engine
 * clock, so tests that move it see consistent ages.
 */
@Service
public class BottleneckAnalytics {

    /** Zero-time routing elements: they never hold work, so they would only dilute the view. */
    static final Set<String> ROUTING = Set.of("startEvent", "noneEndEvent", "exclusiveGateway", "parallelGateway",
            "inclusiveGateway", "eventBasedGateway", "messageEndEvent", "errorEndEvent");
    private static final String NOT_ROUTING = ROUTING.stream().sorted().map(t -> "'" + t + "'")
            .collect(Collectors.joining(", ", " AND a.ACT_TYPE_ NOT IN (", ")"));
    /** Work cancelled half-way (an interrupting timer, a withdrawal) is not a duration of that work. */
    private static final String NOT_CANCELLED = " AND (a.ACT_INST_STATE_ IS NULL OR a.ACT_INST_STATE_ <> 2)";
    static final String TASK_COMPLETED = " AND t.DELETE_REASON_ = 'completed'";
    private static final double HOUR = 3_600_000d;

    private final JdbcTemplate jdbc;
    private final RepositoryService repository;
    private final FlowAnalytics flow;
    private final SqlDialect dialect;

    BottleneckAnalytics(JdbcTemplate jdbc, RepositoryService repository, FlowAnalytics flow, SqlDialect dialect) {
        this.jdbc = jdbc;
        this.repository = repository;
        this.flow = flow;
        this.dialect = dialect;
    }

    public MonitoringReport report(MonitoringQuery query) {
        Instant now = ClockUtil.getCurrentTime().toInstant();
        ProcessNodes nodes = ProcessNodes.of(repository, query);
        List<ActivityStats> activities = activities(query, now, nodes);
        return new MonitoringReport(query.processKey(), query.processDefinitionId(), query.from(), query.to(),
                query.region(), query.group(), now, activities, groups(query), bottlenecks(activities, now),
                flow.throughput(query, nodes), flow.funnel(query, nodes));
    }

    /** The activity table alone, for callers that need no flow figures (Prometheus gauges, Cockpit badges). */
    public List<ActivityStats> activities(MonitoringQuery query) {
        return activities(query, ClockUtil.getCurrentTime().toInstant(), ProcessNodes.of(repository, query));
    }

    /** One activity's figures as the queries find them, before they are put together. */
    private static final class Row {
        String name;
        String type;
        long completed;
        Double mean;
        Double median;
        Double p90;
        Double p95;
        Double waitForClaim;
        Double working;
        final List<Instant> waitingSince = new ArrayList<>();
        long overdue;
    }

    private List<ActivityStats> activities(MonitoringQuery query, Instant now, ProcessNodes nodes) {
        Map<String, Row> rows = new HashMap<>();
        Sql done = Sql.scoped("SELECT a.ACT_ID_, MAX(a.ACT_NAME_), MAX(a.ACT_TYPE_), COUNT(*), AVG(a.DURATION_), "
                + Sql.percentile(0.5, "a.DURATION_") + ", " + Sql.percentile(0.9, "a.DURATION_") + ", "
                + Sql.percentile(0.95, "a.DURATION_") + " FROM ACT_HI_ACTINST a", query, "a.PROC_DEF_KEY_",
                "a.PROC_DEF_ID_", "a.PROC_INST_ID_")
                .within("a.END_TIME_", query.from(), query.to()).append(NOT_ROUTING).append(NOT_CANCELLED)
                .candidateGroup(query, "a.TASK_ID_").append(" GROUP BY a.ACT_ID_");
        jdbc.query(done.text(), rs -> {
            Row row = row(rows, rs.getString(1), rs.getString(2), rs.getString(3));
            row.completed = rs.getLong(4);
            row.mean = hours(rs.getObject(5));
            row.median = hours(rs.getObject(6));
            row.p90 = hours(rs.getObject(7));
            row.p95 = hours(rs.getObject(8));
        }, done.args());

        // First claim splits a task's life: before it nobody worked on it.
        String claimed = "COALESCE((SELECT MIN(l.TIMESTAMP_) FROM ACT_HI_IDENTITYLINK l WHERE l.TASK_ID_ = t.ID_"
                + " AND l.TYPE_ = 'assignee' AND l.OPERATION_TYPE_ = 'add'), t.END_TIME_)";
        Sql split = Sql.scoped("SELECT x.TASK_DEF_KEY_, " + Sql.percentile(0.5, "x.WAIT_MS") + ", "
                + Sql.percentile(0.5, "x.WORK_MS") + " FROM (SELECT t.TASK_DEF_KEY_, "
                + dialect.millisBetween("t.START_TIME_", claimed) + " AS WAIT_MS, "
                + dialect.millisBetween(claimed, "t.END_TIME_") + " AS WORK_MS FROM ACT_HI_TASKINST t", query,
                "t.PROC_DEF_KEY_", "t.PROC_DEF_ID_", "t.PROC_INST_ID_")
                .within("t.END_TIME_", query.from(), query.to()).append(TASK_COMPLETED).candidateGroup(query, "t.ID_")
                .append(") x GROUP BY x.TASK_DEF_KEY_");
        jdbc.query(split.text(), rs -> {
            Row row = rows.get(rs.getString(1));
            if (row != null) {
                row.waitForClaim = hours(rs.getObject(2));
                row.working = hours(rs.getObject(3));
            }
        }, split.args());

        // Open work is bounded by what is running now, not by history, so it is read row by row.
        Sql open = Sql.scoped("SELECT a.ACT_ID_, a.ACT_NAME_, a.ACT_TYPE_, a.START_TIME_ FROM ACT_HI_ACTINST a", query,
                "a.PROC_DEF_KEY_", "a.PROC_DEF_ID_", "a.PROC_INST_ID_")
                .append(" AND a.END_TIME_ IS NULL AND a.ACT_TYPE_ <> 'subProcess'").append(NOT_ROUTING)
                .candidateGroup(query, "a.TASK_ID_");
        jdbc.query(open.text(), rs -> {
            row(rows, rs.getString(1), rs.getString(2), rs.getString(3)).waitingSince.add(rs.getTimestamp(4).toInstant());
        }, open.args());

        Sql overdue = Sql.scoped("SELECT t.TASK_DEF_KEY_, COUNT(*) FROM ACT_RU_TASK t JOIN ACT_RE_PROCDEF d ON d.ID_ = t.PROC_DEF_ID_",
                query, "d.KEY_", "t.PROC_DEF_ID_", "t.PROC_INST_ID_")
                .append(" AND t.DUE_DATE_ < ?", Timestamp.from(now)).candidateGroup(query, "t.ID_")
                .append(" GROUP BY t.TASK_DEF_KEY_");
        jdbc.query(overdue.text(), rs -> {
            Row row = rows.get(rs.getString(1));
            if (row != null) {
                row.overdue = rs.getLong(2);
            }
        }, overdue.args());

        List<ActivityStats> stats = new ArrayList<>();
        rows.keySet().stream().sorted(nodes.order()).forEach(id -> {
            Row r = rows.get(id);
            long waitedMillis = r.waitingSince.stream().mapToLong(since -> Duration.between(since, now).toMillis()).sum();
            stats.add(new ActivityStats(id, nodes.name(id, r.name), r.type, r.waitingSince.size(),
                    r.waitingSince.stream().min(Comparator.naturalOrder()).orElse(null), waitedMillis / HOUR, r.overdue,
                    r.completed, r.mean, r.median, r.p90, r.p95, r.waitForClaim, r.working));
        });
        return stats;
    }

    private static Row row(Map<String, Row> rows, String id, String name, String type) {
        Row row = rows.computeIfAbsent(id, k -> new Row());
        row.name = row.name != null ? row.name : name;
        row.type = row.type != null ? row.type : type;
        return row;
    }

    private List<GroupStats> groups(MonitoringQuery query) {
        Map<String, Long> queues = new TreeMap<>();
        Sql queue = Sql.scoped("SELECT l.GROUP_ID_, COUNT(DISTINCT t.ID_) FROM ACT_RU_TASK t JOIN ACT_RE_PROCDEF d ON d.ID_ = t.PROC_DEF_ID_"
                + " JOIN ACT_RU_IDENTITYLINK l ON l.TASK_ID_ = t.ID_ AND l.TYPE_ = 'candidate' AND l.GROUP_ID_ IS NOT NULL",
                query, "d.KEY_", "t.PROC_DEF_ID_", "t.PROC_INST_ID_");
        groupIs(queue, query).append(" GROUP BY l.GROUP_ID_");
        jdbc.query(queue.text(), rs -> {
            queues.put(rs.getString(1), rs.getLong(2));
        }, queue.args());

        Map<String, Object[]> handled = new TreeMap<>();
        // A group offered a task twice (two identity-link rows) still handled it once.
        Sql done = Sql.scoped("SELECT x.GROUP_ID_, COUNT(*), " + Sql.percentile(0.5, "x.DURATION_")
                + " FROM (SELECT DISTINCT t.ID_, t.DURATION_, l.GROUP_ID_ FROM ACT_HI_TASKINST t"
                + " JOIN ACT_HI_IDENTITYLINK l ON l.TASK_ID_ = t.ID_ AND l.TYPE_ = 'candidate'"
                + " AND l.OPERATION_TYPE_ = 'add' AND l.GROUP_ID_ IS NOT NULL", query, "t.PROC_DEF_KEY_", "t.PROC_DEF_ID_",
                "t.PROC_INST_ID_").within("t.END_TIME_", query.from(), query.to()).append(TASK_COMPLETED);
        groupIs(done, query).append(") x GROUP BY x.GROUP_ID_");
        jdbc.query(done.text(), rs -> {
            handled.put(rs.getString(1), new Object[] {rs.getLong(2), hours(rs.getObject(3))});
        }, done.args());

        double weeks = Math.max(Duration.between(query.from(), query.to()).toHours() / (24d * 7), 1d / 7);
        Set<String> all = new TreeSet<>(queues.keySet());
        all.addAll(handled.keySet());
        List<GroupStats> groups = new ArrayList<>();
        for (String group : all) {
            Object[] finished = handled.getOrDefault(group, new Object[] {0L, null});
            long completed = (Long) finished[0];
            groups.add(new GroupStats(group, queues.getOrDefault(group, 0L), completed, completed / weeks,
                    (Double) finished[1]));
        }
        groups.sort(Comparator.comparingLong(GroupStats::queueNow).reversed().thenComparing(GroupStats::group));
        return groups;
    }

    private static Sql groupIs(Sql sql, MonitoringQuery query) {
        return query.group() == null ? sql : sql.append(" AND l.GROUP_ID_ = ?", query.group());
    }

    /**
     * Ranked by the hours applications have spent waiting at each activity right now (the work in
     * progress weighted by its age), which is what a programme manager can act on today.
     */
    private static List<Bottleneck> bottlenecks(List<ActivityStats> activities, Instant now) {
        List<ActivityStats> waiting = activities.stream().filter(a -> a.waitingNow() > 0)
                .sorted(Comparator.comparingDouble(ActivityStats::totalWaitingHours).reversed()).toList();
        List<Bottleneck> ranked = new ArrayList<>();
        for (ActivityStats a : waiting) {
            double oldestDays = Duration.between(a.oldestWaitingSince(), now).toMillis() / HOUR / 24;
            String explanation = String.format(Locale.ROOT, "%d waiting, the oldest for %.1f days%s%s", a.waitingNow(),
                    oldestDays, a.overdueNow() > 0 ? ", " + a.overdueNow() + " past the due date" : "",
                    a.medianHours() == null ? "" : String.format(Locale.ROOT,
                            "; finished ones took a median of %.1f h", a.medianHours())
                            + (a.medianWaitForClaimHours() == null ? "" : String.format(Locale.ROOT,
                                    " (%.1f h of it before anyone claimed them)", a.medianWaitForClaimHours())));
            ranked.add(new Bottleneck(ranked.size() + 1, a.activityId(), a.name(), a.totalWaitingHours(), a.waitingNow(),
                    explanation));
        }
        return ranked;
    }

    private static Double hours(Object millis) {
        return millis == null ? null : ((Number) millis).doubleValue() / HOUR;
    }
}
