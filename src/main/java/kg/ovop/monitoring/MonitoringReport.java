package kg.ovop.monitoring;

import java.time.Instant;
import java.util.List;

/** What the dashboard shows for one process, window and filter. */
public record MonitoringReport(String processKey, String processDefinitionId, Instant from, Instant to, String region,
        String group, Instant now, List<ActivityStats> activities, List<GroupStats> groups, List<Bottleneck> bottlenecks,
        List<Throughput> throughput, Funnel funnel) {
}
