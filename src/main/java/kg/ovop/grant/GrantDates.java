package kg.ovop.grant;

import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import kg.ovop.config.TimeConfiguration;
import kg.ovop.grant.fund.GrantCalls;

/**
 * The dates the grant process waits for, from the record and the programme's settings: when a
 * waitlist ends, when each report is due and when to remind. Due at 18:00 in Bishkek.
 */
@Component("grantDates")
public class GrantDates {

    private final GrantStore grants;
    private final GrantCalls calls;
    private final GrantProperties properties;

    GrantDates(GrantStore grants, GrantCalls calls, GrantProperties properties) {
        this.grants = grants;
        this.calls = calls;
        this.properties = properties;
    }

    public Date waitlistEnds(DelegateExecution execution) {
        GrantApplication grant = grants.get(execution.getProcessBusinessKey());
        return evening(calls.get(grant.callId()).closesOn().plusDays(properties.waitlistDays()));
    }

    /** The report after tranche n is due n progress periods after signing, the final one after the final period. */
    public Date reportDue(DelegateExecution execution) {
        return evening(reportDueDay(execution));
    }

    public Date reportReminder(DelegateExecution execution) {
        return evening(reportDueDay(execution).minusDays(7));
    }

    private LocalDate reportDueDay(DelegateExecution execution) {
        GrantApplication grant = grants.get(execution.getProcessBusinessKey());
        int report = DevelopmentGrant.TRANCHE.get(execution).intValue();
        boolean last = report == DevelopmentGrant.TRANCHES.get(execution).intValue() - 1;
        LocalDate signed = grant.signedAt().atZone(TimeConfiguration.BISHKEK).toLocalDate();
        return signed.plusMonths(last ? properties.finalReportMonths() : (long) properties.progressReportMonths() * report);
    }

    private static Date evening(LocalDate day) {
        return Date.from(day.atTime(18, 0).atZone(TimeConfiguration.BISHKEK).toInstant());
    }
}
