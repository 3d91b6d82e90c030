package kg.ovop.portal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Single-use, time-limited tokens for links sent by e-mail; only their SHA-256 is stored. */
@Repository
class AccountTokens {

    enum Purpose {
        RESET_PASSWORD("reset-password"), CONFIRM_EMAIL("confirm-email");

        final String code;

        Purpose(String code) {
            this.code = code;
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AccountTokens(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    String issue(String user, Purpose purpose, Duration validFor) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        jdbc.update("INSERT INTO ovop_account_token (token_hash, user_id, purpose, expires_at, created_at) VALUES (?, ?, ?, ?, ?)",
                hash(token), user, purpose.code, Timestamp.from(now.plus(validFor)), Timestamp.from(now));
        return token;
    }

    /** The user a token is for while it is unused and unexpired, without using it. */
    Optional<String> peek(String token, Purpose purpose) {
        return token == null || token.length() > 100 ? Optional.empty()
                : jdbc.queryForList("SELECT user_id FROM ovop_account_token WHERE token_hash = ? AND purpose = ? AND used_at IS NULL "
                        + "AND expires_at > ?", String.class, hash(token), purpose.code, Timestamp.from(clock.instant()))
                        .stream().findFirst();
    }

    /** Uses a token once: the user it was for, or empty when it is unknown, used or expired. */
    Optional<String> redeem(String token, Purpose purpose) {
        Optional<String> user = peek(token, purpose);
        boolean used = user.isPresent() && jdbc.update("UPDATE ovop_account_token SET used_at = ? WHERE token_hash = ? AND used_at IS NULL",
                Timestamp.from(clock.instant()), hash(token)) == 1;
        return used ? user : Optional.empty();
    }

    /** How many tokens of a purpose a user was sent since a moment (to keep a mailbox from being flooded). */
    int issuedSince(String user, Purpose purpose, Instant since) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM ovop_account_token WHERE user_id = ? AND purpose = ? AND created_at > ?",
                Integer.class, user, purpose.code, Timestamp.from(since));
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
