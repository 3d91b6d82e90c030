package kg.ovop.monitoring;

import io.swagger.v3.oas.annotations.Parameter;

/** The dashboard's and the API's query parameters as typed in; {@link MonitoringParameters} checks them. */
record MonitoringFilter(
        @Parameter(description = "Process definition key", example = "brand-certification") String process,
        @Parameter(description = "One version of it; all versions when empty", example = "1") String version,
        @Parameter(description = "First day of the window (ISO date); 30 days before 'to' when empty", example = "2026-10-27") String from,
        @Parameter(description = "Day after the window (ISO date, exclusive); tomorrow when empty", example = "2026-11-27") String to,
        @Parameter(description = "ISO 3166-2 region code", example = "KG-N") String region,
        @Parameter(description = "Candidate group of the reviewers", example = "academia") String group) {
}
