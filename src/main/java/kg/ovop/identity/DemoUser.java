package kg.ovop.identity;

import java.util.List;

/** One demo user per group, created only in the local profile (README, "Demo logins"). */
record DemoUser(String userId, String lastName, OvopGroup group) {

    static final List<DemoUser> ALL = List.of(
            new DemoUser("producer1", "Producer", OvopGroup.PRODUCERS),
            new DemoUser("agency1", "Agency reviewer", OvopGroup.AGENCY),
            new DemoUser("academia1", "Academia reviewer", OvopGroup.ACADEMIA),
            new DemoUser("association1", "Association reviewer", OvopGroup.ASSOCIATION),
            new DemoUser("committee1", "Brand committee member", OvopGroup.BRAND_COMMITTEE),
            new DemoUser("grantcommittee1", "Grant committee member", OvopGroup.GRANT_COMMITTEE),
            new DemoUser("finance1", "Fund accountant", OvopGroup.FINANCE));

    String firstName() {
        return "Demo";
    }
}
