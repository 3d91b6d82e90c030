package kg.ovop.certification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import kg.ovop.certificate.Certificate;
import kg.ovop.certificate.CertificateRegistry;
import kg.ovop.certificate.CertificateRequest;

/** Issues the certificate from the store, at the level the committee recorded; the registry returns the same one on a retry. */
@Component("issueCertificateDelegate")
class IssueCertificateDelegate implements JavaDelegate {

    private final ApplicationStore applications;
    private final CertificateRegistry registry;

    IssueCertificateDelegate(ApplicationStore applications, CertificateRegistry registry) {
        this.applications = applications;
        this.registry = registry;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Application application = applications.get(execution.getProcessBusinessKey());
        int stars = applications.latestDecision(application.number(), "committee").map(Decision::stars)
                .orElseThrow(() -> new IllegalStateException("No award recorded for " + application.number()));
        Certificate certificate = registry.issue(new CertificateRequest(application.number(), application.producerName(),
                application.taxpayerNumber(), application.email(), application.preferredLanguage(),
                application.productNameKy(), application.productNameRu(), application.productNameEn(),
                application.category(), application.regionCode(), application.district(), application.village(),
                stars, application.replacesNumber()));
        applications.certificateIssued(application.number(), certificate.number());
        applications.changeStatus(application.number(), ApplicationStatus.awarded);
    }
}
