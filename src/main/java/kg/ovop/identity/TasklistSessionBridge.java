package kg.ovop.identity;

import java.io.IOException;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * A reviewer signed in to Tasklist opens the review pages ({@code /review/**}) without a second
 * sign-in: the Camunda webapps' session authentication (same user store, same session cookie) is
 * taken for that request only, with the user's current groups. It is never saved as a sign-in to
 * our pages, and no other path accepts it.
 */
class TasklistSessionBridge extends OncePerRequestFilter {

    private final ProcessEngine engine;
    private final CamundaIdentityAuthenticationProvider users;

    TasklistSessionBridge(ProcessEngine engine, CamundaIdentityAuthenticationProvider users) {
        this.engine = engine;
        this.users = users;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/review/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if ((current == null || current instanceof AnonymousAuthenticationToken) && session != null) {
            Authentications webapp = AuthenticationUtil.getAuthsFromSession(session);
            var tasklistUser = webapp == null ? null : webapp.getAuthenticationForProcessEngine(engine.getName());
            if (tasklistUser != null && tasklistUser.getIdentityId() != null) {
                SecurityContextHolder.getContext().setAuthentication(users.signedIn(tasklistUser.getIdentityId()));
            }
        }
        chain.doFilter(request, response);
    }
}
