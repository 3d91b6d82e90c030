package kg.ovop.certification;

/**
 * The agency's regional offices. Each is a Camunda group that screens the applications the
 * {@code screening-office} table routes to it; the group id is what that table returns.
 */
public enum AgencyOffice {
    BATKEN("agency-batken", "Batken"),
    CHUI("agency-chui", "Chüy"),
    JALAL_ABAD("agency-jalal-abad", "Jalal-Abad"),
    NARYN("agency-naryn", "Naryn"),
    OSH("agency-osh", "Osh"),
    TALAS("agency-talas", "Talas"),
    ISSYK_KUL("agency-issyk-kul", "Issyk-Kul"),
    BISHKEK("agency-bishkek", "Bishkek");

    private final String groupId;
    private final String place;

    AgencyOffice(String groupId, String place) {
        this.groupId = groupId;
        this.place = place;
    }

    public String groupId() {
        return groupId;
    }

    public String displayName() {
        return "OVOP agency, " + place + " office";
    }

    public static boolean isGroup(String groupId) {
        for (AgencyOffice office : values()) {
            if (office.groupId.equals(groupId)) {
                return true;
            }
        }
        return false;
    }
}
