package kg.ovop.grant;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import kg.ovop.grant.fund.Money;
import kg.ovop.notification.MailService;
import kg.ovop.notification.OutgoingMail;
import kg.ovop.notification.Recipient;

/**
 * Writes to the producer about their grant application in their language: {0} the number, {1} the
 * project, {2} the amount the message is about (approved, a tranche), and the reason where reviewers gave one.
 */
@Component
class GrantNotices {

    private final GrantStore grants;
    private final MailService mail;
    private final MessageSource messages;

    GrantNotices(GrantStore grants, MailService mail, MessageSource messages) {
        this.grants = grants;
        this.mail = mail;
        this.messages = messages;
    }

    void send(String number, GrantMail kind) {
        GrantApplication grant = grants.get(number);
        Recipient producer = new Recipient(grant.email(), grant.producerName(), grant.preferredLanguage());
        Map<String, Object> model = new HashMap<>();
        model.put("reason", reason(grant, kind, producer));
        model.put("link", null);
        // The count of recorded decisions tells one round of a loop (a tranche, a report) from the
        // next, and stays the same when this job is retried: the mail log then finds it sent.
        String reference = number + "/" + grants.decisionCount(number);
        mail.send(new OutgoingMail(reference, kind, producer, List.of(number, grant.title(), amount(grant, kind)), model, null));
    }

    private String amount(GrantApplication grant, GrantMail kind) {
        Money amount = switch (kind) {
            case GRANT_APPROVED -> grant.approved();
            case GRANT_TRANCHE_PAID -> grants.latest(grant.number(), "payment").map(GrantDecision::amount).orElse(null);
            default -> null;
        };
        return amount == null ? "" : amount.som();
    }

    private String reason(GrantApplication grant, GrantMail kind, Recipient producer) {
        String number = grant.number();
        return switch (kind) {
            case GRANT_INELIGIBLE -> grants.latest(number, "eligibility").map(d -> explain(d.details(), producer)).orElse(null);
            case GRANT_NOT_RECOMMENDED -> grants.latest(number, "scoring").map(d -> explain(d.details(), producer)).orElse(null);
            case GRANT_REJECTED -> details(number, "screening");
            case GRANT_REFUSED, GRANT_APPROVED -> details(number, "committee");
            case GRANT_REPORT_CHANGES -> details(number, "report-review");
            default -> null;
        };
    }

    /** Each reason code as a sentence in the producer's language. */
    private String explain(String codes, Recipient producer) {
        return Arrays.stream(codes == null ? new String[0] : codes.split(",")).filter(code -> !code.isBlank())
                .map(code -> messages.getMessage("grant.reason." + code, null, code, producer.language().locale()))
                .collect(Collectors.joining(" "));
    }

    private String details(String number, String stage) {
        return grants.latest(number, stage).map(GrantDecision::details).orElse(null);
    }
}
