package cn.justice.legalaid.application;

import cn.justice.platform.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Eligibility for legal aid (法律援助条件), computed and explained from the facts of an application under the
 * 法律援助法 (2021). The articles are a table of {@link Rule}s (article, effect, explanation, condition), not a nest of
 * conditions; {@link #evaluate} combines the effects of the rules that apply:
 * <ul>
 *   <li>{@link Effect#MANDATORY} — 第25条 (应当通知辩护: minor, blind/deaf/mute, unable to recognise one's acts,
 *   possible life sentence or death penalty, death-penalty review, trial in absentia) and 第36条 (an authority's
 *   notice: the office must assign within 3 days): eligible whatever the matter and the applicant's means.</li>
 *   <li>{@link Effect#SCOPE} — 第31条 items (civil and administrative matters: state compensation, social insurance
 *   or assistance, pensions, support payments, labour relations and pay, capacity declarations, work-injury, traffic,
 *   food-drug and medical damages, environmental damages), 第24条 (criminal defence) and 第29条 (victims in criminal
 *   cases): the matter is one legal aid covers, if the applicant is in economic hardship.</li>
 *   <li>{@link Effect#HARDSHIP_WAIVED} — 第32条 (heroes' relatives for the heroes' personality rights, heroic acts,
 *   retrial acquittals claiming state compensation, victims of abuse, abandonment or domestic violence): in scope and
 *   not subject to the hardship condition at all.</li>
 *   <li>{@link Effect#CHECK_EXEMPT} — 第42条 (minors, elderly and disabled people without fixed income; social
 *   assistance, judicial assistance and special-care recipients; migrant workers claiming pay or work-injury damages):
 *   the hardship the applicant declares is not checked.</li>
 * </ul>
 * The combination: {@code eligible = MANDATORY or (in scope and hardship established)}, where the matter is in scope
 * when a SCOPE or HARDSHIP_WAIVED rule applies, and hardship is established when a HARDSHIP_WAIVED rule applies, or
 * {@code economicHardship} is VERIFIED or PLEDGED (第41条: 个人诚信承诺), or a CHECK_EXEMPT rule applies and the applicant declared hardship (CLAIMED or
 * EXEMPT). CLAIMED without a 第42条 ground waits for verification (not yet eligible); EXEMPT without a 第32条 or
 * 第42条 ground establishes nothing; NOT_CLAIMED needs a 第32条 ground. An OTHER matter is outside the computed scope
 * (第31条第九项 needs a specific regulation, which the office decides on).
 */
public final class Eligibility {
    private Eligibility() {
    }

    /** What a rule that applies does to the outcome. */
    @Schema(name = "EligibilityEffect", description = "MANDATORY 应当援助 (第25条/第36条), SCOPE 属于援助事项范围 (第24/29/31条), "
            + "HARDSHIP_WAIVED 不受经济困难条件限制 (第32条), CHECK_EXEMPT 免予核查经济困难状况 (第42条)")
    public enum Effect { MANDATORY, SCOPE, HARDSHIP_WAIVED, CHECK_EXEMPT }

    /** The facts of an application the rules read. */
    public record Facts(CaseType caseType, Matter matter, Set<ApplicantGroup> groups, boolean noFixedIncome,
                        boolean retrialAcquittal, MandatoryDefenseGround mandatoryDefenseGround,
                        ApplicationChannel channel, EconomicHardship economicHardship,
                        HardshipExemption hardshipExemption) {
        /** Facts without a 第32条 exemption claimed for the matter. */
        public Facts(CaseType caseType, Matter matter, Set<ApplicantGroup> groups, boolean noFixedIncome,
                     boolean retrialAcquittal, MandatoryDefenseGround mandatoryDefenseGround,
                     ApplicationChannel channel, EconomicHardship economicHardship) {
            this(caseType, matter, groups, noFixedIncome, retrialAcquittal, mandatoryDefenseGround, channel,
                    economicHardship, null);
        }

        boolean criminalDefense() {
            return caseType == CaseType.CRIMINAL_DEFENSE;
        }

        boolean criminal() {
            return caseType == CaseType.CRIMINAL_DEFENSE || caseType == CaseType.CRIMINAL_VICTIM;
        }

        boolean has(ApplicantGroup g) {
            return groups.contains(g);
        }
    }

    /** One rule that applies to the application: the article, the rule's code, its effect and why. */
    @Schema(name = "EligibilityBasis", description = "A rule of the 法律援助法 that applies to the application")
    public record Basis(@Schema(example = "第31条第五项") String article,
                        @Schema(example = "ART31_LABOR_RELATION_PAY") String rule,
                        Effect effect,
                        @Schema(example = "请求确认劳动关系或者支付劳动报酬: a matter legal aid covers") String explanation) {
    }

    /** The outcome: eligible or not, the rules that apply, and a sentence that combines them. */
    public record Result(boolean eligible, List<Basis> basis, String explanation) {
    }

    /** One row of the rule table. */
    record Rule(String code, String article, Effect effect, String explanation, Predicate<Facts> applies) {
    }

    /** Civil and administrative case types, to which 第31条 and 第32条 speak. */
    private static final Set<CaseType> NON_CRIMINAL = EnumSet.of(CaseType.CIVIL, CaseType.ADMINISTRATIVE,
            CaseType.STATE_COMPENSATION, CaseType.LABOR_ARBITRATION, CaseType.NON_LITIGATION);

    /** The rule table, in the order the basis lists them. */
    static final List<Rule> RULES = List.of(
            // 第25条: mandatory defence, notified by a court, procuratorate or police
            ground("ART25_MINOR", "第25条第一款第一项", MandatoryDefenseGround.MINOR, "犯罪嫌疑人、被告人是未成年人"),
            ground("ART25_BLIND_DEAF_MUTE", "第25条第一款第二项", MandatoryDefenseGround.BLIND_DEAF_MUTE,
                    "犯罪嫌疑人、被告人是视力、听力、言语残疾人"),
            ground("ART25_MENTAL_INCAPACITY", "第25条第一款第三项", MandatoryDefenseGround.MENTAL_INCAPACITY,
                    "犯罪嫌疑人、被告人是不能完全辨认自己行为的成年人"),
            ground("ART25_LIFE_OR_DEATH_SENTENCE", "第25条第一款第四项", MandatoryDefenseGround.LIFE_OR_DEATH_SENTENCE,
                    "犯罪嫌疑人、被告人可能被判处无期徒刑、死刑"),
            ground("ART25_DEATH_PENALTY_REVIEW", "第25条第一款第五项", MandatoryDefenseGround.DEATH_PENALTY_REVIEW,
                    "申请法律援助的死刑复核案件被告人"),
            ground("ART25_TRIAL_IN_ABSENTIA", "第25条第一款第六项", MandatoryDefenseGround.TRIAL_IN_ABSENTIA,
                    "缺席审判案件的被告人"),
            // 第28条: 强制医疗 (compulsory medical treatment proceedings), the same mandatory effect
            ground("ART28_COMPULSORY_TREATMENT", "第28条", MandatoryDefenseGround.COMPULSORY_TREATMENT,
                    "强制医疗案件的被申请人或者被告人没有委托诉讼代理人"),
            new Rule("ART36_AUTHORITY_NOTICE", "第36条", Effect.MANDATORY,
                    "人民法院、人民检察院、公安机关通知指派: the office must assign within 3 days, means are not examined",
                    f -> f.channel() == ApplicationChannel.AUTHORITY_NOTICE),
            // scope of criminal cases
            new Rule("ART24_CRIMINAL_DEFENSE", "第24条", Effect.SCOPE,
                    "刑事案件的犯罪嫌疑人、被告人因经济困难没有委托辩护人: criminal defence is covered",
                    Facts::criminalDefense),
            new Rule("ART29_CRIMINAL_VICTIM", "第29条", Effect.SCOPE,
                    "刑事案件的被害人及其近亲属因经济困难没有委托诉讼代理人: representation of victims is covered",
                    f -> f.caseType() == CaseType.CRIMINAL_VICTIM),
            // 第31条: matters of civil and administrative cases
            matter("ART31_STATE_COMPENSATION", "第31条第一项", Matter.STATE_COMPENSATION, "依法请求国家赔偿"),
            matter("ART31_SOCIAL_INSURANCE", "第31条第二项", Matter.SOCIAL_INSURANCE, "请求给予社会保险待遇"),
            matter("ART31_SOCIAL_ASSISTANCE", "第31条第二项", Matter.SOCIAL_ASSISTANCE, "请求给予社会救助"),
            matter("ART31_PENSION_COMPENSATION", "第31条第三项", Matter.PENSION_COMPENSATION, "请求发给抚恤金"),
            matter("ART31_SUPPORT_PAYMENTS", "第31条第四项", Matter.SUPPORT_PAYMENTS, "请求给付赡养费、抚养费、扶养费"),
            matter("ART31_LABOR_RELATION_PAY", "第31条第五项", Matter.LABOR_RELATION_PAY, "请求确认劳动关系或者支付劳动报酬"),
            matter("ART31_CAPACITY_DECLARATION", "第31条第六项", Matter.CAPACITY_DECLARATION,
                    "请求认定公民无民事行为能力或者限制民事行为能力"),
            matter("ART31_WORK_INJURY_DAMAGES", "第31条第七项", Matter.WORK_INJURY_DAMAGES, "请求工伤事故人身损害赔偿"),
            matter("ART31_TRAFFIC_ACCIDENT_DAMAGES", "第31条第七项", Matter.TRAFFIC_ACCIDENT_DAMAGES, "请求交通事故人身损害赔偿"),
            matter("ART31_FOOD_DRUG_DAMAGES", "第31条第七项", Matter.FOOD_DRUG_DAMAGES, "请求食品药品安全事故人身损害赔偿"),
            matter("ART31_MEDICAL_DAMAGES", "第31条第七项", Matter.MEDICAL_DAMAGES, "请求医疗事故人身损害赔偿"),
            matter("ART31_ENVIRONMENTAL_DAMAGES", "第31条第八项", Matter.ENVIRONMENTAL_DAMAGES, "请求环境污染、生态破坏损害赔偿"),
            // 第32条: not subject to the economic hardship condition
            new Rule("ART32_HEROES_RIGHTS", "第32条第一项", Effect.HARDSHIP_WAIVED,
                    "英雄烈士近亲属为维护英雄烈士的人格权益: no hardship condition",
                    f -> !f.criminalDefense() && f.matter() == Matter.HEROES_RIGHTS),
            new Rule("ART32_HEROIC_ACT", "第32条第二项", Effect.HARDSHIP_WAIVED,
                    "因见义勇为行为主张相关民事权益: no hardship condition for the civil claims related to the act",
                    f -> f.hardshipExemption() == HardshipExemption.HEROIC_ACT && related(f)),
            new Rule("ART32_RETRIAL_ACQUITTAL", "第32条第三项", Effect.HARDSHIP_WAIVED,
                    "再审改判无罪请求国家赔偿: no hardship condition",
                    f -> f.retrialAcquittal() && (f.matter() == Matter.STATE_COMPENSATION
                            || f.caseType() == CaseType.STATE_COMPENSATION)),
            new Rule("ART32_ABUSE_VICTIM", "第32条第四项", Effect.HARDSHIP_WAIVED,
                    "遭受虐待、遗弃或者家庭暴力的受害人主张相关权益: no hardship condition for the claims arising from it",
                    f -> f.hardshipExemption() == HardshipExemption.ABUSE_VICTIM && related(f)),
            // 第42条: hardship declared is not checked
            new Rule("ART42_NO_FIXED_INCOME", "第42条第一项", Effect.CHECK_EXEMPT,
                    "无固定生活来源的未成年人、老年人、残疾人: economic hardship is not checked",
                    f -> f.noFixedIncome() && (f.has(ApplicantGroup.MINOR) || f.has(ApplicantGroup.ELDERLY)
                            || f.has(ApplicantGroup.DISABLED))),
            new Rule("ART42_ASSISTANCE_RECIPIENT", "第42条第二项", Effect.CHECK_EXEMPT,
                    "社会救助、司法救助或者优抚对象: economic hardship is not checked",
                    f -> f.has(ApplicantGroup.SOCIAL_ASSISTANCE) || f.has(ApplicantGroup.MILITARY_FAMILY)),
            new Rule("ART42_MIGRANT_WORKER", "第42条第三项", Effect.CHECK_EXEMPT,
                    "申请支付劳动报酬或者请求工伤事故人身损害赔偿的进城务工人员: economic hardship is not checked",
                    f -> f.has(ApplicantGroup.MIGRANT_WORKER) && (f.matter() == Matter.LABOR_RELATION_PAY
                            || f.matter() == Matter.WORK_INJURY_DAMAGES)));

    /**
     * 第32条第二项: the civil claims a heroic act (见义勇为) gives rise to: damages for the injury it caused (work-injury
     * treatment, 视同工伤; traffic accidents), work-injury insurance benefits, pensions (抚恤金) for the family, and other
     * civil claims (e.g. compensation by the beneficiary, 民法典第183条). Not in a criminal case ("民事权益").
     */
    static final Set<Matter> HEROIC_ACT_MATTERS = EnumSet.of(Matter.WORK_INJURY_DAMAGES, Matter.TRAFFIC_ACCIDENT_DAMAGES,
            Matter.SOCIAL_INSURANCE, Matter.PENSION_COMPENSATION, Matter.OTHER);
    /**
     * 第32条第四项: the claims that arise from abuse, abandonment or domestic violence: support payments (遗弃:
     * 赡养费、抚养费、扶养费), other civil claims (divorce, 人身安全保护令, damages), and the victim's part in the criminal
     * case (虐待罪、遗弃罪: matter CRIMINAL with caseType CRIMINAL_VICTIM) — never the defence of a suspect.
     */
    static final Set<Matter> ABUSE_VICTIM_MATTERS = EnumSet.of(Matter.SUPPORT_PAYMENTS, Matter.OTHER, Matter.CRIMINAL);

    /** The group a 第32条 exemption belongs to. */
    static ApplicantGroup groupOf(HardshipExemption e) {
        return e == HardshipExemption.HEROIC_ACT ? ApplicantGroup.HEROIC_ACT : ApplicantGroup.DOMESTIC_VIOLENCE_VICTIM;
    }

    /** Whether the matter is one the claimed 第32条 exemption names (see {@link #checkHardshipExemption}). */
    static boolean related(Facts f) {
        HardshipExemption e = f.hardshipExemption();
        if (e == null || f.criminalDefense() || !f.has(groupOf(e))) {
            return false;
        }
        if (e == HardshipExemption.HEROIC_ACT) {
            return !f.criminal() && HEROIC_ACT_MATTERS.contains(f.matter());
        }
        return ABUSE_VICTIM_MATTERS.contains(f.matter())
                && (f.matter() != Matter.CRIMINAL || f.caseType() == CaseType.CRIMINAL_VICTIM);
    }

    /**
     * 法律援助法 第32条: an exemption from the economic hardship condition applies only to the matter it names — a victim
     * of abuse, abandonment or domestic violence for the claims arising from it (第四项), a person who acted heroically
     * (见义勇为) for the related civil claims (第二项) — not to every matter of a person of that group. A claim for an
     * unrelated matter, or without the applicant's group, is refused.
     *
     * @throws ProblemException 422 rule-violated whose detail starts with 法律援助法第32条
     */
    public static void checkHardshipExemption(Facts f) {
        HardshipExemption e = f.hardshipExemption();
        if (e == null || related(f)) {
            return;
        }
        String item = e == HardshipExemption.HEROIC_ACT ? "第二项" : "第四项";
        String why;
        if (!f.has(groupOf(e))) {
            why = "hardshipExemption " + e + " needs the applicant's group " + groupOf(e);
        } else if (e == HardshipExemption.HEROIC_ACT) {
            why = "the exemption for a heroic act (见义勇为) covers the related civil claims (" + HEROIC_ACT_MATTERS
                    + ", not in a criminal case), not " + f.caseType() + " / " + f.matter();
        } else {
            why = "the exemption for victims of abuse, abandonment or domestic violence covers the claims arising from it ("
                    + ABUSE_VICTIM_MATTERS + "; CRIMINAL only as the victim, CRIMINAL_VICTIM), not " + f.caseType()
                    + " / " + f.matter();
        }
        throw ProblemException.lawViolated("hardship-exemption-matter",
                "法律援助法第32条" + item + ": " + why);
    }

    private static Rule ground(String code, String article, MandatoryDefenseGround g, String text) {
        return new Rule(code, article, Effect.MANDATORY, text + ": a defender must be assigned (应当通知辩护)",
                f -> f.criminalDefense() && f.mandatoryDefenseGround() == g);
    }

    private static Rule matter(String code, String article, Matter m, String text) {
        return new Rule(code, article, Effect.SCOPE, text + ": a matter legal aid covers",
                f -> NON_CRIMINAL.contains(f.caseType()) && f.matter() == m);
    }

    /** The rule table as the API lists it ({@code GET …/applications/eligibility-rules}). */
    public static List<Basis> rules() {
        return RULES.stream().map(r -> new Basis(r.article(), r.code(), r.effect(), r.explanation())).toList();
    }

    /** Applies the rule table to the facts and combines the effects (see the class comment). */
    public static Result evaluate(Facts f) {
        List<Basis> basis = new ArrayList<>();
        EnumSet<Effect> effects = EnumSet.noneOf(Effect.class);
        for (Rule r : RULES) {
            if (r.applies().test(f)) {
                basis.add(new Basis(r.article(), r.code(), r.effect(), r.explanation()));
                effects.add(r.effect());
            }
        }
        if (effects.contains(Effect.MANDATORY)) {
            return new Result(true, basis, "eligible: aid is mandatory (应当援助), scope and means are not examined");
        }
        boolean inScope = effects.contains(Effect.SCOPE) || effects.contains(Effect.HARDSHIP_WAIVED);
        if (!inScope) {
            return new Result(false, basis, f.criminal()
                    ? "not eligible: the case type is not one legal aid covers"
                    : "not eligible: the matter is not one of 第31条 or 第32条 (OTHER is decided case by case)");
        }
        if (effects.contains(Effect.HARDSHIP_WAIVED)) {
            return new Result(true, basis, "eligible: in scope and not subject to the economic hardship condition (第32条)");
        }
        EconomicHardship h = f.economicHardship();
        if (h == EconomicHardship.VERIFIED) {
            return new Result(true, basis, "eligible: in scope and economic hardship verified (经济困难经核查属实)");
        }
        if (h == EconomicHardship.PLEDGED) {
            // 法律援助法第41条: 核查 ... 或者由申请人进行个人诚信承诺
            return new Result(true, basis, "eligible: in scope and economic hardship established by the applicant's "
                    + "personal pledge (个人诚信承诺, 第41条)");
        }
        boolean declared = h == EconomicHardship.CLAIMED || h == EconomicHardship.EXEMPT;
        if (effects.contains(Effect.CHECK_EXEMPT) && declared) {
            return new Result(true, basis, "eligible: in scope, economic hardship declared and exempt from checks (第42条)");
        }
        String why = switch (h) {
            case CLAIMED -> "economic hardship is claimed but not yet verified (待核查)";
            case EXEMPT -> "exemption from the hardship test was recorded but no ground of 第32条 or 第42条 applies";
            default -> effects.contains(Effect.CHECK_EXEMPT)
                    ? "economic hardship is not claimed (第42条 only spares the check of a declared hardship)"
                    : "economic hardship is not claimed";
        };
        return new Result(false, basis, "not eligible yet: in scope, but " + why);
    }
}
