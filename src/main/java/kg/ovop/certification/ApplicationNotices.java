package kg.ovop.certification;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import kg.ovop.notification.MailService;
import kg.ovop.notification.OutgoingMail;
import kg.ovop.notification.Recipient;

/** Writes to the producer about their application, with the reason the reviewers gave where there is one. */
@Component
class ApplicationNotices {

    private final ApplicationStore applications;
    private final MailService mail;
    private final MessageSource messages;

    ApplicationNotices(ApplicationStore applications, MailService mail, MessageSource messages) {
        this.applications = applications;
        this.mail = mail;
        this.messages = messages;
    }

    void send(DelegateExecution execution, BrandMail kind) {
        Application application = applications.get(execution.getProcessBusinessKey());
        Recipient producer = new Recipient(application.email(), application.producerName(), application.preferredLanguage());
        Map<String, Object> model = new HashMap<>();
        model.put("reason", reason(application.number(), kind, producer));
        model.put("link", null);
        // The count of recorded decisions tells one round of a loop from the next, and stays the
        // same when this job is retried: the mail log then finds the message already sent.
        String reference = application.number() + "/" + applications.decisionCount(application.number());
        mail.send(new OutgoingMail(reference, kind, producer,
                List.of(application.number(), application.productName(producer.language())), model, null));
    }

    private String reason(String number, BrandMail kind, Recipient producer) {
        return switch (kind) {
            case APPLICATION_INELIGIBLE -> explain("eligibility.", details(number, "eligibility"), null, producer);
            case APPLICATION_NOT_RECOMMENDED -> applications.latestDecision(number, RecordRatingListener.STAGE)
                    .map(rating -> explain("rating.", rating.details(), RecordRatingListener.total(rating.qualityScore(),
                            rating.marketingScore(), rating.communityScore()), producer))
                    .orElse(null);
            case INFORMATION_REQUESTED, APPLICATION_REJECTED -> details(number, "screening");
            case APPLICATION_REFUSED -> details(number, "committee");
            default -> null;
        };
    }

    /** Each reason code of a decision as a sentence in the producer's language. */
    private String explain(String prefix, String codes, Object argument, Recipient producer) {
        return Arrays.stream(codes == null ? new String[0] : codes.split(",")).filter(code -> !code.isBlank())
                // No arguments, no MessageFormat: the apostrophes of the plain sentences stay as written.
                .map(code -> messages.getMessage(prefix + code, argument == null ? null : new Object[] {argument}, code,
                        producer.language().locale()))
                .collect(Collectors.joining(" "));
    }

    private String details(String number, String stage) {
        return applications.latestDecision(number, stage).map(Decision::details).orElse("");
    }
}
