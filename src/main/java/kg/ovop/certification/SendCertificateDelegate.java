package kg.ovop.certification;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import kg.ovop.certificate.Certificate;
import kg.ovop.certificate.CertificatePdfRenderer;
import kg.ovop.certificate.PublicLinks;
import kg.ovop.certificate.CertificateRegistry;
import kg.ovop.notification.Attachment;
import kg.ovop.notification.MailService;
import kg.ovop.notification.OutgoingMail;
import kg.ovop.notification.Recipient;

/** E-mails the certificate PDF to the producer, once per certificate however often the job runs. */
@Component("sendCertificateDelegate")
class SendCertificateDelegate implements JavaDelegate {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final ApplicationStore applications;
    private final CertificateRegistry registry;
    private final CertificatePdfRenderer renderer;
    private final PublicLinks links;
    private final MailService mail;

    SendCertificateDelegate(ApplicationStore applications, CertificateRegistry registry, CertificatePdfRenderer renderer,
            PublicLinks links, MailService mail) {
        this.applications = applications;
        this.registry = registry;
        this.renderer = renderer;
        this.links = links;
        this.mail = mail;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Certificate certificate = registry.findByNumber(applications.get(execution.getProcessBusinessKey()).certificateNumber())
                .orElseThrow();
        Recipient producer = new Recipient(certificate.producerEmail(), certificate.producerName(),
                certificate.producerLanguage());
        mail.send(new OutgoingMail(certificate.number(), BrandMail.CERTIFICATE_AWARDED, producer,
                List.of(certificate.number(), certificate.productName(producer.language()), certificate.stars()),
                Map.of("certificateNumber", certificate.number(), "validUntil", DATE.format(certificate.expiresOn()),
                        "verificationUrl", links.verificationUrl(certificate.verificationToken())),
                Attachment.pdf(certificate.number() + ".pdf", renderer.render(certificate))));
    }
}
