package kg.ovop.grant.fund;

import java.io.Serializable;
import java.util.List;

/**
 * What an administrator gives for a new call (the admin page and {@code POST /api/admin/grant-calls}).
 * Amounts are som as text ("1500000" or "1500000.50"), dates ISO; empty lists mean every category or region.
 * Serializable: a refused form goes back to the page through the session, which is kept in the database.
 */
public record CallRequest(String nameKy, String nameRu, String nameEn, String fund, String cap, Integer minContributionPercent,
        Integer minContributionRemotePercent, List<String> categories, List<String> regions, String opensOn, String closesOn,
        Integer passMark) implements Serializable {

    /** The programme's defaults (../shared/domain.md): 20 % own contribution, 10 % in remote areas, pass mark 56. */
    public static CallRequest defaults() {
        return new CallRequest("", "", "", "", "", 20, 10, List.of(), List.of(), "", "", 56);
    }
}
