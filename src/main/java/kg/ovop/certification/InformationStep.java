package kg.ovop.certification;

import static kg.ovop.certification.BrandCertification.*;

import java.util.Map;

import org.springframework.stereotype.Component;

import kg.ovop.engine.FormValues;

/** The producer's answer to an information request, kept with the application. */
@Component
class InformationStep implements TaskStep {

    private final ApplicationStore applications;

    InformationStep(ApplicationStore applications) {
        this.applications = applications;
    }

    @Override
    public String taskKey() {
        return TASK_PROVIDE_INFORMATION;
    }

    @Override
    public String stage() {
        return "information";
    }

    @Override
    public Map<String, Object> record(Application application, FormValues form, String user) {
        applications.record(application.number(), Decision.of(stage(), "provided", form.text(INFORMATION_RESPONSE), user));
        return Map.of();
    }
}
