package cn.justice.legalaid.application;

import cn.justice.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of 法律援助法 (2021) that DESIGN §10.2 adds, as plain rules: one test per rule and boundary. */
class LegalAidLawRulesTest {
    static Provider lawyer(Integer years) {
        return new Provider(ProviderKind.LAWYER, "李律师", "X县正义律师事务所", years);
    }

    static void violates(Runnable r, String rule, String article) {
        assertThatThrownBy(r::run).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.status()).isEqualTo(422);
            assertThat(e.problem().detail).startsWith("法律援助法" + article);
            assertThat(e.problem().type).endsWith("/rule-violated");
        });
    }

    @Test
    void criminalDefenceIsAssignedToALawyerOnly_art25() {
        Provider staff = new Provider(ProviderKind.LEGAL_AID_STAFF, "钱援助", "X县法律援助中心", null);
        violates(() -> ApplicationRules.checkProvider(CaseType.CRIMINAL_DEFENSE, ApplicationChannel.WALK_IN, false, null,
                staff), "defence-by-lawyer", "第25条");
        violates(() -> ApplicationRules.checkProvider(CaseType.CRIMINAL_VICTIM, ApplicationChannel.AUTHORITY_NOTICE, false,
                null, staff), "defence-by-lawyer", "第25条");
        ApplicationRules.checkProvider(CaseType.CRIMINAL_DEFENSE, ApplicationChannel.WALK_IN, false, null, lawyer(null));
        ApplicationRules.checkProvider(CaseType.CIVIL, ApplicationChannel.WALK_IN, false, null, staff);
    }

    @Test
    void aPossibleLifeOrDeathSentenceNeedsALawyerWithThreeYears_art26() {
        violates(() -> ApplicationRules.checkProvider(CaseType.CRIMINAL_DEFENSE, ApplicationChannel.WALK_IN, true, null,
                lawyer(2)), "life-or-death-lawyer", "第26条");
        violates(() -> ApplicationRules.checkProvider(CaseType.CRIMINAL_DEFENSE, ApplicationChannel.WALK_IN, true, null,
                lawyer(null)), "life-or-death-lawyer", "第26条");
        ApplicationRules.checkProvider(CaseType.CRIMINAL_DEFENSE, ApplicationChannel.WALK_IN, true, null, lawyer(3));
        // 死刑复核 and the 第25条 ground of a life or death sentence need the same
        violates(() -> ApplicationRules.checkProvider(CaseType.CRIMINAL_DEFENSE, ApplicationChannel.AUTHORITY_NOTICE, false,
                MandatoryDefenseGround.DEATH_PENALTY_REVIEW, lawyer(2)), "life-or-death-lawyer", "第26条");
        violates(() -> ApplicationRules.checkProvider(CaseType.CRIMINAL_DEFENSE, ApplicationChannel.WALK_IN, false,
                MandatoryDefenseGround.LIFE_OR_DEATH_SENTENCE, lawyer(2)), "life-or-death-lawyer", "第26条");
        ApplicationRules.checkProvider(CaseType.CRIMINAL_DEFENSE, ApplicationChannel.WALK_IN, false,
                MandatoryDefenseGround.MINOR, lawyer(0));
    }

    @Test
    void compulsoryTreatmentIsAMandatoryGround_art28() {
        var r = Eligibility.evaluate(new Eligibility.Facts(CaseType.CRIMINAL_DEFENSE, Matter.CRIMINAL,
                java.util.EnumSet.noneOf(ApplicantGroup.class), false, false, MandatoryDefenseGround.COMPULSORY_TREATMENT,
                ApplicationChannel.WALK_IN, EconomicHardship.NOT_CLAIMED));
        assertThat(r.eligible()).isTrue();
        assertThat(r.basis()).extracting(Eligibility.Basis::article).contains("第28条");
        assertThat(r.basis()).extracting(Eligibility.Basis::effect).contains(Eligibility.Effect.MANDATORY);
    }

    @Test
    void materialsAreRequestedOnceAllAtOnce_art43() {
        ApplicationRules.checkFirstMaterialsRequest(java.util.List.of(), ApplicationStatus.UNDER_REVIEW);
        var first = new MaterialRequest(java.util.List.of("劳动合同"), java.time.LocalDate.parse("2025-03-04"),
                java.time.LocalDate.parse("2025-03-09"), java.time.LocalDate.parse("2025-03-19"));
        assertThatThrownBy(() -> ApplicationRules.checkFirstMaterialsRequest(java.util.List.of(first), ApplicationStatus.UNDER_REVIEW))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.problem().detail).startsWith("法律援助法第43条");
                });
    }

    @Test
    void materialsAreDueFifteenDaysAfterTheRequestAndADayPastIsDeemedWithdrawn_art43() {
        var on = java.time.LocalDate.parse("2025-03-04");
        assertThat(ApplicationRules.materialsDueOn(on, null, 15)).isEqualTo("2025-03-19");
        assertThat(ApplicationRules.materialsDueOn(on, java.time.LocalDate.parse("2025-03-10"), 15)).isEqualTo("2025-03-10");
        assertThatThrownBy(() -> ApplicationRules.materialsDueOn(on, on, 15)).isInstanceOf(ProblemException.class);
        var due = java.time.LocalDate.parse("2025-03-19");
        assertThat(ApplicationRules.deemedWithdrawn(due, due)).isFalse();
        assertThat(ApplicationRules.deemedWithdrawn(due, due.plusDays(1))).isTrue();
        ApplicationRules.checkMaterialsInTime(due, due);
        violates(() -> ApplicationRules.checkMaterialsInTime(due.plusDays(1), due), "materials-due", "第43条");
    }

    @Test
    void emergencyAidNeedsItsGround_art44() {
        violates(() -> ApplicationRules.checkEmergency(true, null), "emergency-ground", "第44条");
        for (EmergencyGround g : EmergencyGround.values()) {
            ApplicationRules.checkEmergency(true, g);
        }
        ApplicationRules.checkEmergency(false, null);
        assertThatThrownBy(() -> ApplicationRules.checkEmergency(false, EmergencyGround.PRESERVATION_NEEDED))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(400));
    }

    @Test
    void objectionsAreDecidedWithinFiveDaysAndCorrectedReopens_art49() {
        var on = java.time.LocalDate.parse("2025-03-04");
        assertThat(ApplicationRules.objectionDueOn(on)).isEqualTo("2025-03-09");
        assertThat(ApplicationLifecycle.afterObjection(false, ObjectionResult.UPHELD)).isEqualTo(ApplicationStatus.DENIED);
        assertThat(ApplicationLifecycle.afterObjection(false, ObjectionResult.CORRECTED)).isEqualTo(ApplicationStatus.UNDER_REVIEW);
        assertThat(ApplicationLifecycle.afterObjection(true, ObjectionResult.UPHELD)).isEqualTo(ApplicationStatus.TERMINATED);
        assertThat(ApplicationLifecycle.afterObjection(true, ObjectionResult.CORRECTED)).isEqualTo(ApplicationStatus.ASSIGNED);
        assertThat(ApplicationLifecycle.apply(ApplicationLifecycle.OBJECT, ApplicationStatus.DENIED, true)).isEqualTo(ApplicationStatus.OBJECTED);
        assertThat(ApplicationLifecycle.apply(ApplicationLifecycle.OBJECT, ApplicationStatus.TERMINATED, true)).isEqualTo(ApplicationStatus.OBJECTED);
        assertThatThrownBy(() -> ApplicationLifecycle.apply(ApplicationLifecycle.OBJECT, ApplicationStatus.GRANTED, true))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(409));
        ApplicationRules.checkObjectionOpen(null, null);
        ApplicationRules.checkObjectionOpen(ObjectionResult.CORRECTED, on);
        assertThatThrownBy(() -> ApplicationRules.checkObjectionOpen(ObjectionResult.UPHELD, on))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().detail).startsWith("法律援助法第49条"));
        Application a = new Application();
        a.status = ApplicationStatus.OBJECTED;
        a.objectionDueOn = java.time.LocalDate.parse("2025-03-09");
        assertThat(a.objectionOverdue(java.time.LocalDate.parse("2025-03-09"))).isFalse();
        assertThat(a.objectionOverdue(java.time.LocalDate.parse("2025-03-10"))).isTrue();
    }

    @Test
    void aidIsTerminatedOnlyFromAGrantedAssignment_art48() {
        assertThat(TerminationGround.values()).hasSize(7);
        assertThat(ApplicationLifecycle.apply(ApplicationLifecycle.TERMINATE_AID, ApplicationStatus.ASSIGNED, true))
                .isEqualTo(ApplicationStatus.TERMINATED);
        assertThatThrownBy(() -> ApplicationLifecycle.apply(ApplicationLifecycle.TERMINATE_AID, ApplicationStatus.GRANTED, true))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(409));
        assertThatThrownBy(() -> ApplicationLifecycle.apply(ApplicationLifecycle.TERMINATE_AID, ApplicationStatus.ASSIGNED, false))
                .isInstanceOf(ProblemException.class);
    }

    @Test
    void aPersonalPledgeEstablishesHardship_art41() {
        var groups = java.util.EnumSet.noneOf(ApplicantGroup.class);
        var pledged = Eligibility.evaluate(new Eligibility.Facts(CaseType.CIVIL, Matter.SUPPORT_PAYMENTS, groups, false, false,
                null, ApplicationChannel.WALK_IN, EconomicHardship.PLEDGED));
        assertThat(pledged.eligible()).isTrue();
        assertThat(pledged.explanation()).contains("第41条");
        var claimed = Eligibility.evaluate(new Eligibility.Facts(CaseType.CIVIL, Matter.SUPPORT_PAYMENTS, groups, false, false,
                null, ApplicationChannel.WALK_IN, EconomicHardship.CLAIMED));
        assertThat(claimed.eligible()).isFalse();
        var outOfScope = Eligibility.evaluate(new Eligibility.Facts(CaseType.CIVIL, Matter.OTHER, groups, false, false,
                null, ApplicationChannel.WALK_IN, EconomicHardship.PLEDGED));
        assertThat(outOfScope.eligible()).isFalse();
    }

    @Test
    void assignmentIsDueThreeDaysAfterTheDecision_art43() {
        var decided = java.time.LocalDate.parse("2025-03-05");
        var due = ApplicationRules.assignmentDueOn(decided);
        assertThat(due).isEqualTo("2025-03-08");
        assertThat(ApplicationRules.assignedWithinDeadline(decided, decided.plusDays(3))).isTrue();
        assertThat(ApplicationRules.assignedWithinDeadline(decided, decided.plusDays(4))).isFalse();
        assertThat(ApplicationRules.assignmentOverdue(ApplicationStatus.GRANTED, due, decided.plusDays(3))).isFalse();
        assertThat(ApplicationRules.assignmentOverdue(ApplicationStatus.GRANTED, due, decided.plusDays(4))).isTrue();
        assertThat(ApplicationRules.assignmentOverdue(ApplicationStatus.ASSIGNED, due, decided.plusDays(4))).isFalse();
    }
}
