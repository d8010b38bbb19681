package cn.justice.platform;

import cn.justice.platform.events.CloudEventCodec;
import cn.justice.platform.org.OrgDirectory;
import cn.justice.platform.org.OrgUnit;
import cn.justice.platform.personal.IdNumbers;
import cn.justice.platform.problem.ProblemAssertions;
import cn.justice.platform.web.PageRequest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Defects found by review, each pinned by a test. */
class RegressionTest {
    @Test
    void fullWidthDigitsAreNotAValidIdNumber() {
        assertThat(IdNumbers.isValid("１１０１０５194912310026")).isFalse();
        assertThat(IdNumbers.isValid("11010519491231002X")).isTrue();
    }

    @Test
    void orgDirectoryRejectsFullWidthCodesAndWrongParentLevels() {
        OrgUnit county = new OrgUnit("519901", "X县", OrgUnit.Level.COUNTY, null);
        OrgUnit town = new OrgUnit("519901100", "城关镇", OrgUnit.Level.TOWNSHIP, "519901");
        assertThatThrownBy(() -> new OrgDirectory(List.of(new OrgUnit("５１９９０１", "X县", OrgUnit.Level.COUNTY, null))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OrgDirectory(List.of(county, town,
                new OrgUnit("519901100201", "村", OrgUnit.Level.VILLAGE, "519901"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OrgDirectory(List.of(new OrgUnit("519901", "X县", OrgUnit.Level.COUNTY, "510000"))))
                .isInstanceOf(IllegalArgumentException.class);
        OrgDirectory ok = new OrgDirectory(List.of(county, town));
        ProblemAssertions.problemOf(() -> ok.requireVillageOf("villageCode", "519901100201", null), 400);
    }

    @Test
    void aHugePageNumberIsA400NotAnOverflow() {
        ProblemAssertions.problemOf(() -> PageRequest.of(Integer.MAX_VALUE, 200, null, Map.of("id", "id"), false), 400);
    }

    @Test
    void anEventTypeWithoutServiceAggregateAndVerbIsRejected() {
        assertThatThrownBy(() -> CloudEventCodec.fromJson(
                "{\"specversion\":\"1.0\",\"id\":\"6a1f3d1c-6f7e-4a52-9d55-0c4d2b1e9a10\",\"type\":\"ping\",\"subject\":\"x\"}"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
