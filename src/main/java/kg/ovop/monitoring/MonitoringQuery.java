package kg.ovop.monitoring;

import java.time.Instant;

/**
 * @param processKey          process definition key
 * @param processDefinitionId one version of it, or null for all versions
 * @param from                start of the window (completed work is counted when it finished inside it)
 * @param to                  end of the window, exclusive
 * @param region              ISO code of a region, or null for all
 * @param group               candidate group, or null for all
 */
public record MonitoringQuery(String processKey, String processDefinitionId, Instant from, Instant to, String region,
        String group) {

    /** All versions of the process. */
    public MonitoringQuery(String processKey, Instant from, Instant to, String region, String group) {
        this(processKey, null, from, to, region, group);
    }
}
