package kg.ovop.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.StreamProvider;

/**
 * Sends templated mail once per (business reference, kind).
 * <p>
 * The log row is written in its own transaction before sending and updated after, so it
 * survives when the calling job rolls back: a retried job finds the message sent and does not
 * send it again. SMTP failures are recorded and then re-thrown, so the job is retried and, after
 * its last retry, shows as an incident in Cockpit. With {@code ovop.mail.delivery=outbox} messages
 * are only recorded, for the local run without an SMTP server.
 */
@Service
public class MailService {

    private static final Logger log = LoggerFactory.getLogger(MailService.class);

    static {
        // jakarta.mail 2.1 looks its StreamProvider up through ServiceLoader for every part of every
        // message (a scan of every jar: about a tenth of a lifecycle's CPU, docs/benchmarks.md). Named
        // once here, each lookup is a Class.forName through the thread's context class loader, which
        // must see the provider: mail is built and sent with this class's loader as that (send below).
        String property = StreamProvider.class.getName();
        if (System.getProperty(property) == null) {
            System.setProperty(property, StreamProvider.provider().getClass().getName());
        }
    }

    private final MailRenderer renderer;
    private final MailLog mailLog;
    private final JavaMailSender sender;
    private final MailProperties properties;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    public MailService(MailRenderer renderer, MailLog mailLog, ObjectProvider<JavaMailSender> sender,
            MailProperties properties, Clock clock, PlatformTransactionManager transactionManager) {
        this.renderer = renderer;
        this.mailLog = mailLog;
        this.sender = sender.getIfAvailable();
        if (this.sender == null && properties.delivery() == MailProperties.Delivery.smtp) {
            throw new IllegalStateException("ovop.mail.delivery=smtp needs an SMTP server: set spring.mail.host (SMTP_HOST)");
        }
        this.properties = properties;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * @return the log entry: status {@code sent} (SMTP) or {@code recorded} (outbox)
     * @throws MailException when the SMTP server refuses or cannot be reached
     * @throws MessageInProgressException when another worker is sending the same message right now
     */
    public MailRecord send(OutgoingMail mail) {
        MailRecord record = recordOnce(mail);
        if (record.status().equals("sent") || record.status().equals("recorded")) {
            log.info("Mail {} for {} already {}; not sent again", mail.kind(), mail.businessRef(), record.status());
            return record;
        }
        Instant now = clock.instant();
        boolean claimed = Boolean.TRUE.equals(ownTransaction.execute(
                status -> mailLog.claim(record.id(), now, now.minus(properties.staleClaimAfter()))));
        if (!claimed) {
            MailRecord current = mailLog.find(record.id()).orElseThrow();
            if (current.status().equals("sent") || current.status().equals("recorded")) {
                return current;
            }
            throw new MessageInProgressException(mail.businessRef(), mail.kind());
        }
        Thread thread = Thread.currentThread();
        ClassLoader context = thread.getContextClassLoader();
        try {
            thread.setContextClassLoader(MailService.class.getClassLoader());
            if (properties.delivery() == MailProperties.Delivery.smtp) {
                sender.send(mime(mail, record));
            }
        } catch (MailException e) {
            ownTransaction.executeWithoutResult(status -> mailLog.failed(record.id(), e.getMessage()));
            log.warn("Mail {} for {} to {} failed: {}", mail.kind(), mail.businessRef(), record.recipient(), e.getMessage());
            throw e;
        } finally {
            thread.setContextClassLoader(context);
        }
        ownTransaction.executeWithoutResult(status -> mailLog.delivered(record.id(), properties.delivery(), clock.instant()));
        log.info("Mail {} for {} {} to {} ({})", mail.kind(), mail.businessRef(),
                properties.delivery() == MailProperties.Delivery.smtp ? "sent" : "recorded in the outbox",
                record.recipient(), record.language());
        return mailLog.find(record.id()).orElseThrow();
    }

    public List<MailRecord> latest(int limit, int offset) {
        return mailLog.latest(limit, offset);
    }

    public long count() {
        return mailLog.count();
    }

    public Optional<MailRecord> find(long id) {
        return mailLog.find(id);
    }

    public Optional<Attachment> attachment(long id) {
        return mailLog.attachment(id);
    }

    private MailRecord recordOnce(OutgoingMail mail) {
        var existing = mailLog.find(mail.businessRef(), mail.kind());
        if (existing.isPresent()) {
            return existing.get();
        }
        RenderedMail rendered = renderer.render(mail);
        try {
            ownTransaction.executeWithoutResult(status ->
                    mailLog.insert(mail, rendered, properties.delivery(), clock.instant()));
        } catch (DuplicateKeyException recordedConcurrently) {
            log.debug("Mail {} for {} was recorded concurrently", mail.kind(), mail.businessRef());
        }
        return mailLog.find(mail.businessRef(), mail.kind()).orElseThrow();
    }

    private MimeMessage mime(OutgoingMail mail, MailRecord record) {
        MimeMessage message = sender.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(properties.from());
            helper.setTo(record.recipient());
            helper.setSubject(record.subject());
            helper.setText(record.bodyText(), record.bodyHtml());
            if (mail.attachment() != null) {
                helper.addAttachment(mail.attachment().fileName(), new ByteArrayResource(mail.attachment().content()),
                        mail.attachment().contentType());
            }
            message.setHeader("X-OVOP-Reference", mail.businessRef() + "/" + mail.kind().name());
            return message;
        } catch (MessagingException e) {
            throw new MailPreparationException("Cannot build message " + mail.kind() + " for " + mail.businessRef(), e);
        }
    }
}
