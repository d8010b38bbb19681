package cn.justice.legalaid.application;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The eligibility rules of the 法律援助法, one article at a time, and how they combine with economic hardship. */
class EligibilityTest {

    private static Eligibility.Facts facts(CaseType type, Matter matter, EconomicHardship hardship, ApplicantGroup... groups) {
        Set<ApplicantGroup> g = EnumSet.noneOf(ApplicantGroup.class);
        g.addAll(java.util.List.of(groups));
        return new Eligibility.Facts(type, matter, g, false, false, null, ApplicationChannel.WALK_IN, hardship);
    }

    private static Eligibility.Facts with(Eligibility.Facts f, boolean noFixedIncome, boolean retrialAcquittal,
                                          MandatoryDefenseGround ground, ApplicationChannel channel) {
        return new Eligibility.Facts(f.caseType(), f.matter(), f.groups(), noFixedIncome, retrialAcquittal, ground, channel,
                f.economicHardship());
    }

    private static java.util.List<String> rules(Eligibility.Result r) {
        return r.basis().stream().map(Eligibility.Basis::rule).toList();
    }

    // 第31条: every item of the matter list is in scope for civil/administrative cases, with verified hardship

    @ParameterizedTest
    @CsvSource({
            "STATE_COMPENSATION, ART31_STATE_COMPENSATION, 第31条第一项",
            "SOCIAL_INSURANCE, ART31_SOCIAL_INSURANCE, 第31条第二项",
            "SOCIAL_ASSISTANCE, ART31_SOCIAL_ASSISTANCE, 第31条第二项",
            "PENSION_COMPENSATION, ART31_PENSION_COMPENSATION, 第31条第三项",
            "SUPPORT_PAYMENTS, ART31_SUPPORT_PAYMENTS, 第31条第四项",
            "LABOR_RELATION_PAY, ART31_LABOR_RELATION_PAY, 第31条第五项",
            "CAPACITY_DECLARATION, ART31_CAPACITY_DECLARATION, 第31条第六项",
            "WORK_INJURY_DAMAGES, ART31_WORK_INJURY_DAMAGES, 第31条第七项",
            "TRAFFIC_ACCIDENT_DAMAGES, ART31_TRAFFIC_ACCIDENT_DAMAGES, 第31条第七项",
            "FOOD_DRUG_DAMAGES, ART31_FOOD_DRUG_DAMAGES, 第31条第七项",
            "MEDICAL_DAMAGES, ART31_MEDICAL_DAMAGES, 第31条第七项",
            "ENVIRONMENTAL_DAMAGES, ART31_ENVIRONMENTAL_DAMAGES, 第31条第八项"})
    void article31MattersAreInScopeAndNeedVerifiedHardship(Matter matter, String rule, String article) {
        Eligibility.Result verified = Eligibility.evaluate(facts(CaseType.CIVIL, matter, EconomicHardship.VERIFIED));
        assertThat(verified.eligible()).isTrue();
        assertThat(verified.basis()).singleElement().satisfies(b -> {
            assertThat(b.rule()).isEqualTo(rule);
            assertThat(b.article()).isEqualTo(article);
            assertThat(b.effect()).isEqualTo(Eligibility.Effect.SCOPE);
            assertThat(b.explanation()).isNotBlank();
        });
        Eligibility.Result claimed = Eligibility.evaluate(facts(CaseType.CIVIL, matter, EconomicHardship.CLAIMED));
        assertThat(claimed.eligible()).isFalse();
        assertThat(claimed.explanation()).contains("not yet verified");
        assertThat(Eligibility.evaluate(facts(CaseType.CIVIL, matter, EconomicHardship.NOT_CLAIMED)).eligible()).isFalse();
        assertThat(Eligibility.evaluate(facts(CaseType.CIVIL, matter, EconomicHardship.EXEMPT)).eligible())
                .as("EXEMPT without a 第32/42条 ground").isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = CaseType.class, names = {"CIVIL", "ADMINISTRATIVE", "STATE_COMPENSATION", "LABOR_ARBITRATION", "NON_LITIGATION"})
    void article31AppliesToEveryNonCriminalCaseType(CaseType type) {
        assertThat(rules(Eligibility.evaluate(facts(type, Matter.SUPPORT_PAYMENTS, EconomicHardship.VERIFIED))))
                .containsExactly("ART31_SUPPORT_PAYMENTS");
    }

    @Test
    void otherMatterIsOutsideTheComputedScopeWhateverTheMeans() {
        Eligibility.Result r = Eligibility.evaluate(facts(CaseType.CIVIL, Matter.OTHER, EconomicHardship.VERIFIED));
        assertThat(r.eligible()).isFalse();
        assertThat(r.basis()).isEmpty();
        assertThat(r.explanation()).contains("第31条");
    }

    // 第24条 / 第29条: criminal defence and victims are in scope by case type

    @Test
    void article24CriminalDefenceWithVerifiedHardship() {
        Eligibility.Result r = Eligibility.evaluate(facts(CaseType.CRIMINAL_DEFENSE, Matter.CRIMINAL, EconomicHardship.VERIFIED));
        assertThat(r.eligible()).isTrue();
        assertThat(rules(r)).containsExactly("ART24_CRIMINAL_DEFENSE");
        assertThat(Eligibility.evaluate(facts(CaseType.CRIMINAL_DEFENSE, Matter.CRIMINAL, EconomicHardship.NOT_CLAIMED))
                .eligible()).isFalse();
    }

    @Test
    void article29VictimsInCriminalCases() {
        Eligibility.Result r = Eligibility.evaluate(facts(CaseType.CRIMINAL_VICTIM, Matter.CRIMINAL, EconomicHardship.VERIFIED));
        assertThat(r.eligible()).isTrue();
        assertThat(rules(r)).containsExactly("ART29_CRIMINAL_VICTIM");
    }

    // 第25条: mandatory defence, whatever the means

    @ParameterizedTest
    @CsvSource({
            "MINOR, ART25_MINOR, 第25条第一款第一项",
            "BLIND_DEAF_MUTE, ART25_BLIND_DEAF_MUTE, 第25条第一款第二项",
            "MENTAL_INCAPACITY, ART25_MENTAL_INCAPACITY, 第25条第一款第三项",
            "LIFE_OR_DEATH_SENTENCE, ART25_LIFE_OR_DEATH_SENTENCE, 第25条第一款第四项",
            "DEATH_PENALTY_REVIEW, ART25_DEATH_PENALTY_REVIEW, 第25条第一款第五项",
            "TRIAL_IN_ABSENTIA, ART25_TRIAL_IN_ABSENTIA, 第25条第一款第六项"})
    void article25MandatoryDefenceIsEligibleWithoutHardship(MandatoryDefenseGround ground, String rule, String article) {
        Eligibility.Facts f = with(facts(CaseType.CRIMINAL_DEFENSE, Matter.CRIMINAL, EconomicHardship.NOT_CLAIMED),
                false, false, ground, ApplicationChannel.WALK_IN);
        Eligibility.Result r = Eligibility.evaluate(f);
        assertThat(r.eligible()).isTrue();
        assertThat(r.basis()).anySatisfy(b -> {
            assertThat(b.rule()).isEqualTo(rule);
            assertThat(b.article()).isEqualTo(article);
            assertThat(b.effect()).isEqualTo(Eligibility.Effect.MANDATORY);
        });
        assertThat(r.explanation()).contains("mandatory");
    }

    @Test
    void article25GroundDoesNotApplyOutsideCriminalDefence() {
        Eligibility.Facts f = with(facts(CaseType.CIVIL, Matter.OTHER, EconomicHardship.NOT_CLAIMED),
                false, false, MandatoryDefenseGround.MINOR, ApplicationChannel.WALK_IN);
        assertThat(Eligibility.evaluate(f).eligible()).isFalse();
    }

    @Test
    void article36AuthorityNoticeIsMandatory() {
        Eligibility.Facts f = with(facts(CaseType.CRIMINAL_DEFENSE, Matter.CRIMINAL, EconomicHardship.NOT_CLAIMED),
                false, false, null, ApplicationChannel.AUTHORITY_NOTICE);
        Eligibility.Result r = Eligibility.evaluate(f);
        assertThat(r.eligible()).isTrue();
        assertThat(rules(r)).contains("ART36_AUTHORITY_NOTICE");
    }

    // 第32条: not subject to the hardship condition

    @Test
    void article32HeroesRightsNeedNoHardship() {
        Eligibility.Result r = Eligibility.evaluate(facts(CaseType.CIVIL, Matter.HEROES_RIGHTS, EconomicHardship.NOT_CLAIMED));
        assertThat(r.eligible()).isTrue();
        assertThat(rules(r)).containsExactly("ART32_HEROES_RIGHTS");
        assertThat(r.basis().get(0).article()).isEqualTo("第32条第一项");
    }

    private static Eligibility.Facts claiming(HardshipExemption e, CaseType type, Matter matter, ApplicantGroup... groups) {
        Eligibility.Facts f = facts(type, matter, EconomicHardship.NOT_CLAIMED, groups);
        return new Eligibility.Facts(f.caseType(), f.matter(), f.groups(), false, false, null, ApplicationChannel.WALK_IN,
                f.economicHardship(), e);
    }

    private static void refusedUnder32(Eligibility.Facts f, String item) {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Eligibility.checkHardshipExemption(f))
                .isInstanceOfSatisfying(cn.justice.platform.problem.ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.problem().detail).startsWith("法律援助法第32条" + item);
                    assertThat(e.problem().type).endsWith("/rule-violated");
                });
    }

    /** 第32条第二项: a heroic act exempts the related civil claims from the hardship condition. */
    @ParameterizedTest
    @EnumSource(value = Matter.class, names = {"WORK_INJURY_DAMAGES", "TRAFFIC_ACCIDENT_DAMAGES", "SOCIAL_INSURANCE",
            "PENSION_COMPENSATION", "OTHER"})
    void article32HeroicActExemptsTheRelatedCivilClaims(Matter related) {
        Eligibility.Facts f = claiming(HardshipExemption.HEROIC_ACT, CaseType.CIVIL, related, ApplicantGroup.HEROIC_ACT);
        Eligibility.checkHardshipExemption(f);
        Eligibility.Result r = Eligibility.evaluate(f);
        assertThat(r.eligible()).isTrue();
        assertThat(rules(r)).contains("ART32_HEROIC_ACT");
        assertThat(r.explanation()).contains("第32条");
    }

    /** 第32条第二项: not for an unrelated matter (422), and the group alone exempts nothing. */
    @ParameterizedTest
    @EnumSource(value = Matter.class, names = {"LABOR_RELATION_PAY", "SUPPORT_PAYMENTS", "CAPACITY_DECLARATION",
            "ENVIRONMENTAL_DAMAGES", "FOOD_DRUG_DAMAGES", "MEDICAL_DAMAGES", "STATE_COMPENSATION", "SOCIAL_ASSISTANCE"})
    void article32HeroicActDoesNotExemptAnUnrelatedMatter(Matter unrelated) {
        Eligibility.Facts f = claiming(HardshipExemption.HEROIC_ACT, CaseType.CIVIL, unrelated, ApplicantGroup.HEROIC_ACT);
        refusedUnder32(f, "第二项");
        assertThat(rules(Eligibility.evaluate(f))).doesNotContain("ART32_HEROIC_ACT");
        // the group without the claim: the matter is judged with the hardship condition like anyone's
        Eligibility.Result groupOnly = Eligibility.evaluate(facts(CaseType.CIVIL, unrelated, EconomicHardship.NOT_CLAIMED,
                ApplicantGroup.HEROIC_ACT));
        assertThat(groupOnly.eligible()).isFalse();
        assertThat(rules(groupOnly)).doesNotContain("ART32_HEROIC_ACT");
    }

    @Test
    void article32HeroicActOnlyForCivilClaimsOfTheGroup() {
        refusedUnder32(claiming(HardshipExemption.HEROIC_ACT, CaseType.CRIMINAL_DEFENSE, Matter.CRIMINAL,
                ApplicantGroup.HEROIC_ACT), "第二项");
        refusedUnder32(claiming(HardshipExemption.HEROIC_ACT, CaseType.CRIMINAL_VICTIM, Matter.OTHER,
                ApplicantGroup.HEROIC_ACT), "第二项");
        // claimed without being in the group
        refusedUnder32(claiming(HardshipExemption.HEROIC_ACT, CaseType.CIVIL, Matter.OTHER), "第二项");
        // an OTHER matter of a hero without the claim is outside the computed scope
        assertThat(Eligibility.evaluate(facts(CaseType.CIVIL, Matter.OTHER, EconomicHardship.NOT_CLAIMED,
                ApplicantGroup.HEROIC_ACT)).eligible()).isFalse();
    }

    @Test
    void article32RetrialAcquittalClaimingStateCompensation() {
        Eligibility.Facts f = with(facts(CaseType.STATE_COMPENSATION, Matter.STATE_COMPENSATION, EconomicHardship.NOT_CLAIMED),
                false, true, null, ApplicationChannel.WALK_IN);
        Eligibility.Result r = Eligibility.evaluate(f);
        assertThat(r.eligible()).isTrue();
        assertThat(rules(r)).containsExactly("ART31_STATE_COMPENSATION", "ART32_RETRIAL_ACQUITTAL");
        Eligibility.Facts notAcquitted = with(f, false, false, null, ApplicationChannel.WALK_IN);
        assertThat(Eligibility.evaluate(notAcquitted).eligible()).isFalse();
    }

    /** 第32条第四项: a victim of abuse, abandonment or domestic violence, for the claims arising from it. */
    @Test
    void article32VictimsOfAbuseForTheClaimsArisingFromIt() {
        Eligibility.Facts support = claiming(HardshipExemption.ABUSE_VICTIM, CaseType.CIVIL, Matter.SUPPORT_PAYMENTS,
                ApplicantGroup.DOMESTIC_VIOLENCE_VICTIM);
        Eligibility.checkHardshipExemption(support);
        Eligibility.Result r = Eligibility.evaluate(support);
        assertThat(r.eligible()).isTrue();
        assertThat(rules(r)).containsExactly("ART31_SUPPORT_PAYMENTS", "ART32_ABUSE_VICTIM");
        assertThat(r.explanation()).contains("第32条");
        // divorce, a protection order (OTHER), and the victim's part in the criminal case
        Eligibility.Facts divorce = claiming(HardshipExemption.ABUSE_VICTIM, CaseType.CIVIL, Matter.OTHER,
                ApplicantGroup.DOMESTIC_VIOLENCE_VICTIM);
        Eligibility.checkHardshipExemption(divorce);
        assertThat(Eligibility.evaluate(divorce).eligible()).isTrue();
        Eligibility.Facts victim = claiming(HardshipExemption.ABUSE_VICTIM, CaseType.CRIMINAL_VICTIM, Matter.CRIMINAL,
                ApplicantGroup.DOMESTIC_VIOLENCE_VICTIM);
        Eligibility.checkHardshipExemption(victim);
        assertThat(Eligibility.evaluate(victim).eligible()).isTrue();
    }

    /** 第32条第四项: not for a matter unrelated to the abuse (422), never for the suspect, and not without the group. */
    @ParameterizedTest
    @EnumSource(value = Matter.class, names = {"LABOR_RELATION_PAY", "WORK_INJURY_DAMAGES", "TRAFFIC_ACCIDENT_DAMAGES",
            "SOCIAL_INSURANCE", "PENSION_COMPENSATION", "STATE_COMPENSATION", "ENVIRONMENTAL_DAMAGES", "CAPACITY_DECLARATION"})
    void article32AbuseVictimDoesNotExemptAnUnrelatedMatter(Matter unrelated) {
        Eligibility.Facts f = claiming(HardshipExemption.ABUSE_VICTIM, CaseType.CIVIL, unrelated,
                ApplicantGroup.DOMESTIC_VIOLENCE_VICTIM);
        refusedUnder32(f, "第四项");
        assertThat(rules(Eligibility.evaluate(f))).doesNotContain("ART32_ABUSE_VICTIM");
        // the group alone: this matter needs the hardship like anyone's
        Eligibility.Facts groupOnly = facts(CaseType.CIVIL, unrelated, EconomicHardship.NOT_CLAIMED,
                ApplicantGroup.DOMESTIC_VIOLENCE_VICTIM);
        assertThat(Eligibility.evaluate(groupOnly).eligible()).isFalse();
        assertThat(Eligibility.evaluate(facts(CaseType.CIVIL, unrelated, EconomicHardship.VERIFIED,
                ApplicantGroup.DOMESTIC_VIOLENCE_VICTIM)).eligible()).isTrue();
    }

    @Test
    void article32AbuseVictimNeverForTheSuspectNorWithoutTheGroup() {
        refusedUnder32(claiming(HardshipExemption.ABUSE_VICTIM, CaseType.CRIMINAL_DEFENSE, Matter.CRIMINAL,
                ApplicantGroup.DOMESTIC_VIOLENCE_VICTIM), "第四项");
        refusedUnder32(claiming(HardshipExemption.ABUSE_VICTIM, CaseType.CIVIL, Matter.CRIMINAL,
                ApplicantGroup.DOMESTIC_VIOLENCE_VICTIM), "第四项");
        refusedUnder32(claiming(HardshipExemption.ABUSE_VICTIM, CaseType.CIVIL, Matter.SUPPORT_PAYMENTS), "第四项");
        // the group alone on a related matter still needs the claim: without it the hardship condition applies
        Eligibility.Result groupOnly = Eligibility.evaluate(facts(CaseType.CIVIL, Matter.SUPPORT_PAYMENTS,
                EconomicHardship.NOT_CLAIMED, ApplicantGroup.DOMESTIC_VIOLENCE_VICTIM));
        assertThat(groupOnly.eligible()).isFalse();
        assertThat(rules(groupOnly)).containsExactly("ART31_SUPPORT_PAYMENTS");
        // no claim: nothing to check
        Eligibility.checkHardshipExemption(facts(CaseType.CIVIL, Matter.LABOR_RELATION_PAY, EconomicHardship.NOT_CLAIMED,
                ApplicantGroup.DOMESTIC_VIOLENCE_VICTIM));
    }

    // 第42条: declared hardship is not checked

    @ParameterizedTest
    @EnumSource(value = ApplicantGroup.class, names = {"MINOR", "ELDERLY", "DISABLED"})
    void article42GroupsWithoutFixedIncomeNeedNoCheck(ApplicantGroup group) {
        Eligibility.Facts f = with(facts(CaseType.CIVIL, Matter.SUPPORT_PAYMENTS, EconomicHardship.CLAIMED, group),
                true, false, null, ApplicationChannel.WALK_IN);
        Eligibility.Result r = Eligibility.evaluate(f);
        assertThat(r.eligible()).isTrue();
        assertThat(rules(r)).containsExactly("ART31_SUPPORT_PAYMENTS", "ART42_NO_FIXED_INCOME");
        // with a fixed income the hardship must be verified
        Eligibility.Facts withIncome = with(f, false, false, null, ApplicationChannel.WALK_IN);
        assertThat(Eligibility.evaluate(withIncome).eligible()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = ApplicantGroup.class, names = {"SOCIAL_ASSISTANCE", "MILITARY_FAMILY"})
    void article42AssistanceAndSpecialCareRecipientsNeedNoCheck(ApplicantGroup group) {
        Eligibility.Result r = Eligibility.evaluate(facts(CaseType.CIVIL, Matter.MEDICAL_DAMAGES, EconomicHardship.EXEMPT, group));
        assertThat(r.eligible()).isTrue();
        assertThat(rules(r)).containsExactly("ART31_MEDICAL_DAMAGES", "ART42_ASSISTANCE_RECIPIENT");
    }

    @Test
    void article42MigrantWorkersClaimingPayOrWorkInjuryDamagesOnly() {
        for (Matter m : new Matter[]{Matter.LABOR_RELATION_PAY, Matter.WORK_INJURY_DAMAGES}) {
            Eligibility.Result r = Eligibility.evaluate(facts(CaseType.LABOR_ARBITRATION, m, EconomicHardship.CLAIMED,
                    ApplicantGroup.MIGRANT_WORKER));
            assertThat(r.eligible()).as(m.name()).isTrue();
            assertThat(rules(r)).as(m.name()).contains("ART42_MIGRANT_WORKER");
        }
        Eligibility.Result traffic = Eligibility.evaluate(facts(CaseType.CIVIL, Matter.TRAFFIC_ACCIDENT_DAMAGES,
                EconomicHardship.CLAIMED, ApplicantGroup.MIGRANT_WORKER));
        assertThat(traffic.eligible()).isFalse();
        assertThat(rules(traffic)).doesNotContain("ART42_MIGRANT_WORKER");
    }

    @Test
    void article42OnlySparesTheCheckOfADeclaredHardship() {
        Eligibility.Result r = Eligibility.evaluate(facts(CaseType.CIVIL, Matter.SOCIAL_ASSISTANCE,
                EconomicHardship.NOT_CLAIMED, ApplicantGroup.SOCIAL_ASSISTANCE));
        assertThat(r.eligible()).isFalse();
        assertThat(r.explanation()).contains("not claimed");
    }

    @Test
    void article42DoesNotBringAnOtherMatterIntoScope() {
        assertThat(Eligibility.evaluate(facts(CaseType.CIVIL, Matter.OTHER, EconomicHardship.CLAIMED,
                ApplicantGroup.SOCIAL_ASSISTANCE)).eligible()).isFalse();
    }

    @Test
    void everyRuleHasAnArticleAndAnExplanationAndAUniqueCode() {
        assertThat(Eligibility.RULES).allSatisfy(r -> {
            assertThat(r.article()).startsWith("第");
            assertThat(r.explanation()).isNotBlank();
        });
        assertThat(Eligibility.RULES.stream().map(Eligibility.Rule::code).distinct().count())
                .isEqualTo(Eligibility.RULES.size());
    }
}
