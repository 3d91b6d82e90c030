package kg.ovop.identity;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The doors:
 * <ul>
 * <li>Camunda's webapps: left to Camunda (its own login, CSRF and security headers).</li>
 * <li>{@code /engine-rest}: authenticated by Camunda's filter ({@link EngineRestAuthentication}); here
 * only its security headers.</li>
 * <li>{@code /api/**}: stateless HTTP Basic for integrators; {@code /api/public/**} open,
 * {@code /api/admin/**} for {@code ovop-admin}.</li>
 * <li>Our pages: session login with CSRF; public verification and registry need no login,
 * {@code /admin/**} needs {@code ovop-admin}; {@code /review/**} also takes a Tasklist sign-in
 * ({@link TasklistSessionBridge}).</li>
 * </ul>
 */
@Configuration
@ConditionalOnWebApplication
public class WebSecurity {

    static final String ADMIN = CamundaIdentityAuthenticationProvider.authority(OvopGroup.OVOP_ADMIN);
    static final String PRODUCER = CamundaIdentityAuthenticationProvider.authority(OvopGroup.PRODUCERS);

    /** After signing in, producers land in their portal and administrators in the outbox, unless a page was asked for. */
    static class HomeByGroup extends SavedRequestAwareAuthenticationSuccessHandler {
        @Override
        protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response, Authentication user) {
            List<String> groups = user.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
            return groups.contains(PRODUCER) ? "/portal" : groups.contains(ADMIN) ? "/admin/outbox" : "/";
        }
    }

    /** Back to the sign-in page with the user name kept: only the password needs typing again. */
    static void signInFailed(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        String user = request.getParameter("username");
        String kept = user == null || user.isBlank() ? "" : "&username=" + URLEncoder.encode(
                user.strip().substring(0, Math.min(64, user.strip().length())), StandardCharsets.UTF_8);
        response.sendRedirect(request.getContextPath() + "/login?error" + kept);
    }

    private static RequestMatcher paths(String... patterns) {
        return new OrRequestMatcher(Arrays.stream(patterns)
                .map(pattern -> (RequestMatcher) PathPatternRequestMatcher.withDefaults().matcher(pattern)).toList());
    }

    /** Our pages: scripts and everything else from this site only, never framed, no referrer to other sites. */
    static final String PAGES_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    /** JSON only: nothing to load, nothing to frame. */
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    /** The Camunda webapps keep their own login, CSRF and security headers. */
    @Bean
    @Order(0)
    SecurityFilterChain camunda(HttpSecurity http) throws Exception {
        return http.securityMatcher(paths("/camunda/**"))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.disable())
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.disable())
                .sessionManagement(session -> session.disable())
                .build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain engineRest(HttpSecurity http) throws Exception {
        // Path matchers, not MVC ones: /engine-rest is served by Jersey, outside Spring MVC; Camunda's filter authenticates.
        return http.securityMatcher(paths("/engine-rest/**"))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .headers(headers -> jsonHeaders(headers))
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.disable())
                .sessionManagement(session -> session.disable())
                .build();
    }

    private static void jsonHeaders(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(API_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER));
    }

    @Bean
    @Order(2)
    SecurityFilterChain api(HttpSecurity http, CamundaIdentityAuthenticationProvider users) throws Exception {
        return http.securityMatcher(paths("/api/**", "/v3/api-docs/**"))
                .authenticationProvider(users)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/public/**", "/v3/api-docs/**").permitAll()
                        .requestMatchers("/api/admin/**").hasAuthority(ADMIN)
                        // Applications are a producer's own: staff and integrators act through their own doors.
                        .requestMatchers("/api/applications", "/api/applications/**", "/api/grants", "/api/grants/**")
                        .hasAuthority(PRODUCER)
                        .anyRequest().authenticated())
                .httpBasic(Customizer.withDefaults())
                .csrf(csrf -> csrf.disable())
                .headers(headers -> jsonHeaders(headers))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    /** Health for load balancers; everything else (Prometheus) for administrators over HTTP Basic. */
    @Bean
    @Order(3)
    SecurityFilterChain actuator(HttpSecurity http, CamundaIdentityAuthenticationProvider users) throws Exception {
        return http.securityMatcher(paths("/actuator/**"))
                .authenticationProvider(users)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(paths("/actuator/health", "/actuator/health/**")).permitAll()
                        .anyRequest().hasAuthority(ADMIN))
                .httpBasic(Customizer.withDefaults())
                .csrf(csrf -> csrf.disable())
                .headers(headers -> jsonHeaders(headers))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain pages(HttpSecurity http, CamundaIdentityAuthenticationProvider users, ProcessEngine engine) throws Exception {
        return http
                .authenticationProvider(users)
                .addFilterBefore(new TasklistSessionBridge(engine, users), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/", "/verify/**", "/registry", "/login", "/error", "/css/**", "/js/**", "/favicon.ico",
                                "/swagger-ui.html", "/swagger-ui/**").permitAll()
                        .requestMatchers("/signup", "/signup/confirm", "/password/forgot", "/password/reset").permitAll()
                        .requestMatchers("/portal/**").hasAuthority(PRODUCER)
                        .requestMatchers("/admin/**").hasAuthority(ADMIN)
                        .anyRequest().authenticated())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(PAGES_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
                .formLogin(login -> login.loginPage("/login").successHandler(new HomeByGroup()).failureHandler(WebSecurity::signInFailed)
                        .permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
                .build();
    }
}
