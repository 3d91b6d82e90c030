package kg.ovop.certification;

import static kg.ovop.certification.BrandCertification.*;

import java.util.Map;

import org.springframework.stereotype.Component;

import kg.ovop.engine.FormValues;

/** The agency's screening: accept, ask the producer (with the question) or reject (with the reason). */
@Component
class ScreeningStep implements TaskStep {

    private final ApplicationStore applications;

    ScreeningStep(ApplicationStore applications) {
        this.applications = applications;
    }

    @Override
    public String taskKey() {
        return TASK_SCREEN_APPLICATION;
    }

    @Override
    public String stage() {
        return "screening";
    }

    @Override
    public Map<String, Object> record(Application application, FormValues form, String user) {
        ScreeningDecision decision = ScreeningDecision.valueOf(form.text(SCREENING_DECISION.name()));
        String details = switch (decision) {
            case requestInformation -> form.text(INFORMATION_REQUEST);
            case reject -> form.text(REJECTION_REASON);
            case accept -> null;
        };
        applications.record(application.number(), Decision.of(stage(), decision.name(), details, user));
        return Map.of(SCREENING_DECISION.name(), decision.name());
    }
}
