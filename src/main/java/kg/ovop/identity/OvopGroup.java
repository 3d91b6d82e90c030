package kg.ovop.identity;

/**
 * The programme's own groups of shared/domain.md, shared by every process. Groups that belong to
 * one process (its committee, finance, the agency's regional offices) are registered by that
 * process's feature ({@link ProcessParticipants}). Ids are stable: they appear in BPMN candidate groups.
 */
public enum OvopGroup {
    PRODUCERS("producers", "Producers"),
    AGENCY("agency", "OVOP agency (regional offices)"),
    ACADEMIA("academia", "Academia and accredited labs"),
    ASSOCIATION("association", "Business associations"),
    OVOP_ADMIN("ovop-admin", "Programme administrators");

    /** Camunda's built-in administrators group, created by the starter with all permissions. */
    public static final String CAMUNDA_ADMIN = "camunda-admin";

    private final String id;
    private final String displayName;

    OvopGroup(String id, String displayName) {
        this.id = id;
        this.displayName = displayName;
    }

    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }
}
