package kg.ovop.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * @param delivery        {@code smtp} sends through spring.mail.*; {@code outbox} only records
 *                        (the local default run, which has no SMTP server)
 * @param from            sender address
 * @param staleClaimAfter a send claimed longer ago than this is assumed lost (crashed node) and may be retried
 */
@Validated
@ConfigurationProperties("ovop.mail")
public record MailProperties(@NotNull Delivery delivery, @NotBlank String from, @NotNull Duration staleClaimAfter) {

    public enum Delivery { smtp, outbox }
}
