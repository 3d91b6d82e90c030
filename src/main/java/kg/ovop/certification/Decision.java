package kg.ovop.certification;

/**
 * A decision to record: the stage, its outcome and what was said; scores only where the stage
 * gives them.
 */
public record Decision(String stage, String outcome, String details, Integer qualityScore, String labResult,
        Integer marketingScore, Integer communityScore, Integer stars, Boolean noConflictOfInterest, String decidedBy) {

    /** The stage under which conflict-of-interest declarations are kept: the outcome names the step declined. */
    public static final String CONFLICT_OF_INTEREST = "conflict-of-interest";

    public static Decision conflict(String declinedStage, String reason, String user) {
        return new Decision(CONFLICT_OF_INTEREST, declinedStage, reason, null, null, null, null, null, false, user);
    }

    public static Decision of(String stage, String outcome, String details, String decidedBy) {
        return new Decision(stage, outcome, details, null, null, null, null, null, null, decidedBy);
    }
}
