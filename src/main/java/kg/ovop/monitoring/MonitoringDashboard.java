package kg.ovop.monitoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import kg.ovop.region.RegionDirectory;
import kg.ovop.web.BadRequestException;

/** The administrators' page: where applications wait now, how long stages take, which group is behind. */
@Controller
class MonitoringDashboard {

    private final BottleneckAnalytics analytics;
    private final MonitoringParameters parameters;
    private final RegionDirectory regions;
    private final ObjectMapper json;
    private final MessageSource messages;
    private final ReportTexts texts;

    MonitoringDashboard(BottleneckAnalytics analytics, MonitoringParameters parameters, RegionDirectory regions,
            ObjectMapper json, MessageSource messages, ReportTexts texts) {
        this.texts = texts;
        this.analytics = analytics;
        this.parameters = parameters;
        this.regions = regions;
        this.json = json;
        this.messages = messages;
    }

    @GetMapping("/admin/monitoring")
    String dashboard(@ModelAttribute("filter") MonitoringFilter filter, Model model, Locale locale) {
        model.addAttribute("regions", regions.all());
        model.addAttribute("processes", parameters.processKeys());
        Map<String, String> groups = new LinkedHashMap<>();
        parameters.groups(filter.process()).forEach(group -> groups.put(group.id(), texts.group(group.id(), locale)));
        model.addAttribute("groups", groups);
        try {
            model.addAttribute("versions", parameters.versions(filter.process()));
            MonitoringQuery query = parameters.toQuery(filter);
            model.addAttribute("query", query);
            MonitoringReport report = texts.localize(analytics.report(query), locale);
            model.addAttribute("report", report);
            model.addAttribute("reportJson", scriptSafe(json.writeValueAsString(report)));
            Map<String, String> labels = new LinkedHashMap<>();
            for (String key : List.of("arrivals", "completions", "claimWait", "working")) {
                labels.put(key, messages.getMessage("monitoring." + key, null, locale));
            }
            labels.put("median", messages.getMessage("monitoring.medianH", null, locale));
            model.addAttribute("labelsJson", scriptSafe(json.writeValueAsString(labels)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the report must serialise as the API does", e);
        } catch (BadRequestException e) {
            model.addAttribute("problem", e.field() + ": " + e.getMessage());
        }
        return "monitoring";
    }

    /** JSON inside a script element: no "<" may close it early. */
    private static String scriptSafe(String json) {
        return json.replace("<", "\\u003c");
    }
}
