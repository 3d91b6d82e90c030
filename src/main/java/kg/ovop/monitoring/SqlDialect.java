package kg.ovop.monitoring;

import java.time.Instant;
import java.time.ZoneId;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

import kg.ovop.config.TimeConfiguration;

/** What the analytics must spell differently on PostgreSQL (production) and H2 (local run). */
@Component
class SqlDialect {

    private final String vendor;

    SqlDialect(ProcessEngine engine) {
        vendor = switch (((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDatabaseType()) {
            case "postgres" -> "postgresql";
            case "h2" -> "h2";
            default -> throw new IllegalStateException("monitoring supports PostgreSQL and H2 only");
        };
    }

    /** The folder name under db/monitoring. */
    String vendor() {
        return vendor;
    }

    boolean postgres() {
        return "postgresql".equals(vendor);
    }

    /** Milliseconds from {@code start} to {@code end}. */
    String millisBetween(String start, String end) {
        return postgres() ? "(EXTRACT(EPOCH FROM (" + end + " - " + start + ")) * 1000)"
                : "DATEDIFF('MILLISECOND', " + start + ", " + end + ")";
    }

    /**
     * The Bishkek calendar day of a history timestamp. Camunda stores local times of the server's
     * zone, and a server need not run on Bishkek time; the shift is the offset difference at
     * {@code at} (Bishkek has no daylight saving time; a server zone that has it is off by an hour
     * across its own change).
     */
    static String bishkekDay(String column, Instant at) {
        int minutes = (TimeConfiguration.BISHKEK.getRules().getOffset(at).getTotalSeconds()
                - ZoneId.systemDefault().getRules().getOffset(at).getTotalSeconds()) / 60;
        return "CAST(" + column + " + INTERVAL '" + minutes + "' MINUTE AS DATE)";
    }
}
