package kg.ovop.identity;

import java.util.List;

/** The demo users, created only in the local and test profiles (README, "Demo logins"). */
record DemoUser(String userId, String lastName, String groupId) {

    static final List<DemoUser> ALL = List.of(
            new DemoUser("producer1", "Producer", OvopGroup.PRODUCERS.id()),
            new DemoUser("agency1", "Agency reviewer", OvopGroup.AGENCY.id()),
            // The Osh office has a member: Osh applications go there; the other offices fall back to agency1.
            new DemoUser("agencyosh1", "Osh office reviewer", "agency-osh"),
            new DemoUser("academia1", "Academia reviewer", OvopGroup.ACADEMIA.id()),
            new DemoUser("association1", "Association reviewer", OvopGroup.ASSOCIATION.id()),
            new DemoUser("committee1", "Brand committee member", OvopGroup.BRAND_COMMITTEE.id()),
            new DemoUser("grantcommittee1", "Grant committee member", OvopGroup.GRANT_COMMITTEE.id()),
            new DemoUser("finance1", "Fund accountant", OvopGroup.FINANCE.id()));

    String firstName() {
        return "Demo";
    }
}
