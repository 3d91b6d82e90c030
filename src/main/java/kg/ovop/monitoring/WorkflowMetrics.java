package kg.ovop.monitoring;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;

/**
 * Prometheus gauges Camunda 7 CE does not provide: open and overdue tasks per activity and group,
 * incidents, the job executor's backlog and recent median durations. Refreshed every 30 s, so a
 * scrape never queries the database itself.
 */
@Component
class WorkflowMetrics {

    private final JdbcTemplate jdbc;
    private final BottleneckAnalytics analytics;
    private final MultiGauge openTasks;
    private final MultiGauge openTasksByGroup;
    private final MultiGauge overdueTasks;
    private final MultiGauge incidents;
    private final MultiGauge jobBacklog;
    private final MultiGauge medianHours;

    WorkflowMetrics(JdbcTemplate jdbc, BottleneckAnalytics analytics, MeterRegistry registry) {
        this.jdbc = jdbc;
        this.analytics = analytics;
        openTasks = MultiGauge.builder("ovop.tasks.open").description("Open user tasks").register(registry);
        openTasksByGroup = MultiGauge.builder("ovop.tasks.open.by.group").description("Open tasks per candidate group")
                .register(registry);
        overdueTasks = MultiGauge.builder("ovop.tasks.overdue").description("Open tasks past their due date").register(registry);
        incidents = MultiGauge.builder("ovop.incidents").description("Open incidents (failed jobs)").register(registry);
        jobBacklog = MultiGauge.builder("ovop.jobs.due").description("Jobs due and not yet run").register(registry);
        medianHours = MultiGauge.builder("ovop.activity.duration.median").baseUnit("hours")
                .description("Median duration of activities completed in the last 7 days").register(registry);
    }

    @Scheduled(fixedDelayString = "${ovop.monitoring.metrics-refresh:PT30S}", initialDelayString = "PT5S")
    void refresh() {
        Timestamp now = Timestamp.from(ClockUtil.getCurrentTime().toInstant());
        openTasks.register(rows("SELECT d.KEY_, t.TASK_DEF_KEY_, COUNT(*) FROM ACT_RU_TASK t JOIN ACT_RE_PROCDEF d "
                + "ON d.ID_ = t.PROC_DEF_ID_ GROUP BY d.KEY_, t.TASK_DEF_KEY_", "process", "activity"), true);
        overdueTasks.register(rows("SELECT d.KEY_, t.TASK_DEF_KEY_, COUNT(*) FROM ACT_RU_TASK t JOIN ACT_RE_PROCDEF d "
                + "ON d.ID_ = t.PROC_DEF_ID_ WHERE t.DUE_DATE_ < ? GROUP BY d.KEY_, t.TASK_DEF_KEY_", "process", "activity",
                now), true);
        openTasksByGroup.register(rows("SELECT l.GROUP_ID_, COUNT(*) FROM ACT_RU_TASK t JOIN ACT_RU_IDENTITYLINK l "
                + "ON l.TASK_ID_ = t.ID_ AND l.TYPE_ = 'candidate' WHERE l.GROUP_ID_ IS NOT NULL GROUP BY l.GROUP_ID_",
                "group"), true);
        incidents.register(rows("SELECT d.KEY_, COUNT(*) FROM ACT_RU_INCIDENT i JOIN ACT_RE_PROCDEF d "
                + "ON d.ID_ = i.PROC_DEF_ID_ GROUP BY d.KEY_", "process"), true);
        jobBacklog.register(rows("SELECT COUNT(*) FROM ACT_RU_JOB WHERE RETRIES_ > 0 AND SUSPENSION_STATE_ = 1 "
                + "AND (DUEDATE_ IS NULL OR DUEDATE_ <= ?) AND LOCK_EXP_TIME_ IS NULL", now), true);
        List<MultiGauge.Row<?>> medians = new ArrayList<>();
        Instant end = now.toInstant();
        for (String process : jdbc.queryForList("SELECT DISTINCT KEY_ FROM ACT_RE_PROCDEF", String.class)) {
            analytics.activities(new MonitoringQuery(process, end.minus(Duration.ofDays(7)), end, null, null))
                    .stream().filter(a -> a.medianHours() != null)
                    .forEach(a -> medians.add(MultiGauge.Row.of(Tags.of("process", process, "activity", a.activityId()),
                            a.medianHours())));
        }
        medianHours.register(medians, true);
    }

    /** The last column is the value; the others are the tags, named in order. */
    private List<MultiGauge.Row<?>> rows(String sql, Object... tagNamesThenArgs) {
        List<String> tags = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        for (Object item : tagNamesThenArgs) {
            if (item instanceof String name && args.isEmpty()) {
                tags.add(name);
            } else {
                args.add(item);
            }
        }
        return jdbc.query(sql, (rs, i) -> {
            Tags rowTags = Tags.empty();
            for (int column = 0; column < tags.size(); column++) {
                rowTags = rowTags.and(tags.get(column), String.valueOf(rs.getString(column + 1)));
            }
            return MultiGauge.Row.of(rowTags, rs.getLong(tags.size() + 1));
        }, args.toArray());
    }
}
