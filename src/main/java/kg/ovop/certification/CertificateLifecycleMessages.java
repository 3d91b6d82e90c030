package kg.ovop.certification;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import kg.ovop.certificate.CertificateStatus;
import kg.ovop.certificate.CertificateStatusChanged;

/**
 * An administrator's suspension, reinstatement or revocation reaches the certificate's lifecycle
 * process as a message, in the same transaction: if the message cannot be delivered, the status
 * change is rolled back too.
 */
@Component
class CertificateLifecycleMessages {

    private final RuntimeService runtime;

    CertificateLifecycleMessages(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @EventListener
    void on(CertificateStatusChanged change) {
        String message = switch (change.certificate().status()) {
            case suspended -> CertificateLifecycle.MESSAGE_SUSPENDED;
            case revoked -> CertificateLifecycle.MESSAGE_REVOKED;
            case valid -> change.previous() == CertificateStatus.suspended ? CertificateLifecycle.MESSAGE_REINSTATED : null;
            case expired -> null;
        };
        if (message != null) {
            // Certificates issued before the lifecycle process existed have no instance: nothing to tell.
            runtime.createMessageCorrelation(message)
                    .processInstanceBusinessKey(change.certificate().number())
                    .correlateAllWithResult();
        }
    }
}
