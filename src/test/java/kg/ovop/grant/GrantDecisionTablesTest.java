package kg.ovop.grant;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The grant eligibility, scoring and tranche tables, rule by rule and at every boundary, without an engine. */
class GrantDecisionTablesTest {

    static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    static final DmnDecision ELIGIBILITY = parse("processes/grant-eligibility.dmn", "grant-eligibility");
    static final DmnDecision SCORING = parse("processes/grant-scoring.dmn", "grant-scoring");
    static final DmnDecision TRANCHES = parse("processes/grant-tranches.dmn", "grant-tranches");

    static DmnDecision parse(String resource, String key) {
        try (InputStream in = GrantDecisionTablesTest.class.getClassLoader().getResourceAsStream(resource)) {
            return DMN.parseDecision(key, in);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> eligible() {
        Map<String, Object> in = new HashMap<>();
        in.put("callOpen", true);
        in.put("withinCap", true);
        in.put("ownContributionPercent", 25.0);
        in.put("minimumContributionPercent", 20);
        in.put("administrationPercent", 10.0);
        in.put("producerCertified", true);
        in.put("admittedByCall", true);
        return in;
    }

    static List<Object> reasons(Map<String, Object> in) {
        return DMN.evaluateDecisionTable(ELIGIBILITY, in).getResultList().stream().map(row -> row.get("reason")).toList();
    }

    @Test
    void aGoodApplicationHasNoReason() {
        assertThat(reasons(eligible())).isEmpty();
    }

    @ParameterizedTest(name = "{0} = {1} -> {2}")
    @CsvSource({"callOpen, false, call-closed", "withinCap, false, above-cap", "producerCertified, false, not-certified",
            "admittedByCall, false, not-admitted-by-call"})
    void eachConditionHasItsReason(String input, boolean value, String reason) {
        Map<String, Object> in = eligible();
        in.put(input, value);
        assertThat(reasons(in)).containsExactly(reason);
    }

    @ParameterizedTest(name = "own {0} % against a minimum of {1} % -> {2}")
    @CsvSource({"20.0, 20, true", "19.99, 20, false", "10.0, 10, true", "9.99, 10, false", "0.0, 0, true"})
    void theOwnContributionMeetsTheMinimumOfItsArea(double own, int minimum, boolean eligible) {
        Map<String, Object> in = eligible();
        in.put("ownContributionPercent", own);
        in.put("minimumContributionPercent", minimum);
        assertThat(reasons(in)).isEqualTo(eligible ? List.of() : List.of("own-contribution-too-low"));
    }

    @ParameterizedTest(name = "administration {0} % -> eligible {1}")
    @CsvSource({"20.0, true", "20.01, false", "0.0, true"})
    void administrationIsAtMostTwentyPercent(double administration, boolean eligible) {
        Map<String, Object> in = eligible();
        in.put("administrationPercent", administration);
        assertThat(reasons(in)).isEqualTo(eligible ? List.of() : List.of("administration-above-limit"));
    }

    @Test
    void everyReasonIsGivenAtOnce() {
        Map<String, Object> in = eligible();
        in.put("callOpen", false);
        in.put("ownContributionPercent", 5.0);
        in.put("administrationPercent", 30.0);
        assertThat(reasons(in)).containsExactly("call-closed", "own-contribution-too-low", "administration-above-limit");
    }

    static DmnDecisionRuleResult score(int feasibility, int market, int passMark) {
        return DMN.evaluateDecisionTable(SCORING, Map.of("feasibilityScore", feasibility, "marketScore", market, "passMark", passMark))
                .getSingleResult();
    }

    @ParameterizedTest(name = "feasibility {0}, market {1}, pass mark {2} -> {3} {4} {5}")
    @CsvSource({
            "60, 50, 56, 56, true, recommended", // 36 + 20 = 56: at the mark
            "60, 49, 56, 55, false, below-pass-mark", // 36 + 19.6 = 55.6 (shown rounded down)
            "40, 100, 56, 64, true, recommended", // the feasibility gate is passed at 40
            "39, 100, 56, 63, false, feasibility-below-minimum", // 63.4 would pass, but the project cannot be carried out
            "100, 100, 100, 100, true, recommended",
            "0, 0, 0, 0, false, feasibility-below-minimum"})
    void theWeightedTotalMeetsThePassMarkAfterTheFeasibilityGate(int feasibility, int market, int passMark, int total,
            boolean recommended, String reason) {
        DmnDecisionRuleResult result = score(feasibility, market, passMark);
        assertThat(((Number) result.get("totalScore")).intValue()).isEqualTo(total);
        assertThat(result.<Boolean>get("recommended")).isEqualTo(recommended);
        assertThat(result.<String>get("reason")).isEqualTo(reason);
    }

    static List<String> plan(double approvedSom) {
        return DMN.evaluateDecisionTable(TRANCHES, Map.of("approvedSom", approvedSom)).getResultList().stream()
                .map(row -> row.get("tranche") + ":" + row.get("percent") + ":" + row.get("after")).toList();
    }

    @Test
    void smallGrantsArePaidInTwoTranchesLargerOnesInThree() {
        assertThat(plan(150_000)).containsExactly("1:70:signing", "2:30:final-report");
        assertThat(plan(150_000.01)).containsExactly("1:50:signing", "2:30:progress-report", "3:20:final-report");
        assertThat(plan(1_000)).hasSize(2);
    }

    @ParameterizedTest
    @CsvSource({"1000", "150000", "150000.01", "2500000"})
    void everyPlanAddsUpToTheWholeGrant(double approvedSom) {
        int total = DMN.evaluateDecisionTable(TRANCHES, Map.of("approvedSom", approvedSom)).getResultList().stream()
                .mapToInt(row -> ((Number) row.get("percent")).intValue()).sum();
        assertThat(total).isEqualTo(100);
    }
}
