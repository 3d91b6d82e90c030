package kg.ovop.certification;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import kg.ovop.identity.OvopGroup;
import kg.ovop.identity.ProcessParticipants;
import kg.ovop.identity.ProcessParticipants.ReviewerGroup;

/** Who takes part in brand certification and in a certificate's life after it. */
@Configuration
public class CertificationParticipants {

    static final ReviewerGroup BRAND_COMMITTEE = new ReviewerGroup("brand-committee", "National brand committee", "committee1");

    @Bean
    public ProcessParticipants brandCertificationParticipants() {
        List<ReviewerGroup> groups = new ArrayList<>(List.of(ReviewerGroup.of(OvopGroup.AGENCY),
                ReviewerGroup.of(OvopGroup.ACADEMIA), ReviewerGroup.of(OvopGroup.ASSOCIATION), BRAND_COMMITTEE));
        for (AgencyOffice office : AgencyOffice.values()) {
            // The Osh office has a demo member: Osh applications go there; the other offices fall back to agency1.
            groups.add(new ReviewerGroup(office.groupId(), office.displayName(), office == AgencyOffice.OSH ? "agencyosh1" : null));
        }
        return new ProcessParticipants(BrandCertification.PROCESS_ID, OvopGroup.PRODUCERS.id(), groups);
    }

    /** Started by the engine when a certificate is issued; it has timers and mail, no tasks. */
    @Bean
    public ProcessParticipants certificateLifecycleParticipants() {
        return new ProcessParticipants(CertificateLifecycle.PROCESS_ID, null, List.of());
    }
}
