package kg.ovop.portal;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import kg.ovop.web.FieldException;

/** Texts of the portal pages in the reader's language. */
@Component
class PortalTexts {

    private final MessageSource messages;

    PortalTexts(MessageSource messages) {
        this.messages = messages;
    }

    String message(String code, Object[] arguments, Locale locale) {
        return messages.getMessage(code, arguments, locale);
    }

    /** A refusal in the reader's language (the English message where no translation exists). */
    String of(FieldException e, Locale locale) {
        return e.code() == null ? e.getMessage() : messages.getMessage(e.code(), e.arguments(), e.getMessage(), locale);
    }
}
