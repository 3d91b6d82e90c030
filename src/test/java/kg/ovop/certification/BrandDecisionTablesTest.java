package kg.ovop.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The eligibility, rating and screening-office tables, rule by rule and at every boundary, without an engine. */
class BrandDecisionTablesTest {

    static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    static final DmnDecision ELIGIBILITY = parse("processes/brand-eligibility.dmn", BrandCertification.ELIGIBILITY_DECISION);
    static final DmnDecision RATING = parse("processes/brand-rating.dmn", BrandCertification.RATING_DECISION);
    static final DmnDecision OFFICE = parse("processes/screening-office.dmn", ScreeningOffices.DECISION);

    static DmnDecision parse(String resource, String key) {
        try (InputStream in = BrandDecisionTablesTest.class.getClassLoader().getResourceAsStream(resource)) {
            return DMN.parseDecision(key, in);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> eligible() {
        Map<String, Object> in = new HashMap<>();
        in.put("registeredBusiness", true);
        in.put("category", "food");
        in.put("localRawMaterialShare", 80);
        in.put("hasConformityDocument", true);
        in.put("hasValidCertificate", false);
        in.put("matchesVillageSpecialisation", true);
        in.put("inWaitingPeriod", false);
        return in;
    }

    @Test
    void aSuspendedOrRevokedHolderWaitsThePeriod() {
        Map<String, Object> in = eligible();
        in.put("inWaitingPeriod", true);
        assertThat(findings(in)).containsExactly("ineligible:waiting-period");
    }

    static List<String> findings(Map<String, Object> variables) {
        return DMN.evaluateDecisionTable(ELIGIBILITY, variables).getResultList().stream()
                .map(row -> row.get("outcome") + ":" + row.get("reason")).toList();
    }

    @Test
    void aCompleteApplicationHasNoFindings() {
        assertThat(findings(eligible())).isEmpty();
    }

    @Test
    void unregisteredProducerNeedsAManualCheck() {
        Map<String, Object> in = eligible();
        in.put("registeredBusiness", false);
        assertThat(findings(in)).containsExactly("manualCheck:producer-not-registered");
    }

    @ParameterizedTest
    @CsvSource({"food, 0", "beverages, 0", "textiles-felt, 0", "crafts-souvenirs, 0", "herbal-cosmetic, 0", "tobacco, 1"})
    void onlyCategoriesOnTheOvopList(String category, int findings) {
        Map<String, Object> in = eligible();
        in.put("category", category);
        assertThat(findings(in)).hasSize(findings).allMatch(f -> f.equals("ineligible:category-not-on-list"));
    }

    @ParameterizedTest
    @CsvSource({"0, 1", "49, 1", "50, 0", "100, 0"})
    void atLeastHalfLocalRawMaterials(int share, int findings) {
        Map<String, Object> in = eligible();
        in.put("localRawMaterialShare", share);
        assertThat(findings(in)).hasSize(findings).allMatch(f -> f.equals("ineligible:local-share-too-low"));
    }

    @Test
    void conformityDocumentRequired() {
        Map<String, Object> in = eligible();
        in.put("hasConformityDocument", false);
        assertThat(findings(in)).containsExactly("ineligible:no-conformity-document");
    }

    @Test
    void noSecondCertificateForTheSameProduct() {
        Map<String, Object> in = eligible();
        in.put("hasValidCertificate", true);
        assertThat(findings(in)).containsExactly("ineligible:already-certified");
    }

    @Test
    void otherThanTheVillageSpecialisationIsOnlyFlagged() {
        Map<String, Object> in = eligible();
        in.put("matchesVillageSpecialisation", false);
        assertThat(findings(in)).containsExactly("flag:differs-from-village-specialisation");
    }

    @Test
    void everyReasonIsReportedTogether() {
        Map<String, Object> in = eligible();
        in.put("localRawMaterialShare", 10);
        in.put("hasConformityDocument", false);
        in.put("registeredBusiness", false);
        assertThat(findings(in)).containsExactlyInAnyOrder("manualCheck:producer-not-registered",
                "ineligible:local-share-too-low", "ineligible:no-conformity-document");
    }

    static int stars(String lab, int quality, int marketing, int community, boolean womenLed, boolean youthLed,
            boolean highMountain) {
        Map<String, Object> in = new HashMap<>();
        in.put("labResult", lab);
        in.put("qualityScore", quality);
        in.put("marketingScore", marketing);
        in.put("communityScore", community);
        in.put("womenLed", womenLed);
        in.put("youthLed", youthLed);
        in.put("highMountain", highMountain);
        return ((Number) DMN.evaluateDecision(RATING, in).getSingleEntry()).intValue();
    }

    @ParameterizedTest(name = "total {0} -> {1} stars")
    @CsvSource({"0, 0", "49, 0", "50, 3", "69, 3", "70, 4", "89, 4", "90, 5", "100, 5"})
    void starsByTotalAtEveryBoundary(int total, int stars) {
        int quality = Math.min(45, total);
        int marketing = Math.min(25, total - quality);
        int community = total - quality - marketing;
        assertThat(stars("pass", quality, marketing, community, false, false, false)).isEqualTo(stars);
    }

    @Test
    void aFailedLabResultIsNeverRecommended() {
        assertThat(stars("fail", 45, 25, 30, true, true, true)).isZero();
    }

    @ParameterizedTest(name = "47 + women {0}, youth {1}, mountain {2} -> {3} stars")
    @CsvSource({"false, false, false, 0", "true, false, false, 3", "false, true, false, 0", "false, true, true, 3",
            "false, false, true, 3", "true, true, true, 3"})
    void bonusPointsLiftAnApplicationOverTheMark(boolean women, boolean youth, boolean mountain, int stars) {
        // 47 + 3 (women) = 50; + 2 (youth) = 49; + 2 + 3 (mountain) = 52
        assertThat(stars("pass", 30, 10, 7, women, youth, mountain)).isEqualTo(stars);
    }

    @Test
    void bonusPointsAddUp() {
        // 82 + 3 + 2 + 3 = 90
        assertThat(stars("pass", 40, 20, 22, true, true, true)).isEqualTo(5);
        assertThat(stars("pass", 40, 20, 22, true, true, false)).isEqualTo(4);
    }

    @ParameterizedTest(name = "{0} is screened by {1}")
    @CsvSource({"KG-B, agency-batken", "KG-C, agency-chui", "KG-J, agency-jalal-abad", "KG-N, agency-naryn",
            "KG-O, agency-osh", "KG-GO, agency-osh", "KG-T, agency-talas", "KG-Y, agency-issyk-kul", "KG-GB, agency-bishkek"})
    void eachRegionIsScreenedByItsOffice(String region, String office) {
        assertThat((String) DMN.evaluateDecisionTable(OFFICE, Map.of("regionCode", region)).getSingleResult().getSingleEntry())
                .isEqualTo(office);
        assertThat(AgencyOffice.isGroup(office)).as("an office group the application creates").isTrue();
    }

    @Test
    void aRegionNoRuleNamesHasNoOffice() {
        assertThat(DMN.evaluateDecisionTable(OFFICE, Map.of("regionCode", "KG-XX")).getResultList()).isEmpty();
    }
}
