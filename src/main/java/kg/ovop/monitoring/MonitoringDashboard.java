package kg.ovop.monitoring;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import kg.ovop.identity.OvopGroup;
import kg.ovop.region.RegionDirectory;
import kg.ovop.web.BadRequestException;

/** The administrators' page: where applications wait now, how long stages take, which group is behind. */
@Controller
class MonitoringDashboard {

    private final BottleneckAnalytics analytics;
    private final MonitoringParameters parameters;
    private final RegionDirectory regions;

    MonitoringDashboard(BottleneckAnalytics analytics, MonitoringParameters parameters, RegionDirectory regions) {
        this.analytics = analytics;
        this.parameters = parameters;
        this.regions = regions;
    }

    @GetMapping("/admin/monitoring")
    String dashboard(@RequestParam(required = false) String process, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String region,
            @RequestParam(required = false) String group, Model model) {
        model.addAttribute("regions", regions.all());
        model.addAttribute("groups", OvopGroup.reviewers());
        try {
            MonitoringQuery query = parameters.toQuery(process, from, to, region, group);
            model.addAttribute("query", query);
            model.addAttribute("report", analytics.report(query));
        } catch (BadRequestException e) {
            model.addAttribute("problem", e.field() + ": " + e.getMessage());
        }
        return "monitoring";
    }
}
