package cn.justice.platform.org;

import cn.justice.platform.org.OrgUnit.Level;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static cn.justice.platform.problem.ProblemAssertions.invalidField;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class OrgDirectoryTest {
    private static final String COUNTY = "519901";
    private static final String CHENGGUAN = "519901100";
    private static final String JIMI = "519901101";

    private static OrgDirectory bundled;

    @BeforeAll
    static void loadBundled() {
        bundled = OrgDirectory.load(null);
    }

    private static OrgUnit county(String code) {
        return new OrgUnit(code, "县" + code, Level.COUNTY, null);
    }

    private static OrgUnit township(String code, String parent) {
        return new OrgUnit(code, "乡" + code, Level.TOWNSHIP, parent);
    }

    private static OrgUnit village(String code, String parent) {
        return new OrgUnit(code, "村" + code, Level.VILLAGE, parent);
    }

    /** A small valid directory followed by {@code extra}. */
    private static List<OrgUnit> smallDirectoryWith(OrgUnit... extra) {
        List<OrgUnit> units = new ArrayList<>(List.of(
                county("100001"),
                township("100001100", "100001"),
                village("100001100201", "100001100")));
        units.addAll(List.of(extra));
        return units;
    }

    // ---- the bundled directory ----

    @Test
    void bundledCountyIsX() {
        OrgUnit county = bundled.find(COUNTY);

        assertThat(county).isEqualTo(new OrgUnit(COUNTY, "X县", Level.COUNTY, null));
        assertThat(bundled.isCounty(COUNTY)).isTrue();
        assertThat(bundled.all()).filteredOn(u -> u.level() == Level.COUNTY).containsExactly(county);
    }

    @Test
    void bundledTownshipsAreExactlyTheSix() {
        assertThat(bundled.townships(COUNTY))
                .extracting(OrgUnit::code, OrgUnit::name, OrgUnit::level, OrgUnit::parentCode)
                .containsExactly(
                        tuple("519901100", "城关镇", Level.TOWNSHIP, COUNTY),
                        tuple("519901101", "吉米镇", Level.TOWNSHIP, COUNTY),
                        tuple("519901200", "新茶乡", Level.TOWNSHIP, COUNTY),
                        tuple("519901201", "沙岱乡", Level.TOWNSHIP, COUNTY),
                        tuple("519901202", "则拉乡", Level.TOWNSHIP, COUNTY),
                        tuple("519901203", "洛乌乡", Level.TOWNSHIP, COUNTY));
        assertThat(bundled.all()).filteredOn(u -> u.level() == Level.TOWNSHIP).hasSize(6);
    }

    @Test
    void eachTownshipHasOneCommunityAndFourToEightNumberedVillages() {
        for (OrgUnit township : bundled.townships(COUNTY)) {
            String t = township.code();
            List<String> codes = bundled.villages(t).stream().map(OrgUnit::code).toList();

            assertThat(codes).as(t).startsWith(t + "001");
            assertThat(codes).as(t).filteredOn(c -> c.substring(9).startsWith("0")).containsExactly(t + "001");
            List<String> villages = codes.subList(1, codes.size());
            assertThat(villages).as(t).hasSizeBetween(4, 8);
            for (int i = 0; i < villages.size(); i++) {
                assertThat(villages.get(i)).as(t).isEqualTo(t + (201 + i));
            }
            assertThat(bundled.children(t)).as("children are the villages of " + t)
                    .extracting(OrgUnit::code).containsExactlyElementsOf(codes);
        }
    }

    @Test
    void everyVillageCodeStartsWithItsParentTownship() {
        List<OrgUnit> villages = bundled.all().stream().filter(u -> u.level() == Level.VILLAGE).toList();

        assertThat(villages).isNotEmpty().allSatisfy(v -> {
            assertThat(v.code()).hasSize(12).startsWith(v.parentCode());
            assertThat(bundled.isTownship(v.parentCode())).as(v.code()).isTrue();
        });
        assertThat(bundled.villages(COUNTY)).containsExactlyElementsOf(villages);
    }

    @Test
    void everyCodeIsUniqueAndIsFoundByCode() {
        Map<String, Long> counts = bundled.all().stream().collect(Collectors.groupingBy(OrgUnit::code, Collectors.counting()));

        assertThat(counts.values()).containsOnly(1L);
        bundled.all().forEach(u -> assertThat(bundled.find(u.code())).isSameAs(u));
    }

    @Test
    void lookupsOfUnknownCodes() {
        assertThat(bundled.find(null)).isNull();
        assertThat(bundled.find("519901999")).isNull();
        assertThat(bundled.isTownship(COUNTY)).isFalse();
        assertThat(bundled.isCounty(CHENGGUAN)).isFalse();
        assertThat(bundled.isTownship("519901100201")).isFalse();
        assertThat(bundled.children("519901100201")).isEmpty();
    }

    @Test
    void countyOfAnyCode() {
        assertThat(bundled.countyOf("519901100201")).isEqualTo(COUNTY);
        assertThat(bundled.countyOf(CHENGGUAN)).isEqualTo(COUNTY);
        assertThat(bundled.countyOf(COUNTY)).isEqualTo(COUNTY);
        assertThat(bundled.countyOf("5199")).isNull();
        assertThat(bundled.countyOf(null)).isNull();
    }

    @Test
    void loadReadsAnotherFileWhenNamed(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("units.json");
        Files.writeString(file, """
                [{"code":"100001","name":"Y县","level":"COUNTY","parentCode":null},
                 {"code":"100001100","name":"Y镇","level":"TOWNSHIP","parentCode":"100001"}]
                """, StandardCharsets.UTF_8);

        OrgDirectory other = OrgDirectory.load(file.toString());

        assertThat(other.all()).extracting(OrgUnit::code).containsExactly("100001", "100001100");
        assertThat(other.find(COUNTY)).isNull();
    }

    // ---- require* checks ----

    @Test
    void requireTownshipReturnsTheUnit() {
        assertThat(bundled.requireTownship("townshipCode", JIMI).name()).isEqualTo("吉米镇");
    }

    @ParameterizedTest
    @ValueSource(strings = {"519901999", "519901", "519901100201", "519902100", ""})
    void requireTownshipRejectsUnknownOrOtherLevelCodes(String code) {
        // the rejected value is not echoed: a client may have put anything there, personal data included
        assertThat(invalidField(() -> bundled.requireTownship("townshipCode", code), "townshipCode"))
                .isEqualTo("unknown township code");
    }

    @Test
    void requireTownshipRejectsNull() {
        invalidField(() -> bundled.requireTownship("townshipCode", null), "townshipCode");
    }

    @Test
    void requireVillageOfAcceptsAVillageOfTheTownshipOrNone() {
        assertThatNoException().isThrownBy(() -> bundled.requireVillageOf("villageCode", "519901100201", CHENGGUAN));
        assertThatNoException().isThrownBy(() -> bundled.requireVillageOf("villageCode", "519901100001", CHENGGUAN));
        assertThatNoException().isThrownBy(() -> bundled.requireVillageOf("villageCode", null, CHENGGUAN));
    }

    @Test
    void requireVillageOfRejectsAVillageOfAnotherTownship() {
        String message = invalidField(() -> bundled.requireVillageOf("villageCode", "519901101201", CHENGGUAN), "villageCode");

        assertThat(message).contains("519901101201").contains("not in township " + CHENGGUAN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"519901100299", "519901100", "519901", "x"})
    void requireVillageOfRejectsUnknownVillages(String code) {
        assertThat(invalidField(() -> bundled.requireVillageOf("villageCode", code, CHENGGUAN), "villageCode"))
                .contains("unknown village");
    }

    @Test
    void requireCountyOrTownshipAcceptsBoth() {
        assertThat(bundled.requireCountyOrTownship("orgCode", COUNTY).level()).isEqualTo(Level.COUNTY);
        assertThat(bundled.requireCountyOrTownship("orgCode", CHENGGUAN).level()).isEqualTo(Level.TOWNSHIP);
    }

    @ParameterizedTest
    @ValueSource(strings = {"519901100201", "519902", "519901999", "51990"})
    void requireCountyOrTownshipRejectsVillagesAndUnknownCodes(String code) {
        invalidField(() -> bundled.requireCountyOrTownship("orgCode", code), "orgCode");
    }

    @Test
    void requireCountyOrTownshipRejectsNull() {
        invalidField(() -> bundled.requireCountyOrTownship("orgCode", null), "orgCode");
    }

    // ---- constructor checks ----

    @Test
    void constructorAcceptsAWellFormedDirectory() {
        OrgDirectory small = new OrgDirectory(smallDirectoryWith(village("100001100202", "100001100")));

        assertThat(small.villages("100001100")).hasSize(2);
        assertThat(small.all()).hasSize(4);
    }

    @Test
    void allIsImmutableAndACopy() {
        List<OrgUnit> units = smallDirectoryWith();
        OrgDirectory small = new OrgDirectory(units);
        units.clear();

        assertThat(small.all()).hasSize(3);
        assertThatThrownBy(() -> small.all().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"10000", "1000011", "10000A", "", "10 001"})
    void constructorRejectsMalformedCountyCodes(String code) {
        assertThatIllegalArgumentException().isThrownBy(() -> new OrgDirectory(List.of(county(code))));
    }

    @Test
    void constructorRejectsMalformedTownshipAndVillageCodes() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new OrgDirectory(smallDirectoryWith(township("10000110", "100001"))))
                .withMessageContaining("9-digit");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new OrgDirectory(smallDirectoryWith(township("10000110X", "100001"))));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new OrgDirectory(smallDirectoryWith(village("1000011002011", "100001100"))))
                .withMessageContaining("12-digit");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new OrgDirectory(List.of(new OrgUnit(null, "无", Level.COUNTY, null))));
    }

    @Test
    void constructorRejectsOrphanUnits() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new OrgDirectory(smallDirectoryWith(village("100001101201", "100001101"))))
                .withMessageContaining("100001101201");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new OrgDirectory(smallDirectoryWith(township("100002100", "100002"))));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new OrgDirectory(List.of(township("100001100", null))));
    }

    @Test
    void constructorRejectsAParentThatDoesNotPrefixTheCode() {
        assertThatIllegalArgumentException().isThrownBy(() -> new OrgDirectory(smallDirectoryWith(
                county("100002"), township("100001200", "100002"))));
    }

    @Test
    void constructorRejectsAChildListedBeforeItsParent() {
        assertThatIllegalArgumentException().isThrownBy(() -> new OrgDirectory(List.of(
                township("100001100", "100001"), county("100001"))));
    }

    @Test
    void constructorRejectsDuplicateCodes() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new OrgDirectory(smallDirectoryWith(village("100001100201", "100001100"))))
                .withMessageContaining("duplicate");
    }
}
