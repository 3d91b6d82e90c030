package kg.ovop.notification;

import java.util.List;
import java.util.Map;

/**
 * A message to send. {@code businessRef} + {@code kind} identify it: the same pair is sent once,
 * however often a job asks.
 *
 * @param subjectArguments values for {0}, {1}… of the subject in the message bundle
 * @param model            values for the templates (names as the templates use them)
 * @param attachment       optional
 */
public record OutgoingMail(String businessRef, MailKind kind, Recipient recipient, List<Object> subjectArguments,
        Map<String, Object> model, Attachment attachment) {
}
