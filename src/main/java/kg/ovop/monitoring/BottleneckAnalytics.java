package kg.ovop.monitoring;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Locale;
import java.util.TreeMap;
import java.util.TreeSet;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Where applications wait, how long each stage takes, and which group has the longest queue,
 * read straight from Camunda's history and runtime tables (CE Cockpit shows counts, not
 * durations). "Now" is the engine clock, so tests that move it see consistent ages.
 */
@Service
public class BottleneckAnalytics {

    /** Zero-time routing elements: they never hold work, so they would only dilute the view. */
    static final Set<String> ROUTING = Set.of("startEvent", "noneEndEvent", "exclusiveGateway", "parallelGateway",
            "inclusiveGateway", "eventBasedGateway", "messageEndEvent", "errorEndEvent");

    private final JdbcTemplate jdbc;

    public BottleneckAnalytics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public MonitoringReport report(MonitoringQuery query) {
        Instant now = ClockUtil.getCurrentTime().toInstant();
        Map<String, ActivityStats> activities = activities(query, now);
        return new MonitoringReport(query.processKey(), query.from(), query.to(), query.region(), query.group(), now,
                List.copyOf(activities.values()), groups(query), bottlenecks(activities, now));
    }

    private Map<String, ActivityStats> activities(MonitoringQuery query, Instant now) {
        Map<String, List<Long>> durations = new TreeMap<>();
        Map<String, String[]> names = new LinkedHashMap<>();
        List<Object> args = new ArrayList<>(List.of(query.processKey(), Timestamp.from(query.from()), Timestamp.from(query.to())));
        jdbc.query("SELECT a.ACT_ID_, a.ACT_NAME_, a.ACT_TYPE_, a.DURATION_ FROM ACT_HI_ACTINST a " + regionJoin(query)
                + "WHERE a.PROC_DEF_KEY_ = ? AND a.END_TIME_ >= ? AND a.END_TIME_ < ? AND a.DURATION_ IS NOT NULL"
                + filters(query, args, "a.TASK_ID_"), rs -> {
                    String type = rs.getString(3);
                    if (!ROUTING.contains(type)) {
                        String id = rs.getString(1);
                        names.putIfAbsent(id, new String[] {rs.getString(2), type});
                        durations.computeIfAbsent(id, k -> new ArrayList<>()).add(rs.getLong(4));
                    }
                }, args.toArray());

        Map<String, List<Instant>> waiting = new TreeMap<>();
        List<Object> wipArgs = new ArrayList<>(List.of(query.processKey()));
        jdbc.query("SELECT a.ACT_ID_, a.ACT_NAME_, a.ACT_TYPE_, a.START_TIME_ FROM ACT_HI_ACTINST a " + regionJoin(query)
                + "WHERE a.PROC_DEF_KEY_ = ? AND a.END_TIME_ IS NULL" + filters(query, wipArgs, "a.TASK_ID_"), rs -> {
                    String type = rs.getString(3);
                    if (!ROUTING.contains(type) && !"subProcess".equals(type)) {
                        String id = rs.getString(1);
                        names.putIfAbsent(id, new String[] {rs.getString(2), type});
                        waiting.computeIfAbsent(id, k -> new ArrayList<>()).add(rs.getTimestamp(4).toInstant());
                    }
                }, wipArgs.toArray());

        Map<String, Long> overdue = new TreeMap<>();
        List<Object> dueArgs = new ArrayList<>(List.of(query.processKey(), Timestamp.from(now)));
        jdbc.query("SELECT t.TASK_DEF_KEY_, COUNT(*) FROM ACT_RU_TASK t JOIN ACT_RE_PROCDEF d ON d.ID_ = t.PROC_DEF_ID_ "
                + regionJoin(query).replace("a.PROC_INST_ID_", "t.PROC_INST_ID_")
                + "WHERE d.KEY_ = ? AND t.DUE_DATE_ < ?" + filters(query, dueArgs, "t.ID_") + " GROUP BY t.TASK_DEF_KEY_",
                rs -> {
                    overdue.put(rs.getString(1), rs.getLong(2));
                }, dueArgs.toArray());

        Map<String, ActivityStats> stats = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> entry : names.entrySet()) {
            String id = entry.getKey();
            List<Long> done = durations.getOrDefault(id, List.of()).stream().sorted().toList();
            List<Instant> open = waiting.getOrDefault(id, List.of());
            long waitedMillis = open.stream().mapToLong(since -> Duration.between(since, now).toMillis()).sum();
            stats.put(id, new ActivityStats(id, entry.getValue()[0], entry.getValue()[1], open.size(),
                    open.stream().min(Comparator.naturalOrder()).orElse(null), Durations.hours(waitedMillis),
                    overdue.getOrDefault(id, 0L), done.size(),
                    Durations.mean(done), Durations.percentile(done, 0.5), Durations.percentile(done, 0.9),
                    Durations.percentile(done, 0.95)));
        }
        return stats;
    }

    private List<GroupStats> groups(MonitoringQuery query) {
        Map<String, Long> queues = new TreeMap<>();
        List<Object> queueArgs = new ArrayList<>(List.of(query.processKey()));
        jdbc.query("SELECT l.GROUP_ID_, COUNT(*) FROM ACT_RU_TASK t JOIN ACT_RE_PROCDEF d ON d.ID_ = t.PROC_DEF_ID_ "
                + "JOIN ACT_RU_IDENTITYLINK l ON l.TASK_ID_ = t.ID_ AND l.TYPE_ = 'candidate' AND l.GROUP_ID_ IS NOT NULL "
                + regionJoin(query).replace("a.PROC_INST_ID_", "t.PROC_INST_ID_") + "WHERE d.KEY_ = ?"
                + (query.group() == null ? "" : " AND l.GROUP_ID_ = ?") + regionFilter(query, queueArgs, query.group())
                + " GROUP BY l.GROUP_ID_", rs -> {
                    queues.put(rs.getString(1), rs.getLong(2));
                }, queueArgs.toArray());

        Map<String, List<Long>> handled = new TreeMap<>();
        List<Object> doneArgs = new ArrayList<>(List.of(query.processKey(), Timestamp.from(query.from()),
                Timestamp.from(query.to())));
        jdbc.query("SELECT l.GROUP_ID_, h.DURATION_ FROM ACT_HI_TASKINST h "
                + "JOIN ACT_HI_IDENTITYLINK l ON l.TASK_ID_ = h.ID_ AND l.TYPE_ = 'candidate' AND l.OPERATION_TYPE_ = 'add' "
                + "AND l.GROUP_ID_ IS NOT NULL " + regionJoin(query).replace("a.PROC_INST_ID_", "h.PROC_INST_ID_")
                + "WHERE h.PROC_DEF_KEY_ = ? AND h.END_TIME_ >= ? AND h.END_TIME_ < ? AND h.DURATION_ IS NOT NULL"
                + (query.group() == null ? "" : " AND l.GROUP_ID_ = ?") + regionFilter(query, doneArgs, query.group()),
                rs -> {
                    handled.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getLong(2));
                }, doneArgs.toArray());

        double weeks = Math.max(Duration.between(query.from(), query.to()).toHours() / (24d * 7), 1d / 7);
        List<GroupStats> groups = new ArrayList<>();
        for (String group : union(queues.keySet(), handled.keySet())) {
            List<Long> done = handled.getOrDefault(group, List.of()).stream().sorted().toList();
            groups.add(new GroupStats(group, queues.getOrDefault(group, 0L), done.size(), done.size() / weeks,
                    Durations.percentile(done, 0.5)));
        }
        groups.sort(Comparator.comparingLong(GroupStats::queueNow).reversed().thenComparing(GroupStats::group));
        return groups;
    }

    /**
     * Ranked by the hours applications have spent waiting at each activity right now (the work in
     * progress weighted by its age), which is what a programme manager can act on today.
     */
    private static List<Bottleneck> bottlenecks(Map<String, ActivityStats> activities, Instant now) {
        List<ActivityStats> waiting = activities.values().stream().filter(a -> a.waitingNow() > 0)
                .sorted(Comparator.comparingDouble(ActivityStats::totalWaitingHours).reversed()).toList();
        List<Bottleneck> ranked = new ArrayList<>();
        for (ActivityStats a : waiting) {
            double oldestDays = Durations.hours(Duration.between(a.oldestWaitingSince(), now).toMillis()) / 24;
            String explanation = String.format(Locale.ROOT, "%d waiting, the oldest for %.1f days%s%s", a.waitingNow(),
                    oldestDays, a.overdueNow() > 0 ? ", " + a.overdueNow() + " past the due date" : "",
                    a.medianHours() == null ? "" : String.format(Locale.ROOT,
                            "; finished ones took a median of %.1f h", a.medianHours()));
            ranked.add(new Bottleneck(ranked.size() + 1, a.activityId(), a.name(), a.totalWaitingHours(), a.waitingNow(),
                    explanation));
        }
        return ranked;
    }

    private static String regionJoin(MonitoringQuery query) {
        return query.region() == null ? "" : "JOIN ovop_application o ON o.process_instance_id = a.PROC_INST_ID_ ";
    }

    private static String filters(MonitoringQuery query, List<Object> args, String taskIdColumn) {
        StringBuilder sql = new StringBuilder();
        if (query.region() != null) {
            sql.append(" AND o.region_code = ?");
            args.add(query.region());
        }
        if (query.group() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM ACT_HI_IDENTITYLINK g WHERE g.TASK_ID_ = ").append(taskIdColumn)
                    .append(" AND g.TYPE_ = 'candidate' AND g.GROUP_ID_ = ?)");
            args.add(query.group());
        }
        return sql.toString();
    }

    private static String regionFilter(MonitoringQuery query, List<Object> args, String group) {
        if (group != null) {
            args.add(group);
        }
        if (query.region() == null) {
            return "";
        }
        args.add(query.region());
        return " AND o.region_code = ?";
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }
}
