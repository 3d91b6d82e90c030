package kg.ovop.certification;

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
    private final ApplicationStore applications;
    private final CertificateRegistry registry;

    StartCertificateLifecycleDelegate(RuntimeService runtime, ApplicationStore applications, CertificateRegistry registry) {
        this.runtime = runtime;
        this.applications = applications;
        this.registry = registry;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Certificate certificate = registry.findByNumber(applications.get(execution.getProcessBusinessKey()).certificateNumber())
                .orElseThrow();
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
