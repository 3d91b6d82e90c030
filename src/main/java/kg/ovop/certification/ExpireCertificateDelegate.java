package kg.ovop.certification;

import static kg.ovop.certification.CertificateLifecycle.CERTIFICATE_NUMBER;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import kg.ovop.certificate.CertificateRegistry;

/** The expiry date has come: the registry writes it down (a no-op if the nightly job was first). */
@Component("expireCertificateDelegate")
class ExpireCertificateDelegate implements JavaDelegate {

    private final CertificateRegistry registry;

    ExpireCertificateDelegate(CertificateRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void execute(DelegateExecution execution) {
        registry.expire(CERTIFICATE_NUMBER.get(execution));
    }
}
