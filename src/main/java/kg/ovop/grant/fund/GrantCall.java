package kg.ovop.grant.fund;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import kg.ovop.web.Language;

/**
 * A call for grant applications and its rules. Empty category or region lists mean every one.
 * A call takes applications from its opening day to its closing day, unless closed early.
 */
public record GrantCall(long id, String code, String nameKy, String nameRu, String nameEn, Money fund, Money cap,
        int minContributionPercent, int minContributionRemotePercent, List<String> categories, List<String> regions,
        LocalDate opensOn, LocalDate closesOn, int passMark, Instant closedEarlyAt, String createdBy) {

    public String name(Language language) {
        return language.pick(nameKy, nameRu, nameEn);
    }

    public boolean isOpenOn(LocalDate day) {
        return closedEarlyAt == null && !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }

    public boolean admits(String category, String region) {
        return (categories.isEmpty() || categories.contains(category)) && (regions.isEmpty() || regions.contains(region));
    }

    /** The least own contribution, in percent of the whole project, for a place high in the mountains or on the border or not. */
    public int minContributionPercent(boolean remoteArea) {
        return remoteArea ? minContributionRemotePercent : minContributionPercent;
    }
}
