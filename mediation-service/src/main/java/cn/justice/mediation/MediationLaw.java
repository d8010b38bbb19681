package cn.justice.mediation;

import cn.justice.platform.problem.Problem;
import cn.justice.platform.problem.ProblemException;

/**
 * Refusals that a statute requires (DESIGN §10): a 422 problem of type {@code …/rule-violated} whose {@code rule}
 * names the rule and whose {@code detail} names the article, e.g. {@code "人民调解法第8条: a committee has 3 to 9
 * members"}. (The platform's {@link ProblemException#ruleViolated} answers 409 and stays as it is for the first
 * wave's rules, which are about the record's state rather than the law.)
 */
public final class MediationLaw {
    private MediationLaw() {
    }

    /** @param detail starts with the article, e.g. {@code "人民调解法第33条: …"} */
    public static ProblemException violated(String rule, String detail) {
        return new ProblemException(new Problem("rule-violated", "Business rule violated", 422, detail).with("rule", rule));
    }
}
