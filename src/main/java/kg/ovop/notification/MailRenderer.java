package kg.ovop.notification;

import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders subject, HTML and plain text of a message in the recipient's language, from the
 * templates under {@code mail/} and the application's message bundles.
 */
@Component
class MailRenderer {

    private final SpringTemplateEngine engine;
    private final MessageSource messages;

    MailRenderer(MessageSource messages) {
        this.messages = messages;
        this.engine = new SpringTemplateEngine();
        engine.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 1));
        engine.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 2));
        engine.setTemplateEngineMessageSource(messages);
    }

    private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("mail/");
        resolver.setTemplateMode(mode);
        resolver.setResolvablePatterns(Set.of(pattern));
        resolver.setCharacterEncoding("UTF-8");
        resolver.setOrder(order);
        resolver.setCheckExistence(true);
        return resolver;
    }

    RenderedMail render(OutgoingMail mail) {
        var locale = mail.recipient().language().locale();
        Context context = new Context(locale, mail.model());
        context.setVariable("recipient", mail.recipient());
        Object[] arguments = mail.arguments().toArray();
        String key = "mail." + mail.kind().key();
        context.setVariable("body", messages.getMessage(key + ".body", arguments, locale));
        String subject = messages.getMessage(key + ".subject", arguments, locale);
        String template = mail.kind().template();
        return new RenderedMail(subject, engine.process(template + ".html", context), engine.process(template + ".txt", context));
    }
}
