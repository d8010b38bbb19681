package cn.justice.publicity.survey;

import cn.justice.platform.problem.Problem;
import cn.justice.platform.problem.ProblemException;

import java.util.ArrayList;
import java.util.List;

/** Rules of surveys that do not depend on storage. */
public final class SurveyRules {
    public static final int MIN_YEAR = 2000;

    private SurveyRules() {
    }

    /**
     * Figures: all ≥ 0, aware ≤ respondents, satisfied ≤ respondents; the year between {@value #MIN_YEAR} and the
     * current year.
     *
     * @throws ProblemException 400 naming every offending field
     */
    public static void check(int year, int respondents, int aware, int satisfied, int currentYear) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (year < MIN_YEAR || year > currentYear) {
            errors.add(new Problem.FieldError("year", "must be between " + MIN_YEAR + " and " + currentYear));
        }
        if (respondents < 0) {
            errors.add(new Problem.FieldError("respondents", "must not be negative"));
        }
        if (aware < 0) {
            errors.add(new Problem.FieldError("aware", "must not be negative"));
        } else if (aware > respondents) {
            errors.add(new Problem.FieldError("aware", "must not exceed respondents (" + respondents + ")"));
        }
        if (satisfied < 0) {
            errors.add(new Problem.FieldError("satisfied", "must not be negative"));
        } else if (satisfied > respondents) {
            errors.add(new Problem.FieldError("satisfied", "must not exceed respondents (" + respondents + ")"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
