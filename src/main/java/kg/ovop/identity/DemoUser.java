package kg.ovop.identity;

/** One demo user per group, created only in the local profile (README, "Demo logins"). */
enum DemoUser {
    PRODUCER("producer1", "Demo", "Producer", OvopGroup.PRODUCERS),
    AGENCY("agency1", "Demo", "Agency reviewer", OvopGroup.AGENCY),
    ACADEMIA("academia1", "Demo", "Academia reviewer", OvopGroup.ACADEMIA),
    ASSOCIATION("association1", "Demo", "Association reviewer", OvopGroup.ASSOCIATION),
    BRAND_COMMITTEE("committee1", "Demo", "Brand committee member", OvopGroup.BRAND_COMMITTEE),
    GRANT_COMMITTEE("grantcommittee1", "Demo", "Grant committee member", OvopGroup.GRANT_COMMITTEE),
    FINANCE("finance1", "Demo", "Fund accountant", OvopGroup.FINANCE);

    private final String userId;
    private final String firstName;
    private final String lastName;
    private final OvopGroup group;

    DemoUser(String userId, String firstName, String lastName, OvopGroup group) {
        this.userId = userId;
        this.firstName = firstName;
        this.lastName = lastName;
        this.group = group;
    }

    String userId() {
        return userId;
    }

    String firstName() {
        return firstName;
    }

    String lastName() {
        return lastName;
    }

    OvopGroup group() {
        return group;
    }
}
