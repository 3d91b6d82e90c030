package kg.ovop.identity;

import java.util.List;

/** The Camunda groups of shared/domain.md. Ids are stable: they appear in BPMN candidate groups. */
public enum OvopGroup {
    PRODUCERS("producers", "Producers", false),
    AGENCY("agency", "OVOP agency (regional offices)", true),
    ACADEMIA("academia", "Academia and accredited labs", true),
    ASSOCIATION("association", "Business associations", true),
    BRAND_COMMITTEE("brand-committee", "National brand committee", true),
    GRANT_COMMITTEE("grant-committee", "Fund board (grant committee)", true),
    FINANCE("finance", "Fund accountants", true),
    OVOP_ADMIN("ovop-admin", "Programme administrators", false);

    /** Camunda's built-in administrators group, created by the starter with all permissions. */
    public static final String CAMUNDA_ADMIN = "camunda-admin";

    private final String id;
    private final String displayName;
    private final boolean reviewer;

    OvopGroup(String id, String displayName, boolean reviewer) {
        this.id = id;
        this.displayName = displayName;
        this.reviewer = reviewer;
    }

    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    /** Reviewer groups work tasks in Tasklist and get a filter of their own queue. */
    public boolean reviewer() {
        return reviewer;
    }

    public static List<OvopGroup> reviewers() {
        return List.of(values()).stream().filter(OvopGroup::reviewer).toList();
    }
}
