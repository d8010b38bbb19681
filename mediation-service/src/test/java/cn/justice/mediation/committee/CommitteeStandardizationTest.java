package cn.justice.mediation.committee;

import cn.justice.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The 规范化 checklist is data, and an assessment is judged against it. */
class CommitteeStandardizationTest {
    static final List<String> CODES = List.of("NAME_PLATE", "PREMISES", "RULES_DISPLAYED", "MIN_THREE_MEMBERS",
            "CASE_FILES_COMPLETE", "FILED_WITH_BUREAU");
    final StandardizationCriteria criteria = StandardizationCriteria.load(null);

    static Map<String, Boolean> all(boolean met) {
        Map<String, Boolean> m = new LinkedHashMap<>();
        CODES.forEach(c -> m.put(c, met));
        return m;
    }

    @Test
    void theBundledChecklistHasTheSixCriteriaWithChineseAndEnglishLabels() {
        assertThat(criteria.all()).extracting(StandardizationCriteria.Criterion::code).containsExactlyElementsOf(CODES);
        assertThat(criteria.all()).filteredOn(c -> c.code().equals("NAME_PLATE")).singleElement()
                .satisfies(c -> {
                    assertThat(c.nameZh()).isEqualTo("有标牌");
                    assertThat(c.nameEn()).isNotBlank();
                });
        assertThat(criteria.all()).filteredOn(c -> c.code().equals("FILED_WITH_BUREAU"))
                .extracting(StandardizationCriteria.Criterion::nameZh).containsExactly("已备案");
    }

    @Test
    void standardizedWhenEveryCriterionIsMet() {
        StandardizationCriteria.Evaluation e = criteria.evaluate(all(true));
        assertThat(e.standardized()).isTrue();
        assertThat(e.unmet()).isEmpty();
        assertThat(e.results()).hasSize(6).allMatch(Committee.CriterionResult::met);
    }

    @Test
    void oneUnmetCriterionIsEnoughToFail() {
        Map<String, Boolean> m = all(true);
        m.put("CASE_FILES_COMPLETE", false);
        StandardizationCriteria.Evaluation e = criteria.evaluate(m);
        assertThat(e.standardized()).isFalse();
        assertThat(e.unmet()).containsExactly("CASE_FILES_COMPLETE");
    }

    @Test
    void missingCriteriaCountAsUnmetAndTheResultListsTheWholeChecklistInOrder() {
        StandardizationCriteria.Evaluation e = criteria.evaluate(Map.of("PREMISES", true, "NAME_PLATE", true));
        assertThat(e.standardized()).isFalse();
        assertThat(e.results()).extracting(Committee.CriterionResult::code).containsExactlyElementsOf(CODES);
        assertThat(e.unmet()).containsExactly("RULES_DISPLAYED", "MIN_THREE_MEMBERS", "CASE_FILES_COMPLETE",
                "FILED_WITH_BUREAU");
        assertThat(criteria.evaluate(Map.of()).standardized()).isFalse();
        assertThat(criteria.evaluate(null).unmet()).hasSize(6);
    }

    @Test
    void unknownCodesAndMissingValuesAre400NamingEachField() {
        Map<String, Boolean> m = all(true);
        m.put("FREE_TEA", true);
        m.put("PREMISES", null);
        assertThatThrownBy(() -> criteria.evaluate(m)).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.problem().errors).extracting(f -> f.field())
                    .containsExactlyInAnyOrder("criteria.FREE_TEA", "criteria.PREMISES");
        });
    }

    @Test
    void aChecklistFileCanReplaceTheBundledOne(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path f = dir.resolve("criteria.json");
        Files.writeString(f, "{\"criteria\":[{\"code\":\"ONLY_ONE\",\"nameZh\":\"唯一\",\"nameEn\":\"The only one\"}]}");
        StandardizationCriteria custom = StandardizationCriteria.load(f.toString());
        assertThat(custom.evaluate(Map.of("ONLY_ONE", true)).standardized()).isTrue();
        assertThatThrownBy(() -> custom.evaluate(Map.of("NAME_PLATE", true))).isInstanceOf(ProblemException.class);
    }

    @Test
    void aBrokenChecklistIsRefusedAtStart() {
        var ok = new StandardizationCriteria.Criterion("A", "甲", "A");
        assertThatThrownBy(() -> new StandardizationCriteria(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StandardizationCriteria(List.of(ok, ok))).hasMessageContaining("duplicate");
        assertThatThrownBy(() -> new StandardizationCriteria(List.of(new StandardizationCriteria.Criterion("a b", "甲", "A"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StandardizationCriteria(List.of(new StandardizationCriteria.Criterion("B", "", "B"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void storedResultsReadBackAsAMapInTheirOrder() {
        var results = criteria.evaluate(Map.of("NAME_PLATE", true)).results();
        assertThat(StandardizationCriteria.asMap(results).keySet()).containsExactlyElementsOf(CODES);
        assertThat(StandardizationCriteria.asMap(results)).containsEntry("NAME_PLATE", true).containsEntry("PREMISES", false);
        assertThat(StandardizationCriteria.asMap(null)).isEmpty();
    }
}
