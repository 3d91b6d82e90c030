package kg.ovop.grant;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import kg.ovop.document.DocumentShelf;
import kg.ovop.identity.OvopGroup;
import kg.ovop.identity.ProcessParticipants;
import kg.ovop.identity.ProcessParticipants.ReviewerGroup;

/**
 * What development grants bring to the shared features: who takes part (the programme's reviewers,
 * the fund board and its accountants) and the shelf their documents are kept on.
 */
@Configuration
public class GrantParticipants {

    static final ReviewerGroup GRANT_COMMITTEE = new ReviewerGroup("grant-committee", "Fund board (grant committee)", "grantcommittee1");
    static final ReviewerGroup FINANCE = new ReviewerGroup("finance", "Fund accountants", "finance1");

    @Bean
    public ProcessParticipants developmentGrantParticipants() {
        return new ProcessParticipants(DevelopmentGrant.PROCESS_ID, OvopGroup.PRODUCERS.id(), List.of(ReviewerGroup.of(OvopGroup.AGENCY),
                ReviewerGroup.of(OvopGroup.ACADEMIA), ReviewerGroup.of(OvopGroup.ASSOCIATION), GRANT_COMMITTEE, FINANCE));
    }

    @Bean
    DocumentShelf grantDocumentShelf() {
        return GrantApplications.SHELF;
    }
}
