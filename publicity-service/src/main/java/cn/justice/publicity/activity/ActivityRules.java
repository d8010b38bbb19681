package cn.justice.publicity.activity;

import cn.justice.platform.problem.Problem;
import cn.justice.platform.problem.ProblemException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/** Rules of publicity activities that do not depend on storage. */
public final class ActivityRules {
    private ActivityRules() {
    }

    /**
     * The figures of hold and correct: a date not in the future, participants and materials ≥ 0 (and at most
     * {@value ActivityActions#MAX_FIGURE}).
     */
    public static void checkHeld(LocalDate heldOn, Integer participants, Integer materialsDistributed, LocalDate today) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (heldOn == null) {
            errors.add(new Problem.FieldError("heldOn", "is required"));
        } else if (heldOn.isAfter(today)) {
            errors.add(new Problem.FieldError("heldOn", "must not be in the future: an activity is held when it took place"));
        }
        figure(errors, "participants", participants);
        figure(errors, "materialsDistributed", materialsDistributed);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private static void figure(List<Problem.FieldError> errors, String field, Integer value) {
        if (value == null) {
            errors.add(new Problem.FieldError(field, "is required"));
        } else if (value < 0) {
            errors.add(new Problem.FieldError(field, "must not be negative"));
        } else if (value > ActivityActions.MAX_FIGURE) {
            errors.add(new Problem.FieldError(field, "must be at most " + ActivityActions.MAX_FIGURE));
        }
    }

    /** A HELD activity's date is part of its figures: PUT may not move it (use correct). */
    public static void checkDateEdit(ActivityStatus status, LocalDate current, LocalDate requested) {
        if (status == ActivityStatus.HELD && !current.equals(requested)) {
            throw ProblemException.ruleViolated("held-date-by-correct",
                    "the date of a HELD activity changes with the action correct, not with PUT");
        }
    }

    /** Target groups without duplicates, in enum order. */
    public static List<TargetGroup> normalize(List<TargetGroup> groups) {
        if (groups == null || groups.isEmpty()) {
            return List.of();
        }
        EnumSet<TargetGroup> set = EnumSet.noneOf(TargetGroup.class);
        set.addAll(groups);
        return List.copyOf(set);
    }
}
