package kg.ovop.grant;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

import kg.ovop.certificate.Certificate;
import kg.ovop.certificate.CertificateRegistry;
import kg.ovop.certificate.CertificateRequest;
import kg.ovop.certification.Application;
import kg.ovop.certification.BrandApplications;
import kg.ovop.certification.TestApplications;
import kg.ovop.web.Language;

/** Producers of a test's own who hold a valid OVOP certificate, as a grant application needs. */
public record CertifiedProducers(BrandApplications brand, CertificateRegistry certificates) {

    /** A certificate for a product of the producer's (a brand application of theirs), valid from today; returns its number. */
    public String certificate(String producer, Language language) {
        Application draft = brand.createDraft(producer, TestApplications.applicationForm(TestApplications.form(
                "email", producer + "@example.org", "preferredLanguage", language.name())));
        Certificate certificate = certificates.issue(new CertificateRequest(draft.number(), draft.producerName(), draft.taxpayerNumber(),
                draft.email(), language, draft.productNameKy(), draft.productNameRu(), draft.productNameEn(), draft.category(),
                draft.regionCode(), draft.district(), draft.village(), 4, null));
        return certificate.number();
    }

    /** A producer account that signs in with the password "grant-" + its name. */
    public static void account(IdentityService identity, String producer) {
        User user = identity.newUser(producer);
        user.setPassword("grant-" + producer);
        user.setEmail(producer + "@example.org");
        identity.saveUser(user);
        identity.createMembership(producer, "producers");
    }
}
