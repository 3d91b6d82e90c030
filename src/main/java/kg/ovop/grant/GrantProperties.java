package kg.ovop.grant;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The grant programme's timings ({@code ovop.grants.*}).
 *
 * @param waitlistDays how long after a call closes its waitlist may still be funded
 * @param progressReportMonths months after signing that each progress report is due (the n-th at n times this)
 * @param finalReportMonths months after signing that the final report is due
 */
@ConfigurationProperties("ovop.grants")
public record GrantProperties(Integer waitlistDays, Integer progressReportMonths, Integer finalReportMonths) {

    public GrantProperties {
        waitlistDays = waitlistDays == null ? 180 : waitlistDays;
        progressReportMonths = progressReportMonths == null ? 6 : progressReportMonths;
        finalReportMonths = finalReportMonths == null ? 12 : finalReportMonths;
    }
}
