package kg.ovop.grant;

import java.time.Instant;
import java.util.Map;

import kg.ovop.grant.fund.Money;
import kg.ovop.web.Language;

/**
 * A grant application as recorded: what the producer asked for, the data taken from their
 * certificate, the scores and decisions' results, and the outcome figures at closure.
 */
public record GrantApplication(long id, String number, long callId, String applicant, String processInstanceId, GrantStatus status,
        Instant statusChangedAt, String certificateNumber, String producerName, String email, Language preferredLanguage,
        String regionCode, String category, boolean remoteArea, String title, String description, Money requested,
        Money ownContribution, int jobsPlanned, int womenPlanned, int youthPlanned, Integer feasibilityScore, Integer marketScore,
        Integer totalScore, Money approved, Instant signedAt, Map<BudgetLine, Money> budget, Instant createdAt) {

    /** The whole project: the grant asked for and the producer's own money. */
    public Money projectTotal() {
        return requested.plus(ownContribution);
    }
}
