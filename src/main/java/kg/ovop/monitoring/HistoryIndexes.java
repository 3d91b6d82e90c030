package kg.ovop.monitoring;

import java.util.Map;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.flywaydb.core.Flyway;
import org.springframework.stereotype.Component;

/**
 * Applies db/monitoring/{vendor}: indexes on Camunda's history tables. Spring Boot's Flyway runs
 * before the engine creates those tables, so these migrations have their own Flyway run, after the
 * engine (it is a constructor argument) and with their own history table.
 */
@Component
class HistoryIndexes {

    HistoryIndexes(DataSource dataSource, ProcessEngine engine) {
        String vendor = switch (((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDatabaseType()) {
            case "postgres" -> "postgresql";
            case "h2" -> "h2";
            default -> throw new IllegalStateException("no monitoring indexes for this database; add db/monitoring/<vendor>");
        };
        // Flyway's default PostgreSQL lock keeps a transaction open, which CREATE INDEX CONCURRENTLY
        // would wait for forever.
        Flyway.configure().dataSource(dataSource).locations("classpath:db/monitoring/" + vendor)
                .configuration(Map.of("flyway.postgresql.transactional.lock", "false"))
                .table("ovop_monitoring_schema_history").baselineOnMigrate(true).baselineVersion("0").load().migrate();
    }
}
