package cn.justice.mediation.committee;

import cn.justice.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommitteeRulesTest {
    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    static final LocalDate EST = LocalDate.of(2020, 5, 1);

    static void assertInvalid(Runnable r, String field) {
        assertThatThrownBy(r::run).isInstanceOfSatisfying(ProblemException.class, e -> {
            org.assertj.core.api.Assertions.assertThat(e.status()).isEqualTo(400);
            org.assertj.core.api.Assertions.assertThat(e.problem().errors.get(0).field()).isEqualTo(field);
        });
    }

    @Test
    void villageAndCommunityCommitteesNameTheirVillage() {
        assertInvalid(() -> CommitteeRules.checkVillage(CommitteeType.VILLAGE, null), "villageCode");
        assertInvalid(() -> CommitteeRules.checkVillage(CommitteeType.COMMUNITY, null), "villageCode");
        assertThatCode(() -> CommitteeRules.checkVillage(CommitteeType.VILLAGE, "519901101201")).doesNotThrowAnyException();
        for (CommitteeType t : new CommitteeType[]{CommitteeType.TOWNSHIP, CommitteeType.PROFESSIONAL,
                CommitteeType.POLICE_STATION, CommitteeType.COURT, CommitteeType.OTHER}) {
            assertThatCode(() -> CommitteeRules.checkVillage(t, null)).doesNotThrowAnyException();
        }
    }

    @Test
    void registerDatesAreNotInTheFutureAndFilingFollowsEstablishment() {
        assertThatCode(() -> CommitteeRules.checkRegisterDates(EST, EST, TODAY)).doesNotThrowAnyException();
        assertThatCode(() -> CommitteeRules.checkRegisterDates(TODAY, null, TODAY)).doesNotThrowAnyException();
        assertInvalid(() -> CommitteeRules.checkRegisterDates(TODAY.plusDays(1), null, TODAY), "establishedOn");
        assertInvalid(() -> CommitteeRules.checkRegisterDates(EST, EST.minusDays(1), TODAY), "filedOn");
        assertInvalid(() -> CommitteeRules.checkRegisterDates(EST, TODAY.plusDays(1), TODAY), "filedOn");
    }

    @Test
    void assessmentsFollowEstablishmentAndThePreviousAssessment() {
        assertThatCode(() -> CommitteeRules.checkAssessedOn(EST, TODAY, EST, null)).doesNotThrowAnyException();
        assertThatCode(() -> CommitteeRules.checkAssessedOn(TODAY, TODAY, EST, TODAY)).doesNotThrowAnyException();
        assertInvalid(() -> CommitteeRules.checkAssessedOn(EST.minusDays(1), TODAY, EST, null), "assessedOn");
        assertInvalid(() -> CommitteeRules.checkAssessedOn(TODAY.plusDays(1), TODAY, EST, null), "assessedOn");
        assertInvalid(() -> CommitteeRules.checkAssessedOn(LocalDate.of(2024, 1, 1), TODAY, EST, LocalDate.of(2025, 1, 1)),
                "assessedOn");
    }

    @Test
    void dissolutionFollowsEstablishmentAndTheLatestAssessment() {
        assertThatCode(() -> CommitteeRules.checkDissolvedOn(EST, TODAY, EST, null)).doesNotThrowAnyException();
        assertInvalid(() -> CommitteeRules.checkDissolvedOn(EST.minusDays(1), TODAY, EST, null), "dissolvedOn");
        assertInvalid(() -> CommitteeRules.checkDissolvedOn(TODAY.plusDays(1), TODAY, EST, null), "dissolvedOn");
        assertInvalid(() -> CommitteeRules.checkDissolvedOn(LocalDate.of(2024, 1, 1), TODAY, EST, LocalDate.of(2025, 1, 1)),
                "dissolvedOn");
    }

    @Test
    void aCorrectedEstablishmentDateStaysBeforeWhatFollowedIt() {
        LocalDate later = LocalDate.of(2023, 1, 1);
        assertThatCode(() -> CommitteeRules.checkEstablishedAgainst(EST, later, later, later)).doesNotThrowAnyException();
        assertThatCode(() -> CommitteeRules.checkEstablishedAgainst(EST, null, null, null)).doesNotThrowAnyException();
        assertInvalid(() -> CommitteeRules.checkEstablishedAgainst(later, EST, null, null), "establishedOn");
        assertInvalid(() -> CommitteeRules.checkEstablishedAgainst(later, null, EST, null), "establishedOn");
        assertInvalid(() -> CommitteeRules.checkEstablishedAgainst(later, null, null, EST), "establishedOn");
    }


    static void assertLaw(Runnable r, String rule, String article) {
        assertThatThrownBy(r::run).isInstanceOfSatisfying(ProblemException.class, e -> {
            org.assertj.core.api.Assertions.assertThat(e.status()).isEqualTo(422);
            org.assertj.core.api.Assertions.assertThat(e.problem().type).endsWith("/rule-violated");
            org.assertj.core.api.Assertions.assertThat(e.problem().extensions()).containsEntry("rule", rule);
            org.assertj.core.api.Assertions.assertThat(e.problem().detail).startsWith(article);
        });
    }

    /** 人民调解法第8条: 委员三至九人 — 2 and 10 are refused, 3 and 9 allowed. */
    @Test
    void aCommitteeHasThreeToNineMembers() {
        assertLaw(() -> CommitteeRules.checkComposition(2, 1, 1, true), "committee-member-count", "人民调解法第8条");
        assertLaw(() -> CommitteeRules.checkComposition(10, 1, 1, true), "committee-member-count", "人民调解法第8条");
        assertLaw(() -> CommitteeRules.checkComposition(0, null, null, true), "committee-member-count", "人民调解法第8条");
        assertThatCode(() -> CommitteeRules.checkComposition(3, 1, 1, true)).doesNotThrowAnyException();
        assertThatCode(() -> CommitteeRules.checkComposition(9, 1, 1, true)).doesNotThrowAnyException();
    }

    /** 人民调解法第8条: 应当有妇女成员 — at least one woman. */
    @Test
    void aCommitteeHasAWoman() {
        assertLaw(() -> CommitteeRules.checkComposition(5, 0, 1, true), "committee-women-members", "人民调解法第8条");
        assertThatCode(() -> CommitteeRules.checkComposition(5, 1, 1, true)).doesNotThrowAnyException();
        assertInvalid(() -> CommitteeRules.checkComposition(5, 6, 1, true), "womenMembers");
    }

    /** 人民调解法第8条: 多民族居住的地区应当有人数较少民族的成员 — only where the county is multi-ethnic. */
    @Test
    void aCommitteeOfAMultiEthnicCountyHasAMinorityMember() {
        assertLaw(() -> CommitteeRules.checkComposition(5, 1, 0, true), "committee-minority-members", "人民调解法第8条");
        assertThatCode(() -> CommitteeRules.checkComposition(5, 1, 0, false)).doesNotThrowAnyException();
        assertThatCode(() -> CommitteeRules.checkComposition(5, 1, 5, true)).doesNotThrowAnyException();
        assertInvalid(() -> CommitteeRules.checkComposition(5, 1, 6, true), "minorityMembers");
    }

    /** Committees registered before the rule: an unknown composition (null) is not refused. */
    @Test
    void anUnknownCompositionIsAllowed() {
        assertThatCode(() -> CommitteeRules.checkComposition(5, null, null, true)).doesNotThrowAnyException();
        assertThatCode(() -> CommitteeRules.checkComposition(5, 2, null, true)).doesNotThrowAnyException();
    }

    /** 人民调解法第9条: 每届任期三年 — the current term ends at most 3 years from today, after establishment. */
    @Test
    void aTermLastsThreeYears() {
        assertThatCode(() -> CommitteeRules.checkTermEndsOn(null, EST, TODAY)).doesNotThrowAnyException();
        assertThatCode(() -> CommitteeRules.checkTermEndsOn(TODAY.plusYears(3), EST, TODAY)).doesNotThrowAnyException();
        assertThatCode(() -> CommitteeRules.checkTermEndsOn(TODAY.minusDays(1), EST, TODAY)).doesNotThrowAnyException();
        assertLaw(() -> CommitteeRules.checkTermEndsOn(TODAY.plusYears(3).plusDays(1), EST, TODAY), "committee-term", "人民调解法第9条");
        assertInvalid(() -> CommitteeRules.checkTermEndsOn(EST, EST, TODAY), "termEndsOn");
    }
}
