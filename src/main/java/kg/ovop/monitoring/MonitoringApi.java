package kg.ovop.monitoring;

import java.nio.charset.StandardCharsets;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import kg.ovop.web.ApiDocumentation;
import kg.ovop.web.BadRequestException;
import kg.ovop.web.ProblemResponses;

/** The dashboard's data for administrators ({@code ovop-admin}): JSON and CSV. */
@RestController
@SecurityRequirement(name = ApiDocumentation.BASIC)
@ProblemResponses
@RequestMapping("/api/admin/monitoring")
class MonitoringApi {

    private final BottleneckAnalytics analytics;
    private final MonitoringParameters parameters;

    MonitoringApi(BottleneckAnalytics analytics, MonitoringParameters parameters) {
        this.analytics = analytics;
        this.parameters = parameters;
    }

    @Operation(summary = "Work in progress, durations, weekly throughput, funnel, groups and ranked bottlenecks")
    @GetMapping(value = "/report", produces = MediaType.APPLICATION_JSON_VALUE)
    MonitoringReport report(@ParameterObject MonitoringFilter filter) {
        return analytics.report(parameters.toQuery(filter));
    }

    @Operation(summary = "One table of the report as CSV: activities, groups, bottlenecks, throughput or funnel")
    @GetMapping(value = "/{table}.csv", produces = "text/csv")
    ResponseEntity<String> csv(@PathVariable String table, @ParameterObject MonitoringFilter filter) {
        if (!MonitoringCsv.TABLES.contains(table)) {
            throw new BadRequestException("table", "must be one of " + String.join(", ", MonitoringCsv.TABLES));
        }
        MonitoringReport report = analytics.report(parameters.toQuery(filter));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(report.processKey() + "-" + table + ".csv").build().toString())
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(MonitoringCsv.table(table, report));
    }
}
