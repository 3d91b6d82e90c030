package kg.ovop.identity;

import java.lang.reflect.Field;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import kg.ovop.engine.EngineInternals;

import org.springframework.stereotype.Component;

/**
 * One password rule for every way a person sets a password: the portal's sign-up and password
 * page check it themselves, and a password set by a signed-in user through the engine
 * (/engine-rest, Camunda Admin) is checked here before the engine saves it, refused as a 400.
 * The system's own accounts (the administrator from the environment, the local demo users) are
 * set without a signed-in user and are not held to it.
 */
@Component
public class PasswordRule extends AbstractProcessEnginePlugin {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 100;

    // The engine keeps the user being saved, and its new clear-text password, in protected fields; read, never changed.
    private static final Field USER = EngineInternals.field(SaveUserCmd.class, "user");
    private static final Field NEW_PASSWORD = EngineInternals.field(UserEntity.class, "newPassword");

    public static boolean acceptable(String password) {
        return password != null && password.length() >= MIN_LENGTH && password.length() <= MAX_LENGTH;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        EngineInternals.interceptBefore(configuration, new CommandInterceptor() {
            @Override
            public <T> T execute(Command<T> command) {
                Authentication person = configuration.getIdentityService().getCurrentAuthentication();
                if (command instanceof SaveUserCmd && person != null && person.getUserId() != null) {
                    String password = newPassword((User) EngineInternals.read(USER, command));
                    if (password != null && !acceptable(password)) {
                        throw new BadUserRequestException("password: must be " + MIN_LENGTH + " to " + MAX_LENGTH + " characters");
                    }
                }
                return next.execute(command);
            }
        });
    }

    /** The clear-text password a user is about to be saved with, or null when it keeps its own. */
    private static String newPassword(User user) {
        return user instanceof UserEntity entity && entity.hasNewPassword() ? (String) EngineInternals.read(NEW_PASSWORD, entity) : null;
    }

}
