package kg.ovop.notification;

import java.util.List;
import java.util.Map;

/**
 * A message to send. {@code businessRef} + {@code kind} identify it: the same pair is sent once,
 * however often a job asks.
 *
 * @param arguments  values for {0}, {1}… of the kind's subject and body in the message bundles
 * @param model      further values for the templates (names as the templates use them)
 * @param attachment optional
 */
public record OutgoingMail(String businessRef, MailKind kind, Recipient recipient, List<Object> arguments,
        Map<String, Object> model, Attachment attachment) {
}
