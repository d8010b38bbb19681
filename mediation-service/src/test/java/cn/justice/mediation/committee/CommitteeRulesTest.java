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

}
