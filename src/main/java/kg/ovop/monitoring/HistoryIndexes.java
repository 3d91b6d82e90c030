package kg.ovop.monitoring;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Applies db/monitoring/{vendor}: indexes on Camunda's history tables. Spring Boot's Flyway runs
 * before the engine creates those tables, so these migrations have their own Flyway run, with their
 * own history table, once the application is up. Building an index over years of history takes
 * minutes, and the dashboard works (slower) without it, so it runs in the background and a failure
 * is logged, never fatal; the next start retries.
 */
@Component
public class HistoryIndexes {

    private static final Logger log = LoggerFactory.getLogger(HistoryIndexes.class);

    private final DataSource dataSource;
    private final SqlDialect dialect;
    private final CompletableFuture<Void> applied = new CompletableFuture<>();

    HistoryIndexes(DataSource dataSource, SqlDialect dialect) {
        this.dataSource = dataSource;
        this.dialect = dialect;
    }

    /** Completes when the migrations have been applied (exceptionally if they failed). */
    public CompletableFuture<Void> applied() {
        return applied;
    }

    @EventListener(ApplicationReadyEvent.class)
    void apply() {
        Thread builder = new Thread(() -> {
            try {
                migrate();
                applied.complete(null);
            } catch (RuntimeException e) {
                log.error("Monitoring indexes not applied; the dashboard works, slower, and the next start retries", e);
                applied.completeExceptionally(e);
            }
        }, "monitoring-indexes");
        builder.setDaemon(true);
        builder.start();
    }

    private void migrate() {
        // Flyway's default PostgreSQL lock keeps a transaction open, which CREATE INDEX CONCURRENTLY
        // would wait for forever.
        Flyway flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/monitoring/" + dialect.vendor())
                .configuration(Map.of("flyway.postgresql.transactional.lock", "false"))
                .table("ovop_monitoring_schema_history").baselineOnMigrate(true).baselineVersion("0").load();
        if (dialect.postgres()) {
            // An interrupted CREATE INDEX CONCURRENTLY leaves an invalid index that IF NOT EXISTS would
            // keep, and a failed migration that would stop Flyway: both are cleared, then built again.
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            for (String index : jdbc.queryForList("SELECT c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
                    + " WHERE NOT i.indisvalid AND c.relname LIKE 'ovop_hi_%'", String.class)) {
                jdbc.execute("DROP INDEX CONCURRENTLY IF EXISTS " + index);
            }
            flyway.repair();
        }
        flyway.migrate();
    }
}
