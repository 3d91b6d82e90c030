package kg.ovop.grant;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import kg.ovop.certificate.CertificateRegistry;
import kg.ovop.certificate.CertificateStatus;
import kg.ovop.config.TimeConfiguration;
import kg.ovop.grant.fund.GrantCall;
import kg.ovop.grant.fund.GrantCalls;
import kg.ovop.grant.fund.Money;

/** What the grant decision tables decide on, read from the stored application and its call (never from process variables). */
@Component("grantDecisionInputs")
public class GrantDecisionInputs {

    /** Inputs of grant-eligibility.dmn. */
    public record Eligibility(boolean callOpen, boolean withinCap, double ownContributionPercent, int minimumContributionPercent,
            double administrationPercent, boolean producerCertified, boolean admittedByCall) {
    }

    /** Inputs of grant-scoring.dmn. */
    public record Scoring(int feasibilityScore, int marketScore, int passMark) {
    }

    private final GrantStore grants;
    private final GrantCalls calls;
    private final CertificateRegistry certificates;
    private final Clock clock;

    GrantDecisionInputs(GrantStore grants, GrantCalls calls, CertificateRegistry certificates, Clock clock) {
        this.grants = grants;
        this.calls = calls;
        this.certificates = certificates;
        this.clock = clock;
    }

    public Eligibility eligibility(DelegateExecution execution) {
        GrantApplication grant = grants.get(execution.getProcessBusinessKey());
        GrantCall call = calls.get(grant.callId());
        LocalDate submitted = grant.createdAt().atZone(TimeConfiguration.BISHKEK).toLocalDate();
        LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.BISHKEK));
        Money administration = grant.budget().getOrDefault(BudgetLine.administration, Money.ZERO);
        boolean certified = certificates.findByNumber(grant.certificateNumber())
                .map(certificate -> certificate.statusOn(today) == CertificateStatus.valid).orElse(false);
        return new Eligibility(call.isOpenOn(submitted), grant.requested().compareTo(call.cap()) <= 0,
                percent(grant.ownContribution(), grant.projectTotal(), RoundingMode.DOWN), call.minContributionPercent(grant.remoteArea()),
                percent(administration, grant.projectTotal(), RoundingMode.UP), certified, call.admits(grant.category(), grant.regionCode()));
    }

    public Scoring scoring(DelegateExecution execution) {
        GrantApplication grant = grants.get(execution.getProcessBusinessKey());
        return new Scoring(grant.feasibilityScore(), grant.marketScore(), calls.get(grant.callId()).passMark());
    }

    /** The approved amount in som, for the tranche plan. */
    public double approvedSom(DelegateExecution execution) {
        return BigDecimal.valueOf(grants.get(execution.getProcessBusinessKey()).approved().tyiyn(), 2).doubleValue();
    }

    /**
     * A share in percent with two decimals, rounded against the producer: an own contribution of
     * 19.999 % is below 20 % (down), administration of 20.001 % above it (up).
     */
    static double percent(Money part, Money whole, RoundingMode rounding) {
        return BigDecimal.valueOf(part.tyiyn()).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole.tyiyn()), 2, rounding).doubleValue();
    }
}
