package kg.ovop.certification;

/** Where an application stands; kept in step with the process by listeners on its elements. */
public enum ApplicationStatus {
    draft, submitted, in_screening, information_requested, in_expert_review, in_committee, awarded, refused, lapsed, withdrawn
}
