package kg.ovop.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mail.MailException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import kg.ovop.web.Language;

/** Real SMTP into GreenMail (the test profile points spring.mail at its port 3025). */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class MailServiceIT {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    MailService mailService;

    @Autowired
    MailRenderer renderer;

    @Autowired
    MailLog mailLog;

    @Autowired
    ObjectProvider<JavaMailSender> sender;

    @Autowired
    Clock clock;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    MockMvc mvc;

    static final byte[] PDF = "%PDF-1.4 certificate".getBytes();

    static OutgoingMail awarded(String ref, String email, Language language, String name) {
        return new OutgoingMail(ref, kg.ovop.certification.BrandMail.CERTIFICATE_AWARDED, new Recipient(email, name, language),
                List.of("KG-OVOP-2026-000042", "Көңүлдүү кымыз", 5),
                Map.of("productName", "Көңүлдүү кымыз", "stars", 5, "certificateNumber", "KG-OVOP-2026-000042",
                        "validUntil", "26.11.2029", "verificationUrl", "https://ovop.example.kg/verify/abc"),
                Attachment.pdf("KG-OVOP-2026-000042.pdf", PDF));
    }

    static String ref() {
        return "TEST-" + UUID.randomUUID();
    }

    @Test
    void sendsInTheRecipientsLanguageWithTextAlternativeAndPdf() throws Exception {
        mailService.send(awarded(ref(), "ky@example.org", Language.ky, "Гүлнара"));
        mailService.send(awarded(ref(), "ru@example.org", Language.ru, "Гульнара"));
        mailService.send(awarded(ref(), "en@example.org", Language.en, "Gulnara"));

        assertThat(smtp.waitForIncomingEmail(5000, 3)).isTrue();
        MimeMessage ky = received("ky@example.org");
        MimeMessage ru = received("ru@example.org");
        MimeMessage en = received("en@example.org");

        assertThat(ky.getSubject()).isEqualTo("Сиздин OVOP бренд сертификатыңыз KG-OVOP-2026-000042");
        assertThat(ru.getSubject()).isEqualTo("Ваш сертификат бренда OVOP KG-OVOP-2026-000042");
        assertThat(en.getSubject()).isEqualTo("Your OVOP brand certificate KG-OVOP-2026-000042");
        for (String type : List.of("text/plain", "text/html")) {
            assertThat(text(ky, type)).contains("Урматтуу Гүлнара,", "Куттуктайбыз!", "«Көңүлдүү кымыз»", "5 жылдыз");
            assertThat(text(ru, type)).contains("Уважаемый(ая) Гульнара,", "Поздравляем!", "с 5 звёздами");
            assertThat(text(en, type)).contains("Dear Gulnara,", "Congratulations!", "with 5 stars", "26.11.2029",
                    "https://ovop.example.kg/verify/abc");
        }
        assertThat(text(en, "text/html")).contains("<a href=\"https://ovop.example.kg/verify/abc\"");

        MimeMultipart mixed = (MimeMultipart) en.getContent();
        BodyPart pdf = mixed.getBodyPart(1);
        assertThat(pdf.getFileName()).isEqualTo("KG-OVOP-2026-000042.pdf");
        assertThat(pdf.getContentType()).startsWith("application/pdf");
        assertThat(pdf.getInputStream().readAllBytes()).isEqualTo(PDF);
    }

    @Test
    void aRetriedJobDoesNotSendTheSameMessageTwice() throws Exception {
        String ref = ref();
        MailRecord first = mailService.send(awarded(ref, "once@example.org", Language.en, "Once"));
        MailRecord again = mailService.send(awarded(ref, "once@example.org", Language.en, "Once"));

        assertThat(first.status()).isEqualTo("sent");
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.attempts()).isEqualTo(1);
        Thread.sleep(500);
        assertThat(smtp.getReceivedMessagesForDomain("once@example.org")).hasSize(1);
    }

    @Test
    void smtpOutageRaisesIsRecordedAndTheRetrySendsOnce() throws Exception {
        String ref = ref();
        smtp.stop();
        assertThatThrownBy(() -> mailService.send(awarded(ref, "later@example.org", Language.ky, "Later")))
                .isInstanceOf(MailException.class);
        MailRecord failed = mailLog.find(ref, kg.ovop.certification.BrandMail.CERTIFICATE_AWARDED).orElseThrow();
        assertThat(failed.status()).isEqualTo("failed");
        assertThat(failed.lastError()).isNotBlank();

        smtp.start();
        MailRecord sent = mailService.send(awarded(ref, "later@example.org", Language.ky, "Later"));

        assertThat(sent.status()).isEqualTo("sent");
        assertThat(sent.attempts()).isEqualTo(2);
        assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
        assertThat(smtp.getReceivedMessagesForDomain("later@example.org")).hasSize(1);
    }

    @Test
    void producerTextIsEscapedInTheHtmlBody() {
        MailRecord record = mailService.send(awarded(ref(), "xss@example.org", Language.en, "<script>alert(1)</script>"));

        assertThat(record.bodyHtml()).doesNotContain("<script>").contains("&lt;script&gt;");
    }

    @Test
    void outboxDeliveryOnlyRecordsAndTheAdministratorSeesIt() throws Exception {
        MailService outbox = new MailService(renderer, mailLog, sender,
                new MailProperties(MailProperties.Delivery.outbox, "OVOP <no-reply@example.org>", Duration.ofMinutes(10)),
                clock, transactions);
        String ref = ref();

        MailRecord record = outbox.send(awarded(ref, "outbox@example.org", Language.ru, "Айбек"));

        assertThat(record.status()).isEqualTo("recorded");
        Thread.sleep(300);
        assertThat(smtp.getReceivedMessagesForDomain("outbox@example.org")).isEmpty();
        mvc.perform(get("/admin/outbox").with(user("admin").authorities(
                        new SimpleGrantedAuthority("GROUP_ovop-admin"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ваш сертификат бренда OVOP")));
        mvc.perform(get("/admin/outbox/" + record.id()).with(user("admin").authorities(
                        new SimpleGrantedAuthority("GROUP_ovop-admin"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Уважаемый(ая) Айбек")));
        mvc.perform(get("/admin/outbox/" + record.id() + "/attachment").with(user("admin").authorities(
                        new SimpleGrantedAuthority("GROUP_ovop-admin"))))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andExpect(content().bytes(PDF));
        mvc.perform(get("/admin/outbox").with(user("agency1").authorities(
                        new SimpleGrantedAuthority("GROUP_agency"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/outbox")).andExpect(status().is3xxRedirection());
    }

    private MimeMessage received(String recipient) {
        MimeMessage[] messages = smtp.getReceivedMessagesForDomain(recipient);
        assertThat(messages).hasSize(1);
        return messages[0];
    }

    /** The decoded text of the first part of this type, wherever it sits in the MIME tree. */
    private static String text(Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = text(multipart.getBodyPart(i), type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
