package kg.ovop.grant;

import java.util.Map;

/**
 * What a producer sends to apply ({@code POST /api/grants} and the portal): the call, the certified
 * product the project develops, the project and its budget. Amounts are som as text
 * ("150000" or "150000.50"); the budget's lines add up to the amount requested plus the own contribution.
 */
public record GrantRequest(String call, String certificate, String title, String description, String requested,
        String ownContribution, Map<String, String> budget, Integer jobsPlanned, Integer womenPlanned, Integer youthPlanned) {
}
