package kg.ovop.identity;

import java.util.List;

/**
 * Who takes part in a process, declared as a bean by the feature that owns it, so identity knows no
 * process by name. On start every declared group is created, gets Tasklist and a queue filter of its
 * own, and may read only the definitions of the processes it works on. Nobody starts a process over
 * {@code /engine-rest}: its starter group starts it through the feature's door, which refuses anyone
 * else; the model says the same ({@code camunda:candidateStarterGroups}, checked by ModelConsistencyTest).
 *
 * @param starterGroup   the group whose members start the process through its door, or null when only the engine starts it
 * @param reviewerGroups the groups that work on its tasks
 */
public record ProcessParticipants(String processKey, String starterGroup, List<ReviewerGroup> reviewerGroups) {

    public ProcessParticipants {
        reviewerGroups = List.copyOf(reviewerGroups);
    }

    /**
     * A group that works on the process's tasks.
     *
     * @param demoUser the demo user made a member in the local profile, or null for none
     */
    public record ReviewerGroup(String id, String name, String demoUser) {

        public static ReviewerGroup of(OvopGroup group) {
            return new ReviewerGroup(group.id(), group.displayName(), null);
        }
    }

    /** Whether the user, a member of these groups, may start the process through its door. */
    public boolean startableBy(List<String> groups) {
        return starterGroup != null && groups.contains(starterGroup);
    }

    public boolean worksOn(String groupId) {
        return reviewerGroups.stream().anyMatch(group -> group.id().equals(groupId));
    }
}
