package kg.ovop.config;

import java.util.List;
import java.util.Map;

public class MissingSettingsException extends IllegalStateException {

    private final List<String> names;

    /** @param missing names of the missing variables, each with what it is for */
    public MissingSettingsException(String profile, Map<String, String> missing) {
        super("Profile '" + profile + "' needs these environment variables, which are not set: "
                + String.join(", ", missing.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")").toList()));
        this.names = List.copyOf(missing.keySet());
    }

    /** A setting that is present but unsafe for the profile: the message says what to do. */
    public MissingSettingsException(String message, List<String> names) {
        super(message);
        this.names = List.copyOf(names);
    }

    public List<String> names() {
        return names;
    }
}
