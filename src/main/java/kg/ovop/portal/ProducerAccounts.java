package kg.ovop.portal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kg.ovop.certificate.PublicLinks;
import kg.ovop.certification.ApplicationStore;
import kg.ovop.identity.OvopGroup;
import kg.ovop.identity.PasswordRule;
import kg.ovop.identity.UserInfo;
import kg.ovop.notification.MailService;
import kg.ovop.notification.OutgoingMail;
import kg.ovop.notification.Recipient;
import kg.ovop.web.BadRequestException;
import kg.ovop.web.Language;
import kg.ovop.producer.ProfileStore;

/** Producers' accounts are Camunda users (passwords hashed by the engine) in the group producers. */
@Service
public class ProducerAccounts {

    private static final Logger log = LoggerFactory.getLogger(ProducerAccounts.class);

    /** Camunda user info key of the producer's language, read by notices to reviewers and producers. */
    public static final String LANGUAGE = "language";

    /** A reset link works for an hour; a confirmation link for a week. */
    static final Duration RESET_VALID = Duration.ofHours(1);
    static final Duration CONFIRMATION_VALID = Duration.ofDays(7);
    /** At most this many links of a kind to one account per hour, however often someone asks. */
    static final int LINKS_PER_HOUR = 3;

    private final IdentityService identity;
    private final ApplicationStore applications;
    private final ProfileStore profiles;
    private final AccountTokens tokens;
    private final MailService mail;
    private final PublicLinks links;
    private final Clock clock;

    public ProducerAccounts(IdentityService identity, ApplicationStore applications, ProfileStore profiles, AccountTokens tokens,
            MailService mail, PublicLinks links, Clock clock) {
        this.identity = identity;
        this.applications = applications;
        this.profiles = profiles;
        this.tokens = tokens;
        this.mail = mail;
        this.links = links;
        this.clock = clock;
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
        identity.setUserInfo(form.username(), UserInfo.EMAIL_CONFIRMATION, UserInfo.PENDING);
        sendConfirmation(form.username());
    }

    public boolean emailConfirmed(String username) {
        return !UserInfo.PENDING.equals(identity.getUserInfo(username, UserInfo.EMAIL_CONFIRMATION));
    }

    /** Mails the link that confirms the account's address (again, when asked; a few times an hour at most). */
    @Transactional
    public void sendConfirmation(String username) {
        User user = identity.createUserQuery().userId(username).singleResult();
        if (user != null && !emailConfirmed(username)) {
            send(user, AccountTokens.Purpose.CONFIRM_EMAIL, CONFIRMATION_VALID, AccountMail.EMAIL_CONFIRMATION, "/signup/confirm");
        }
    }

    /** @return whether the link was valid (unused, unexpired); the address is confirmed then */
    @Transactional
    public boolean confirmEmail(String token) {
        Optional<String> user = tokens.redeem(token, AccountTokens.Purpose.CONFIRM_EMAIL);
        user.ifPresent(name -> identity.deleteUserInfo(name, UserInfo.EMAIL_CONFIRMATION));
        return user.isPresent();
    }

    /**
     * Mails a password reset link to the account with this user name or e-mail address, if there is
     * one; the caller learns nothing either way, so nobody can find out who has an account.
     */
    @Transactional
    public void requestPasswordReset(String nameOrEmail) {
        if (nameOrEmail == null || nameOrEmail.isBlank() || nameOrEmail.length() > 200) {
            return;
        }
        String wanted = nameOrEmail.strip();
        User user = identity.createUserQuery().userId(wanted).singleResult();
        if (user == null) {
            user = identity.createUserQuery().userEmail(wanted).list().stream().findFirst().orElse(null);
        }
        if (user != null) {
            send(user, AccountTokens.Purpose.RESET_PASSWORD, RESET_VALID, AccountMail.PASSWORD_RESET, "/password/reset");
        }
    }

    /** Whether a reset link can still be used (to show its form). */
    public boolean resetLinkValid(String token) {
        return tokens.peek(token, AccountTokens.Purpose.RESET_PASSWORD).isPresent();
    }

    /**
     * Sets a new password through a reset link, once.
     *
     * @return the user name, or empty when the link is no longer valid
     */
    @Transactional
    public Optional<String> resetPassword(String token, String password) {
        if (!PasswordRule.acceptable(password)) {
            throw new BadRequestException("password", "portal.password.size", "must have 10 to 100 characters");
        }
        Optional<String> username = tokens.redeem(token, AccountTokens.Purpose.RESET_PASSWORD);
        username.ifPresent(name -> {
            User user = identity.createUserQuery().userId(name).singleResult();
            user.setPassword(password);
            identity.saveUser(user);
        });
        return username;
    }

    private void send(User user, AccountTokens.Purpose purpose, Duration validFor, AccountMail kind, String path) {
        if (user.getEmail() == null || user.getEmail().isBlank()
                || tokens.issuedSince(user.getId(), purpose, clock.instant().minus(Duration.ofHours(1))) >= LINKS_PER_HOUR) {
            return;
        }
        String token = tokens.issue(user.getId(), purpose, validFor);
        Language language = Language.of(identity.getUserInfo(user.getId(), LANGUAGE));
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).strip();
        try {
            mail.send(new OutgoingMail("account/" + user.getId() + "/" + purpose.code + "/" + token.substring(0, 12), kind,
                    new Recipient(user.getEmail(), name.isEmpty() ? user.getId() : name, language), List.of(user.getId()),
                    Map.of("link", links.baseUrl() + path + "?token=" + token), null));
        } catch (MailException unreachable) {
            // The account is kept (the mail log shows the failure); the producer asks for the link again later.
            log.warn("{} for {} not sent: {}", kind, user.getId(), unreachable.getMessage());
        }
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
