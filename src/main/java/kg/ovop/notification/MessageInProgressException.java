package kg.ovop.notification;

/** Another worker holds the send of this message; the caller's job retries later and finds it sent. */
public class MessageInProgressException extends RuntimeException {

    public MessageInProgressException(String businessRef, MailKind kind) {
        super("Mail " + kind + " for " + businessRef + " is being sent by another worker");
    }
}
