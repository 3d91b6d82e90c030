package kg.ovop.notification;

/**
 * A kind of message. Each feature lists its own kinds (an enum implementing this); each kind has
 * {@code mail.<key>.subject} and {@code mail.<key>.body} in messages_*.properties (arguments {0},
 * {1}… from {@link OutgoingMail#arguments()}), {@code outbox.kind.<name>} for the outbox, and is
 * laid out by the templates {@code mail/<template>.html} and {@code .txt}. Names are unique across
 * features: the mail log keys a message by its reference and kind name.
 */
public interface MailKind {

    /** The constant's name, as stored in the mail log. */
    String name();

    String key();

    /** The layout: "notice" unless the kind has its own. */
    default String template() {
        return "notice";
    }
}
