package kg.ovop.notification;

import kg.ovop.web.Language;

/** Who receives a message, in the language they chose. */
public record Recipient(String email, String name, Language language) {
}
