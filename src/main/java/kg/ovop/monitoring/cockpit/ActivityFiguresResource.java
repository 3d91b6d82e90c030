package kg.ovop.monitoring.cockpit;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response.Status;

import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginResource;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.rest.exception.RestException;

import kg.ovop.identity.OvopGroup;
import kg.ovop.monitoring.BottleneckAnalytics;
import kg.ovop.monitoring.MonitoringQuery;

/**
 * The figures of every activity of one process definition (the version whose diagram is shown),
 * last 30 days of engine time. Administrators only: Camunda lets anyone signed in to the engine (a reviewer signed
 * in to Tasklist, say) reach {@code /api/cockpit/plugin/...}, and the figures come straight from
 * history tables, past the engine's authorization checks.
 */
public class ActivityFiguresResource extends AbstractCockpitPluginResource {

    static final Duration WINDOW = Duration.ofDays(30);
    static final Set<String> ADMIN_GROUPS = Set.of(OvopGroup.OVOP_ADMIN.id(), OvopGroup.CAMUNDA_ADMIN);

    private final String processDefinitionId;
    private final BottleneckAnalytics analytics;

    ActivityFiguresResource(String engineName, String processDefinitionId, BottleneckAnalytics analytics) {
        super(engineName);
        this.processDefinitionId = processDefinitionId;
        this.analytics = analytics;
    }

    /** One activity: applications waiting there now, median hours of work finished there, and how many are overdue. */
    public record ActivityFigures(String activityId, long waitingNow, Double medianHours, long overdueNow) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<ActivityFigures> figures() {
        // The webapp's authentication filter has put the signed-in user, with groups, on the identity service.
        Authentication user = getCurrentAuthentication();
        if (user == null || user.getGroupIds() == null || Collections.disjoint(user.getGroupIds(), ADMIN_GROUPS)) {
            throw new RestException(Status.FORBIDDEN, "Bottleneck figures are for administrators (ovop-admin)");
        }
        ProcessDefinition definition = getProcessEngine().getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionId(processDefinitionId).singleResult();
        if (definition == null) {
            throw new RestException(Status.NOT_FOUND, "No process definition '" + processDefinitionId + "'");
        }
        Instant now = ClockUtil.getCurrentTime().toInstant();
        return analytics.activities(new MonitoringQuery(definition.getKey(), definition.getId(), now.minus(WINDOW), now, null,
                null)).stream()
                .map(a -> new ActivityFigures(a.activityId(), a.waitingNow(), a.medianHours(), a.overdueNow()))
                .toList();
    }
}
