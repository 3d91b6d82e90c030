package kg.ovop.certification;

import static kg.ovop.certification.BrandCertification.CERTIFICATE_NUMBER;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import kg.ovop.certificate.Certificate;
import kg.ovop.certificate.CertificateRegistry;

/** Publishes the certificate's life: reminders before expiry, expiry, suspension and revocation. */
@Component("startCertificateLifecycleDelegate")
class StartCertificateLifecycleDelegate implements JavaDelegate {

    private final RuntimeService runtime;
    private final CertificateRegistry registry;

    StartCertificateLifecycleDelegate(RuntimeService runtime, CertificateRegistry registry) {
        this.runtime = runtime;
        this.registry = registry;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Certificate certificate = registry.findByNumber(CERTIFICATE_NUMBER.get(execution)).orElseThrow();
        boolean running = runtime.createProcessInstanceQuery().processDefinitionKey(CertificateLifecycle.PROCESS_ID)
                .processInstanceBusinessKey(certificate.number()).count() > 0;
        if (!running) {
            runtime.createProcessInstanceByKey(CertificateLifecycle.PROCESS_ID)
                    .businessKey(certificate.number())
                    .setVariable(CertificateLifecycle.CERTIFICATE_NUMBER.name(), certificate.number())
                    .setVariable(CertificateLifecycle.EXPIRES_ON.name(), certificate.expiresOn().toString())
                    .execute();
        }
    }
}
