package kg.ovop.portal;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kg.ovop.certification.ApplicationStore;
import kg.ovop.identity.OvopGroup;
import kg.ovop.web.BadRequestException;

/** Producers' accounts are Camunda users (passwords hashed by the engine) in the group producers. */
@Service
public class ProducerAccounts {

    /** Camunda user info key of the producer's language, read by notices to reviewers and producers. */
    public static final String LANGUAGE = "language";

    private final IdentityService identity;
    private final ApplicationStore applications;
    private final ProfileStore profiles;

    public ProducerAccounts(IdentityService identity, ApplicationStore applications, ProfileStore profiles) {
        this.identity = identity;
        this.applications = applications;
        this.profiles = profiles;
    }

    /** A name stays taken after its account is gone: a newcomer must never inherit someone's applications. */
    @Transactional
    public void signUp(SignUpForm form) {
        if (identity.createUserQuery().userId(form.username()).count() > 0 || !applications.byApplicant(form.username()).isEmpty()
                || profiles.find(form.username()).isPresent()) {
            throw new BadRequestException("username", "is taken");
        }
        User user = identity.newUser(form.username());
        user.setFirstName(form.firstName().strip());
        user.setLastName(form.lastName().strip());
        user.setEmail(form.email().strip());
        user.setPassword(form.password());
        identity.saveUser(user);
        identity.createMembership(form.username(), OvopGroup.PRODUCERS.id());
        identity.setUserInfo(form.username(), LANGUAGE, form.language().name());
    }

    /** @return false when the current password is wrong (nothing changes then) */
    @Transactional
    public boolean changePassword(String username, String current, String replacement) {
        if (!identity.checkPassword(username, current)) {
            return false;
        }
        User user = identity.createUserQuery().userId(username).singleResult();
        user.setPassword(replacement);
        identity.saveUser(user);
        return true;
    }
}
