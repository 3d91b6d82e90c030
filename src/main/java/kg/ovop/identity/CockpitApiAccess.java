package kg.ovop.identity;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Cockpit's API for Cockpit's users only: Camunda lets anyone signed in to any webapp (a reviewer in
 * Tasklist) call {@code /camunda/api/cockpit/...}, whose base plugin counts the instances of every
 * process. A session without Cockpit access gets 403 there; one with no sign-in is left to Camunda (401).
 */
@Configuration
public class CockpitApiAccess {

    static final String COCKPIT = "cockpit";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> cockpitApiAccessFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                HttpSession session = request.getSession(false);
                Authentications signedIn = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
                if (signedIn != null && !signedIn.getAuthentications().isEmpty()
                        && signedIn.getAuthentications().stream().noneMatch(user -> user.isAuthorizedForApp(COCKPIT))) {
                    response.sendError(HttpStatus.FORBIDDEN.value(), "Cockpit's API is for Cockpit's users");
                    return;
                }
                chain.doFilter(request, response);
            }
        });
        registration.setName("cockpit-api-access");
        registration.addUrlPatterns("/camunda/api/cockpit/*");
        return registration;
    }
}
