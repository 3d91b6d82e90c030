package kg.ovop.identity;

import java.util.List;

/** The demo users, created only in the local and test profiles (README, "Demo logins"). */
record DemoUser(String userId, String lastName, String groupId) {

    /** One per programme group; each process registers the demo users of its own groups. */
    static final List<DemoUser> PROGRAMME = List.of(
            new DemoUser("producer1", "Producer", OvopGroup.PRODUCERS.id()),
            new DemoUser("agency1", "Agency reviewer", OvopGroup.AGENCY.id()),
            new DemoUser("academia1", "Academia reviewer", OvopGroup.ACADEMIA.id()),
            new DemoUser("association1", "Association reviewer", OvopGroup.ASSOCIATION.id()));

    String firstName() {
        return "Demo";
    }
}
