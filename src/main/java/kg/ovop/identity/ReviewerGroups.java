package kg.ovop.identity;

import java.util.List;

/**
 * Reviewer groups a feature adds beside {@link OvopGroup} (e.g. the agency's regional offices).
 * Each is created on start with a reviewer's access to Tasklist and a queue filter of its own.
 */
public interface ReviewerGroups {

    record ReviewerGroup(String id, String name) {
    }

    List<ReviewerGroup> reviewerGroups();
}
