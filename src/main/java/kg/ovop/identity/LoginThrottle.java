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
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Rate limit on password guessing from one client address, across user names: after
 * {@value #MAX_FAILURES} failed sign-ins within {@link #WINDOW}, the address gets 429 on every
 * sign-in (form and HTTP Basic) until the oldest failure leaves the window. Camunda's own delay
 * protects each account; this stops one client trying many accounts. In memory: per instance.
 */
@Component
// Before Spring Security's chains, so a blocked client's password is not even checked.
@Order(SecurityProperties.DEFAULT_FILTER_ORDER - 1)
public class LoginThrottle extends OncePerRequestFilter {

    static final int MAX_FAILURES = 20;
    static final Duration WINDOW = Duration.ofMinutes(10);
    /** Bounds the memory an attack from many addresses can take. */
    static final int MAX_CLIENTS = 100_000;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;
    private final MessageSource messages;

    public LoginThrottle(Clock clock, MessageSource messages) {
        this.clock = clock;
        this.messages = messages;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        String client = event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        if (client == null) {
            return;
        }
        if (failures.size() >= MAX_CLIENTS) {
            failures.clear();
        }
        Deque<Instant> times = failures.computeIfAbsent(client, k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(clock.instant());
            prune(times);
        }
    }

    /** Seconds until the client may try again; 0 when it may now. */
    long retryAfterSeconds(String client) {
        Deque<Instant> times = failures.get(client);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            prune(times);
            if (times.size() < MAX_FAILURES) {
                return 0;
            }
            return Math.max(1, Duration.between(clock.instant(), times.peekFirst().plus(WINDOW)).toSeconds());
        }
    }

    private void prune(Deque<Instant> times) {
        Instant oldest = clock.instant().minus(WINDOW);
        while (!times.isEmpty() && times.peekFirst().isBefore(oldest)) {
            times.removeFirst();
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        boolean formLogin = "POST".equals(request.getMethod())
                && request.getRequestURI().equals(request.getContextPath() + "/login");
        return !formLogin && request.getHeader(HttpHeaders.AUTHORIZATION) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long wait = retryAfterSeconds(request.getRemoteAddr());
        if (wait > 0) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait));
            response.setContentType("text/plain;charset=UTF-8");
            // Before Spring MVC, so the browser's language rather than the language cookie.
            response.getWriter().write(messages.getMessage("login.throttled", new Object[] {(wait + 59) / 60}, request.getLocale()));
            return;
        }
        chain.doFilter(request, response);
    }
}
