package kg.ovop.certification;

import static kg.ovop.certification.BrandCertification.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import kg.ovop.certificate.CertificateRegistry;
import kg.ovop.engine.InvalidFormInputException;
import kg.ovop.region.RegionDirectory;
import kg.ovop.region.TerritoryDirectory;

/**
 * Checks the submitted form and stores the application. Runs in the start transaction: invalid
 * input refuses the start with the field named, and nothing is stored.
 */
@Component("registerApplicationDelegate")
class RegisterApplicationDelegate implements JavaDelegate {

    private final ApplicationStore applications;
    private final RegionDirectory regions;
    private final CertificateRegistry certificates;
    private final TerritoryDirectory territories;

    RegisterApplicationDelegate(ApplicationStore applications, RegionDirectory regions, CertificateRegistry certificates,
            TerritoryDirectory territories) {
        this.applications = applications;
        this.regions = regions;
        this.certificates = certificates;
        this.territories = territories;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ApplicationForm form = ApplicationForm.read(execution, regions);
        String draft = APPLICATION_NUMBER.get(execution);
        Application application;
        if (draft == null) {
            application = applications.create(form, APPLICANT.get(execution), execution.getProcessInstanceId());
        } else if (applications.submitDraft(draft, APPLICANT.get(execution), execution.getProcessInstanceId())) {
            // Prepared in the portal or API, with its documents; the form was built from the stored draft.
            application = applications.get(draft);
        } else {
            throw new InvalidFormInputException(APPLICATION_NUMBER.name(), "is not a draft of this applicant");
        }
        APPLICATION_NUMBER.set(execution, application.number());
        execution.setProcessBusinessKey(application.number());
        // Inputs of the eligibility table that the form does not hold.
        HAS_VALID_CERTIFICATE.set(execution, certificates.hasValidCertificate(form.taxpayerNumber(), form.productNameKy()));
        // A product other than the village's declared one is flagged by the eligibility table, not refused.
        MATCHES_SPECIALISATION.set(execution, territories.specialisation(form.regionCode(), form.district(), form.aiylAimak(),
                form.village()).map(form.category()::equals).orElse(true));
        REGISTERED_BUSINESS.set(execution, form.registeredBusiness());
        HAS_CONFORMITY_DOCUMENT.set(execution, form.hasConformityDocument());
        WOMEN_LED.set(execution, form.womenLed());
        YOUTH_LED.set(execution, form.youthLed());
        HIGH_MOUNTAIN.set(execution, form.highMountain());
    }
}
