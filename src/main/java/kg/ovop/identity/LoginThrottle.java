package kg.ovop.identity;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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
 * per-account lock is off: {@code login-max-attempts}, {@code login-delay-max-time}). In memory:
 * per instance.
 */
@Component
// Before Spring Security's chains and Camunda's /engine-rest filter, so a blocked client's password is not even checked.
@Order(SecurityProperties.DEFAULT_FILTER_ORDER - 1)
public class LoginThrottle extends OncePerRequestFilter {

    static final int MAX_FAILURES = 20;
    static final int MAX_ACCOUNT_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(10);
    /** Bounds the memory an attack from many addresses can take. */
    static final int MAX_KEYS = 100_000;

    private static final UrlPathHelper PATHS = new UrlPathHelper();

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;
    private final MessageSource messages;

    public LoginThrottle(Clock clock, MessageSource messages) {
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
        if (failures.size() >= MAX_KEYS) {
            forgetExpired();
        }
        if (failures.size() >= MAX_KEYS) {
            failures.clear();
        }
        add(client);
        if (account != null && !account.isBlank()) {
            add(key(client, account));
        }
    }

    private void add(String key) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(clock.instant());
            prune(times);
        }
    }

    /** Seconds until the client may try this account again; 0 when it may now. */
    long retryAfterSeconds(String client, String account) {
        long wait = wait(client, MAX_FAILURES);
        return account == null || account.isBlank() ? wait : Math.max(wait, wait(key(client, account), MAX_ACCOUNT_FAILURES));
    }

    private long wait(String key, int allowed) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            prune(times);
            if (times.size() < allowed) {
                return 0;
            }
            return Math.max(1, Duration.between(clock.instant(), times.peekFirst().plus(WINDOW)).toSeconds());
        }
    }

    private static String key(String client, String account) {
        return client + "\n" + account.strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** Keys whose failures have all left the window are dropped, so memory follows recent attempts only. */
    private void forgetExpired() {
        failures.entrySet().removeIf(entry -> {
            synchronized (entry.getValue()) {
                prune(entry.getValue());
                return entry.getValue().isEmpty();
            }
        });
    }

    private void prune(Deque<Instant> times) {
        Instant oldest = clock.instant().minus(WINDOW);
        while (!times.isEmpty() && times.peekFirst().isBefore(oldest)) {
            times.removeFirst();
        }
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
            record(client, account);
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
