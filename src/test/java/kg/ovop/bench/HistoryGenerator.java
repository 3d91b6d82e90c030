package kg.ovop.bench;

import java.io.StringReader;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Writes years of brand-certification history straight into Camunda's history tables (and the
 * matching applications), shaped like the real process: the same activity ids and types, user
 * tasks with candidate groups and claims, parallel expert reviews, every outcome, and the newest
 * applications still running. It exists to measure the dashboard on a large history; the engine
 * would need days to produce the same volume. PostgreSQL only (COPY).
 */
final class HistoryGenerator {

    static final String KEY = "brand-certification";
    static final String MARKER = "BENCH-";
    private static final String[] REGIONS = {"KG-B", "KG-C", "KG-J", "KG-N", "KG-O", "KG-T", "KG-Y", "KG-GB", "KG-GO"};
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    private final Random random = new Random(42);
    private final List<String> definitionIds;
    private final Instant first;
    private final Instant now;
    private final StringBuilder processes = new StringBuilder();
    private final StringBuilder activities = new StringBuilder();
    private final StringBuilder tasks = new StringBuilder();
    private final StringBuilder links = new StringBuilder();
    private final StringBuilder applications = new StringBuilder();
    private long ids;
    long activityRows;

    /** @param definitionIds versions of the process, oldest first; history is spread evenly over them */
    HistoryGenerator(List<String> definitionIds, Instant first, Instant now) {
        this.definitionIds = definitionIds;
        this.first = first;
        this.now = now;
    }

    /** Applications started evenly between {@code first} and {@code now}, written in batches. */
    void generate(DataSource dataSource, int count) throws Exception {
        long span = Duration.between(first, now).toMillis();
        try (Connection connection = dataSource.getConnection()) {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (int i = 0; i < count; i++) {
                Instant start = first.plusMillis((long) (span * (i + random.nextDouble()) / count));
                application(i, definitionIds.get((int) ((long) i * definitionIds.size() / count)), start);
                if (i % 5000 == 4999 || i == count - 1) {
                    flush(copy);
                }
            }
        }
    }

    private void flush(CopyManager copy) throws Exception {
        copy("ACT_HI_PROCINST (ID_, PROC_INST_ID_, BUSINESS_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_, START_TIME_, END_TIME_,"
                + " DURATION_, START_ACT_ID_, END_ACT_ID_, ROOT_PROC_INST_ID_, STATE_)", processes, copy);
        copy("ACT_HI_ACTINST (ID_, PARENT_ACT_INST_ID_, PROC_DEF_KEY_, PROC_DEF_ID_, ROOT_PROC_INST_ID_, PROC_INST_ID_,"
                + " EXECUTION_ID_, ACT_ID_, TASK_ID_, ACT_NAME_, ACT_TYPE_, ASSIGNEE_, START_TIME_, END_TIME_, DURATION_,"
                + " ACT_INST_STATE_, SEQUENCE_COUNTER_)", activities, copy);
        copy("ACT_HI_TASKINST (ID_, TASK_DEF_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_, ROOT_PROC_INST_ID_, PROC_INST_ID_,"
                + " EXECUTION_ID_, ACT_INST_ID_, NAME_, ASSIGNEE_, START_TIME_, END_TIME_, DURATION_, DELETE_REASON_,"
                + " PRIORITY_, DUE_DATE_, TASK_STATE_)", tasks, copy);
        copy("ACT_HI_IDENTITYLINK (ID_, TIMESTAMP_, TYPE_, USER_ID_, GROUP_ID_, TASK_ID_, ROOT_PROC_INST_ID_,"
                + " PROC_DEF_ID_, OPERATION_TYPE_, PROC_DEF_KEY_)", links, copy);
        copy("ovop_application (number, applicant, process_instance_id, status, status_changed_at, producer_type,"
                + " producer_name, taxpayer_number, phone, email, preferred_language, region_code, district, aiyl_aimak,"
                + " village, product_name_ky, product_name_ru, category, description, local_raw_material_share,"
                + " annual_capacity, capacity_unit, women_led, youth_led, high_mountain, registered_business,"
                + " created_at)", applications, copy);
    }

    private static void copy(String table, StringBuilder rows, CopyManager copy) throws Exception {
        copy.copyIn("COPY " + table + " FROM STDIN (FORMAT csv)", new StringReader(rows.toString()));
        rows.setLength(0);
    }

    /** One application: the path it takes through the process, cut off at "now" if it is still running. */
    private void application(int number, String definition, Instant start) {
        Instance pi = new Instance(definition, "bench-pi-" + number);
        Instant t = pi.step(start, "StartEvent_ApplicationSubmitted", "Application submitted", "startEvent", 0);
        t = pi.step(t, "ServiceTask_RegisterApplication", "Register application", "serviceTask", millis(300));
        t = pi.step(t, "ServiceTask_AcknowledgeApplication", "Acknowledge application", "serviceTask", millis(900));
        t = pi.step(t, "BusinessRuleTask_CheckEligibility", "Check eligibility", "businessRuleTask", millis(60));
        t = pi.step(t, "ServiceTask_RecordEligibility", "Record eligibility", "serviceTask", millis(40));
        t = pi.step(t, "Gateway_Eligible", "Eligible?", "exclusiveGateway", 0);
        String status;
        double fate = random.nextDouble();
        if (fate < 0.04) {
            t = pi.step(t, "ServiceTask_NotifyIneligible", "Tell producer: not eligible", "serviceTask", millis(900));
            status = pi.end(t, "EndEvent_ApplicationIneligible", "Application ineligible", "refused");
        } else {
            t = pi.task(t, "UserTask_ScreenApplication", "Screen application", "agency", 20, 1.5);
            if (t != null && random.nextDouble() < 0.15) {
                t = pi.step(t, "Gateway_ScreeningDecision", "Screening decision?", "exclusiveGateway", 0);
                t = pi.step(t, "ServiceTask_NotifyInformationRequested", "Ask producer for information", "serviceTask",
                        millis(900));
                boolean lapses = random.nextDouble() < 0.2;
                t = pi.task(t, "UserTask_ProvideInformation", "Provide information", null, lapses ? 720 : 96, 0);
                if (lapses) {
                    t = pi.step(t, "BoundaryEvent_InformationOverdue", "30 days without answer", "boundaryTimer", 0);
                    t = pi.step(t, "ServiceTask_NotifyLapsed", "Tell producer: lapsed", "serviceTask", millis(900));
                    status = pi.end(t, "EndEvent_ApplicationLapsed", "Application lapsed", "lapsed");
                    finish(number, pi, status, start);
                    return;
                }
                t = pi.task(t, "UserTask_ScreenApplication", "Screen application", "agency", 8, 1);
            }
            fate = random.nextDouble();
            t = pi.step(t, "Gateway_ScreeningDecision", "Screening decision?", "exclusiveGateway", 0);
            if (fate < 0.03) {
                t = pi.step(t, "ServiceTask_ConfirmWithdrawal", "Confirm withdrawal", "serviceTask", millis(900));
                status = pi.end(t, "EndEvent_ApplicationWithdrawn", "Application withdrawn", "withdrawn");
            } else if (fate < 0.13) {
                t = pi.step(t, "ServiceTask_NotifyRejected", "Tell producer: rejected", "serviceTask", millis(900));
                status = pi.end(t, "EndEvent_RejectedByAgency", "Rejected by agency", "refused");
            } else {
                t = pi.step(t, "Gateway_JoinExpertReview", "To expert review", "exclusiveGateway", 0);
                t = pi.step(t, "Gateway_StartExpertReviews", "Start both reviews", "parallelGateway", 0);
                Instant quality = pi.task(t, "UserTask_ReviewQuality", "Review quality and safety", "academia", 90, 6);
                Instant market = pi.task(t, "UserTask_ReviewMarket", "Review market and story", "association", 40, 3);
                t = quality == null || market == null ? null : quality.isAfter(market) ? quality : market;
                t = pi.step(t, "Gateway_ExpertReviewsDone", "Both reviews done", "parallelGateway", 0);
                t = pi.step(t, "BusinessRuleTask_RateApplication", "Rate application", "businessRuleTask", millis(80));
                t = pi.step(t, "Gateway_Recommended", "Recommended?", "exclusiveGateway", 0);
                fate = random.nextDouble();
                if (fate < 0.12) {
                    t = pi.step(t, "ServiceTask_NotifyNotRecommended", "Tell producer: not recommended", "serviceTask",
                            millis(900));
                    status = pi.end(t, "EndEvent_NotRecommended", "Not recommended", "refused");
                } else {
                    t = pi.task(t, "UserTask_DecideAward", "Decide on the brand", "brand-committee", 160, 2);
                    t = pi.step(t, "Gateway_CommitteeDecision", "Committee decision?", "exclusiveGateway", 0);
                    if (fate < 0.2) {
                        t = pi.step(t, "ServiceTask_NotifyRefused", "Tell producer: refused", "serviceTask", millis(900));
                        status = pi.end(t, "EndEvent_RefusedByCommittee", "Refused by committee", "refused");
                    } else {
                        t = pi.step(t, "ServiceTask_IssueCertificate", "Issue certificate", "serviceTask", millis(400));
                        t = pi.step(t, "ServiceTask_SendCertificate", "Send certificate to producer", "serviceTask",
                                millis(1200));
                        t = pi.step(t, "ServiceTask_StartCertificateLifecycle", "Publish certificate", "serviceTask",
                                millis(100));
                        status = pi.end(t, "EndEvent_CertificateAwarded", "Certificate awarded", "awarded");
                    }
                }
            }
        }
        finish(number, pi, status, start);
    }

    private void finish(int number, Instance pi, String status, Instant start) {
        Instant end = pi.ended;
        String region = REGIONS[random.nextInt(REGIONS.length)];
        row(processes, pi.id, pi.id, MARKER + number, KEY, pi.definition, time(start), time(end),
                end == null ? null : Duration.between(start, end).toMillis(), "StartEvent_ApplicationSubmitted",
                pi.endActivity, pi.id, end == null ? "ACTIVE" : "COMPLETED");
        row(applications, String.format("%s%07d", MARKER, number), "bench" + number % 5000, pi.id,
                end == null ? "in_expert_review" : status, time(end == null ? start : end), "cooperative",
                "Bench cooperative " + number, String.format("0%013d", number), "+996700000000", "bench@example.org", "ky",
                region, "district", "aiyl aimak", "village", "Бал", "Мёд", "honey", "Generated for the benchmark.", 80, 100,
                "kg", false, false, false, true, time(start));
    }

    /** One process instance being written: it stops producing rows once its clock passes "now". */
    private final class Instance {
        final String definition;
        final String id;
        Instant ended;
        String endActivity;
        long sequence;

        Instance(String definition, String id) {
            this.definition = definition;
            this.id = id;
        }

        /** An activity taking {@code millis}; null in and out once the instance is still running. */
        Instant step(Instant at, String activity, String name, String type, long millis) {
            if (at == null) {
                return null;
            }
            Instant end = at.plusMillis(millis);
            activity(activity, name, type, at, end.isAfter(now) ? null : end, null, null);
            return end.isAfter(now) ? null : end;
        }

        /**
         * A user task: waits a log-normal time (median {@code waitHours}) for a reviewer to claim it,
         * then takes a log-normal working time (median {@code workHours}). Producer tasks have no
         * group and are assigned from the start.
         */
        Instant task(Instant at, String activity, String name, String group, double waitHours, double workHours) {
            if (at == null) {
                return null;
            }
            String taskId = "bench-t-" + (++ids);
            Instant claimed = group == null ? at : at.plusMillis(hours(waitHours));
            Instant end = claimed.plusMillis(group == null ? hours(waitHours) : hours(workHours));
            Instant closed = end.isAfter(now) ? null : end;
            String assignee = group == null ? "producer" : claimed.isAfter(now) ? null : group + (1 + random.nextInt(3));
            activity(activity, name, "userTask", at, closed, taskId, assignee);
            row(tasks, taskId, activity, KEY, definition, id, id, id, "bench-ai-" + ids, name, assignee, time(at), time(closed),
                    closed == null ? null : Duration.between(at, closed).toMillis(), closed == null ? null : "completed", 50,
                    time(at.plus(Duration.ofDays(14))),
                    closed == null ? "Created" : "Completed");
            if (group != null) {
                row(links, "bench-l-" + (++ids), time(at), "candidate", null, group, taskId, id, definition, "add", KEY);
            }
            if (assignee != null) {
                row(links, "bench-l-" + (++ids), time(claimed), "assignee", assignee, null, taskId, id, definition, "add", KEY);
            }
            return closed;
        }

        String end(Instant at, String activity, String name, String status) {
            if (step(at, activity, name, "noneEndEvent", 0) != null) {
                ended = at;
                endActivity = activity;
            }
            return status;
        }

        private void activity(String activity, String name, String type, Instant start, Instant end, String taskId,
                String assignee) {
            activityRows++;
            row(activities, "bench-ai-" + (++ids), id, KEY, definition, id, id, id, activity, taskId, name, type, assignee,
                    time(start), time(end), end == null ? null : Duration.between(start, end).toMillis(),
                    end == null ? 0 : 1, ++sequence);
        }
    }

    private long hours(double median) {
        return (long) (median * 3_600_000 * Math.exp(0.8 * random.nextGaussian()));
    }

    private long millis(long median) {
        return (long) (median * Math.exp(0.5 * random.nextGaussian()));
    }

    /** Camunda stores local timestamps of the server's zone; so does this. */
    private static String time(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneId.systemDefault()).format(TIME);
    }

    private static void row(StringBuilder out, Object... cells) {
        List<String> values = new ArrayList<>(cells.length);
        for (Object cell : cells) {
            values.add(cell == null ? "" : "\"" + cell.toString().replace("\"", "\"\"") + "\"");
        }
        out.append(String.join(",", values)).append('\n');
    }
}
