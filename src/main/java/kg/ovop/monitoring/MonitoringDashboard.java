package kg.ovop.monitoring;

import org.springframework.stereotype.Controller;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import kg.ovop.identity.OvopGroup;
import kg.ovop.region.RegionDirectory;
import kg.ovop.web.BadRequestException;

/** The administrators' page: where applications wait now, how long stages take, which group is behind. */
@Controller
class MonitoringDashboard {

    private final BottleneckAnalytics analytics;
    private final MonitoringParameters parameters;
    private final RegionDirectory regions;
    private final ObjectMapper json;

    MonitoringDashboard(BottleneckAnalytics analytics, MonitoringParameters parameters, RegionDirectory regions,
            ObjectMapper json) {
        this.analytics = analytics;
        this.parameters = parameters;
        this.regions = regions;
        this.json = json;
    }

    @GetMapping("/admin/monitoring")
    String dashboard(@ModelAttribute("filter") MonitoringFilter filter, Model model) {
        model.addAttribute("regions", regions.all());
        model.addAttribute("groups", OvopGroup.reviewers());
        try {
            model.addAttribute("versions", parameters.versions(filter.process()));
            MonitoringQuery query = parameters.toQuery(filter);
            model.addAttribute("query", query);
            MonitoringReport report = analytics.report(query);
            model.addAttribute("report", report);
            model.addAttribute("reportJson", json.writeValueAsString(report));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the report must serialise as the API does", e);
        } catch (BadRequestException e) {
            model.addAttribute("problem", e.field() + ": " + e.getMessage());
        }
        return "monitoring";
    }
}
