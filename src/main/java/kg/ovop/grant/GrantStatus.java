package kg.ovop.grant;

/** Where a grant application stands; the portal and the API show it, monitoring counts it. */
public enum GrantStatus {
    submitted, in_screening, in_scoring, in_committee, waitlisted, approved, active, closed,
    ineligible, rejected, not_recommended, refused, waitlist_ended, lapsed, terminated
}
