package kg.ovop.identity;

import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UrlPathHelper;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Password guessing is throttled per client, and per client and account together, on every door
 * (our sign-in form and HTTP Basic, /engine-rest, the Camunda webapps' login): after
 * {@value #MAX_ACCOUNT_FAILURES} failed sign-ins to one account, or {@value #MAX_FAILURES} to any
 * accounts, within {@link #WINDOW}, that client gets 429 until the oldest failure leaves the window.
 * Nobody else is affected, so no one can lock another person's account from outside (Camunda's own
 * per-account lock is off: {@code login-max-attempts}, {@code login-delay-max-time}). Failures are
 * kept in the database, so every node of a cluster counts the same ones. (Guesses sent in parallel
 * are all checked before any is counted: a burst can exceed the limit by its own size, once.)
 */
@Component
// Before Spring Security's chains and Camunda's /engine-rest filter, so a blocked client's password is not even checked.
@Order(SecurityProperties.DEFAULT_FILTER_ORDER - 1)
public class LoginThrottle extends OncePerRequestFilter {

    static final int MAX_FAILURES = 20;
    static final int MAX_ACCOUNT_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(10);

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
    private static final UrlPathHelper PATHS = new UrlPathHelper();

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final MessageSource messages;

    public LoginThrottle(JdbcTemplate jdbc, Clock clock, MessageSource messages) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.messages = messages;
    }

    /** A failed sign-in on our own doors (form, HTTP Basic on /api and /actuator). */
    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details) {
            record(details.getRemoteAddress(), event.getAuthentication().getName());
        }
    }

    void record(String client, String account) {
        if (client == null) {
            return;
        }
        Instant now = clock.instant();
        jdbc.update("DELETE FROM ovop_sign_in_failure WHERE failed_at < ?", Timestamp.from(now.minus(WINDOW)));
        jdbc.update("INSERT INTO ovop_sign_in_failure (client, account, failed_at) VALUES (?, ?, ?)", cut(client, 64),
                account == null || account.isBlank() ? null : cut(account.strip().toLowerCase(Locale.ROOT), 128), Timestamp.from(now));
    }

    /** Seconds until the client may try this account again; 0 when it may now. */
    long retryAfterSeconds(String client, String account) {
        Instant since = clock.instant().minus(WINDOW);
        long wait = jdbc.queryForObject("SELECT COUNT(*) AS failures, MIN(failed_at) AS oldest FROM ovop_sign_in_failure"
                + " WHERE client = ? AND failed_at >= ?", (rs, row) -> wait(rs, MAX_FAILURES), cut(client, 64), Timestamp.from(since));
        if (account == null || account.isBlank()) {
            return wait;
        }
        return Math.max(wait, jdbc.queryForObject("SELECT COUNT(*) AS failures, MIN(failed_at) AS oldest FROM ovop_sign_in_failure"
                + " WHERE client = ? AND account = ? AND failed_at >= ?", (rs, row) -> wait(rs, MAX_ACCOUNT_FAILURES), cut(client, 64),
                cut(account.strip().toLowerCase(Locale.ROOT), 128), Timestamp.from(since)));
    }

    private long wait(ResultSet failures, int allowed) throws SQLException {
        if (failures.getInt("failures") < allowed) {
            return 0;
        }
        Instant oldest = failures.getTimestamp("oldest").toInstant();
        return Math.max(1, Duration.between(clock.instant(), oldest.plus(WINDOW)).toSeconds());
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !formLogin(request) && !webappLogin(request) && request.getHeader(HttpHeaders.AUTHORIZATION) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String client = request.getRemoteAddr();
        // The webapps' login reads its form itself (JAX-RS): its account is not known here, only the client.
        String account = formLogin(request) ? request.getParameter("username") : BasicCredentials.user(request);
        if (account != null && account.indexOf('\0') >= 0) {
            // No such account, and PostgreSQL cannot even look a NUL up: a plain failed sign-in.
            response.sendError(HttpStatus.UNAUTHORIZED.value());
            record(client, null);
            return;
        }
        // Without the database the throttle cannot be consulted and the request fails (503 while it is
        // unreachable): never let guesses through uncounted.
        long wait = retryAfterSeconds(client, account);
        if (wait > 0) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait));
            response.setContentType("text/plain;charset=UTF-8");
            // Before Spring MVC, so the browser's language rather than the language cookie.
            response.getWriter().write(messages.getMessage("login.throttled", new Object[] {(wait + 59) / 60}, request.getLocale()));
            return;
        }
        chain.doFilter(request, response);
        // Camunda's doors answer a wrong password with 401 and publish no Spring event: count it here.
        if (response.getStatus() == HttpStatus.UNAUTHORIZED.value() && (webappLogin(request) || engineRest(request))) {
            try {
                record(client, account);
            } catch (DataAccessException unavailable) {
                log.warn("Failed sign-in not recorded: {}", unavailable.getMessage());
            }
        }
    }

    private static boolean formLogin(HttpServletRequest request) {
        return "POST".equals(request.getMethod()) && "/login".equals(path(request));
    }

    private static boolean webappLogin(HttpServletRequest request) {
        String path = path(request);
        return "POST".equals(request.getMethod()) && path.startsWith("/camunda/api/admin/auth/user/") && path.contains("/login/");
    }

    private static boolean engineRest(HttpServletRequest request) {
        return path(request).startsWith("/engine-rest/");
    }

    /** The path as the servlet container maps it (decoded): "/%6Cogin" is the sign-in too. */
    private static String path(HttpServletRequest request) {
        return PATHS.getPathWithinApplication(request);
    }
}
