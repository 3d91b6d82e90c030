package kg.ovop.monitoring;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import kg.ovop.web.BadRequestException;
import kg.ovop.web.ProblemResponses;

/** The dashboard's data for administrators ({@code ovop-admin}): JSON and CSV. */
@RestController
@ProblemResponses
@RequestMapping("/api/admin/monitoring")
class MonitoringApi {

    private final BottleneckAnalytics analytics;
    private final MonitoringParameters parameters;

    MonitoringApi(BottleneckAnalytics analytics, MonitoringParameters parameters) {
        this.analytics = analytics;
        this.parameters = parameters;
    }

    @GetMapping(value = "/report", produces = MediaType.APPLICATION_JSON_VALUE)
    MonitoringReport report(@RequestParam(required = false) String process, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String region,
            @RequestParam(required = false) String group) {
        return analytics.report(parameters.toQuery(process, from, to, region, group));
    }

    @GetMapping(value = "/{table}.csv", produces = "text/csv")
    ResponseEntity<String> csv(@PathVariable String table, @RequestParam(required = false) String process,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String region, @RequestParam(required = false) String group) {
        MonitoringReport report = analytics.report(parameters.toQuery(process, from, to, region, group));
        String body = switch (table) {
            case "activities" -> MonitoringCsv.activities(report);
            case "groups" -> MonitoringCsv.groups(report);
            case "bottlenecks" -> MonitoringCsv.bottlenecks(report);
            default -> throw new BadRequestException("table", "must be activities, groups or bottlenecks");
        };
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(report.processKey() + "-" + table + ".csv").build().toString())
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(body);
    }
}
