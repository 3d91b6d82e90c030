package kg.ovop.grant;

import java.time.Instant;

import kg.ovop.grant.fund.Money;

/** A progress or final report with the figures the programme follows. */
public record GrantReport(int number, boolean finalReport, String summary, int jobsCreated, Money sales, Money exports,
        int womenEmployed, int youthEmployed, Instant submittedAt) {
}
