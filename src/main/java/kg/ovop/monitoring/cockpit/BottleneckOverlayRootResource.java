package kg.ovop.monitoring.cockpit;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;
import org.springframework.web.context.support.WebApplicationContextUtils;

import kg.ovop.monitoring.BottleneckAnalytics;

/**
 * {@code /camunda/api/cockpit/plugin/ovop-bottlenecks/{engine}/process-definition/{id}/activities}.
 * <p>
 * Cockpit's Jersey creates this resource per request, outside Spring. The bridge to our beans is
 * the web application context that Spring Boot registers in the servlet context: no static holder,
 * so two applications in one JVM (tests) each see their own beans.
 */
@Path("plugin/" + BottleneckOverlayPlugin.ID)
public class BottleneckOverlayRootResource extends AbstractCockpitPluginRootResource {

    public BottleneckOverlayRootResource() {
        super(BottleneckOverlayPlugin.ID);
    }

    @Path("{engineName}/process-definition/{processDefinitionId}/activities")
    public ActivityFiguresResource activities(@PathParam("engineName") String engineName,
            @PathParam("processDefinitionId") String processDefinitionId) {
        BottleneckAnalytics analytics = WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext)
                .getBean(BottleneckAnalytics.class);
        return subResource(new ActivityFiguresResource(engineName, processDefinitionId, analytics), engineName);
    }
}
