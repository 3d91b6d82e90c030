package kg.ovop.certification;

/** Outcomes of agency screening; the names are the values the form writes and the gateway tests. */
public enum ScreeningDecision {
    accept, requestInformation, reject
}
