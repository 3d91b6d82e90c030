package kg.ovop.engine;

import java.lang.reflect.Field;
import java.util.ArrayList;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * The few places we read Camunda's internals: what an engine command carries (its fields are
 * protected), and our interceptors in front of every command. Camunda 7.24 is the last CE
 * release, so these do not move; a missing field fails the start, never a request.
 */
public final class EngineInternals {

    private EngineInternals() {
    }

    /** A declared field, opened for reading; fails at once when this Camunda version lacks it. */
    public static Field field(Class<?> type, String name) {
        try {
            Field field = type.getDeclaredField(name);
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(type.getName() + " has no field " + name + ": this Camunda version is not supported", e);
        }
    }

    public static Object read(Field field, Object owner) {
        try {
            return field.get(owner);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs the interceptor before every command, outside its transaction (what it throws reaches the caller as is). */
    public static void interceptBefore(ProcessEngineConfigurationImpl configuration, CommandInterceptor interceptor) {
        if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
            configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
        }
        configuration.getCustomPreCommandInterceptorsTxRequired().add(interceptor);
    }
}
