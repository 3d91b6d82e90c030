package kg.ovop.monitoring;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A query and its arguments, built together so a filter can never lose its value. */
final class Sql {

    private final StringBuilder text;
    private final List<Object> args = new ArrayList<>();

    private Sql(String text) {
        this.text = new StringBuilder(text);
    }

    /**
     * A query over one process (all versions or one) and, when asked, one region: {@code instance}
     * is the column holding the process instance id, which joins to its record's region
     * ({@code ovop_instance_region}: one row per instance of any process that keeps a record).
     */
    static Sql scoped(String selectFrom, MonitoringQuery query, String keyColumn, String definitionColumn,
            String instance) {
        Sql sql = new Sql(selectFrom);
        if (query.region() != null) {
            sql.append(" JOIN ovop_instance_region o ON o.process_instance_id = " + instance);
        }
        sql.append(" WHERE " + keyColumn + " = ?", query.processKey());
        if (query.processDefinitionId() != null) {
            sql.append(" AND " + definitionColumn + " = ?", query.processDefinitionId());
        }
        if (query.region() != null) {
            sql.append(" AND o.region_code = ?", query.region());
        }
        return sql;
    }

    /** Only tasks offered to the query's candidate group, if it names one. */
    Sql candidateGroup(MonitoringQuery query, String taskIdColumn) {
        return query.group() == null ? this
                : append(" AND EXISTS (SELECT 1 FROM ACT_HI_IDENTITYLINK g WHERE g.TASK_ID_ = " + taskIdColumn
                        + " AND g.TYPE_ = 'candidate' AND g.GROUP_ID_ = ?)", query.group());
    }

    /** {@code column} inside [from, to): the bound that lets the indexes skip the rest of history. */
    Sql within(String column, Instant from, Instant to) {
        return append(" AND " + column + " >= ? AND " + column + " < ?", Timestamp.from(from), Timestamp.from(to));
    }

    Sql append(String part, Object... values) {
        text.append(part);
        args.addAll(Arrays.asList(values));
        return this;
    }

    String text() {
        return text.toString();
    }

    Object[] args() {
        return args.toArray();
    }

    /** Nearest-rank percentiles (a value that really occurred), the same in PostgreSQL and H2. */
    static String percentile(double p, String expression) {
        return "PERCENTILE_DISC(" + p + ") WITHIN GROUP (ORDER BY " + expression + ")";
    }
}
