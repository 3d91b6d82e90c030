package kg.ovop.certification;

/**
 * A decision to record: the stage, its outcome and what was said; scores only where the stage
 * gives them.
 */
public record Decision(String stage, String outcome, String details, Integer qualityScore, String labResult,
        Integer marketingScore, Integer communityScore, Integer stars, Boolean noConflictOfInterest, String decidedBy) {

    public static Decision of(String stage, String outcome, String details, String decidedBy) {
        return new Decision(stage, outcome, details, null, null, null, null, null, null, decidedBy);
    }
}
