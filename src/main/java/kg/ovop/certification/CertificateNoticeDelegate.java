package kg.ovop.certification;

import static kg.ovop.certification.CertificateLifecycle.*;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import kg.ovop.certificate.Certificate;
import kg.ovop.certificate.PublicLinks;
import kg.ovop.certificate.CertificateRegistry;
import kg.ovop.certificate.StatusChange;
import kg.ovop.notification.MailService;
import kg.ovop.notification.OutgoingMail;
import kg.ovop.notification.Recipient;

/**
 * Tells the certificate holder about its life: reminders before expiry, expiry, suspension,
 * reinstatement, revocation. The kind is the task's input {@code mailKind}.
 */
@Component("certificateNoticeDelegate")
class CertificateNoticeDelegate implements JavaDelegate {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final CertificateRegistry registry;
    private final PublicLinks links;
    private final MailService mail;

    CertificateNoticeDelegate(CertificateRegistry registry, PublicLinks links, MailService mail) {
        this.registry = registry;
        this.links = links;
        this.mail = mail;
    }

    @Override
    public void execute(DelegateExecution execution) {
        BrandMail kind = BrandMail.valueOf(MAIL_KIND.get(execution));
        Certificate certificate = registry.findByNumber(CERTIFICATE_NUMBER.get(execution)).orElseThrow();
        if (certificate.producerEmail() == null) {
            return;
        }
        Number days = DAYS_BEFORE.get(execution);
        List<StatusChange> history = registry.history(certificate.number());
        Recipient holder = new Recipient(certificate.producerEmail(), certificate.producerName(), certificate.producerLanguage());
        Map<String, Object> model = new HashMap<>();
        model.put("reason", kind == BrandMail.CERTIFICATE_SUSPENDED || kind == BrandMail.CERTIFICATE_REVOKED
                ? certificate.statusReason() : null);
        model.put("link", links.verificationUrl(certificate.verificationToken()));
        // A certificate may be suspended and reinstated more than once: each change is its own message.
        String reference = certificate.number() + "/" + (days != null ? days.intValue() + "d" : history.size());
        mail.send(new OutgoingMail(reference, kind, holder, List.of(certificate.number(),
                certificate.productName(holder.language()), days == null ? "" : days.intValue(),
                DATE.format(certificate.expiresOn())), model, null));
    }
}
