package kg.ovop.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a missing production setting into Spring Boot's short "APPLICATION FAILED TO START" report. */
public class MissingSettingsFailureAnalyzer extends AbstractFailureAnalyzer<MissingSettingsException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingSettingsException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Set " + String.join(", ", cause.names())
                        + " in the environment (see README, 'Profiles and environment variables').",
                cause);
    }
}
