package kg.ovop.identity;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * One set of users for everything: our pages and APIs sign people in against Camunda's identity
 * (the same users and passwords as Tasklist), with Camunda groups as authorities
 * {@code GROUP_<id>}. Camunda's own brute-force delay applies.
 */
@Component
public class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

    public static final String GROUP_PREFIX = "GROUP_";

    private final IdentityService identityService;

    public CamundaIdentityAuthenticationProvider(IdentityService identityService) {
        this.identityService = identityService;
    }

    public static String authority(OvopGroup group) {
        return GROUP_PREFIX + group.id();
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String user = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (user == null || user.isBlank() || credentials == null
                || !identityService.checkPassword(user, credentials.toString())) {
            throw new BadCredentialsException("Wrong user name or password");
        }
        return signedIn(user);
    }

    /** A user whose identity is already proven, with their current groups as authorities. */
    Authentication signedIn(String user) {
        List<SimpleGrantedAuthority> authorities = identityService.createGroupQuery().groupMember(user).list().stream()
                .map(Group::getId).map(id -> new SimpleGrantedAuthority(GROUP_PREFIX + id)).toList();
        return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
