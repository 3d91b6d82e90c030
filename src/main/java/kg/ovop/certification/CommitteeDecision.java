package kg.ovop.certification;

/** The brand committee's choices; the names are what the form writes and the gateway tests. */
public enum CommitteeDecision {
    award, refuse, backToExperts
}
