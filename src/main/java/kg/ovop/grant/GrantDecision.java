package kg.ovop.grant;

import java.time.Instant;

import kg.ovop.grant.fund.Money;

/** One decision on a grant application: the stage, what was decided, why, a score or an amount, who and when. */
public record GrantDecision(String stage, String outcome, String details, Integer score, Money amount, String decidedBy,
        Instant decidedAt) {

    public static GrantDecision of(String stage, String outcome, String details, String decidedBy) {
        return new GrantDecision(stage, outcome, details, null, null, decidedBy, null);
    }
}
