package kg.ovop.certification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import kg.ovop.certificate.CertificateRegistry;
import kg.ovop.document.DocumentKind;
import kg.ovop.document.Documents;
import kg.ovop.region.TerritoryDirectory;

/**
 * The inputs of the decision tables, read from the store by the application's number. The
 * business rule tasks map them in as local variables
 * ({@code ${decisionInputs.rating(execution).qualityScore()}}), so a process variable of the same
 * name, whoever wrote it, is never what a table decides on.
 */
@Component("decisionInputs")
public class DecisionInputs {

    public record Eligibility(boolean registeredBusiness, String category, int localRawMaterialShare,
            boolean hasConformityDocument, boolean hasValidCertificate, boolean matchesVillageSpecialisation,
            boolean inWaitingPeriod) {
    }

    public record Rating(String labResult, int qualityScore, int marketingScore, int communityScore, boolean womenLed,
            boolean youthLed, boolean highMountain) {
    }

    private final ApplicationStore applications;
    private final Documents documents;
    private final CertificateRegistry certificates;
    private final TerritoryDirectory territories;

    DecisionInputs(ApplicationStore applications, Documents documents, CertificateRegistry certificates,
            TerritoryDirectory territories) {
        this.applications = applications;
        this.documents = documents;
        this.certificates = certificates;
        this.territories = territories;
    }

    public Eligibility eligibility(DelegateExecution execution) {
        Application a = applications.get(execution.getProcessBusinessKey());
        return new Eligibility(a.registeredBusiness(), a.category(), a.localRawMaterialShare(),
                documents.has(a.id(), DocumentKind.conformity),
                // A renewal does not count the certificate it renews.
                certificates.hasValidCertificate(a.taxpayerNumber(), a.productNameKy(), a.replacesNumber()),
                // A product other than the village's declared one is flagged by the table, not refused.
                territories.specialisation(a.regionCode(), a.district(), a.aiylAimak(), a.village())
                        .map(a.category()::equals).orElse(true),
                certificates.inWaitingPeriod(a.taxpayerNumber(), a.productNameKy()));
    }

    /** The current round's reviews (after a return to the experts, the newest ones). */
    public Rating rating(DelegateExecution execution) {
        String number = execution.getProcessBusinessKey();
        Application a = applications.get(number);
        Decision quality = applications.latestDecision(number, "quality-review")
                .orElseThrow(() -> new IllegalStateException("No quality review recorded for " + number));
        Decision market = applications.latestDecision(number, "market-review")
                .orElseThrow(() -> new IllegalStateException("No market review recorded for " + number));
        return new Rating(quality.labResult(), quality.qualityScore(), market.marketingScore(), market.communityScore(),
                a.womenLed(), a.youthLed(), a.highMountain());
    }
}
