package cn.justice.correction.person;

import cn.justice.platform.problem.ProblemException;

import java.time.LocalDate;

/** The date of something that has happened (报到, 训诫, 解除…): defaults to today, never in the future. */
public final class ActionDates {
    private ActionDates() {
    }

    /**
     * @param notBefore the date the record reached the state the action starts from (null: no lower bound)
     * @throws ProblemException 400 on {@code field} when the date is in the future or before {@code notBefore}
     */
    public static LocalDate happened(String field, LocalDate given, LocalDate today, LocalDate notBefore) {
        LocalDate d = given == null ? today : given;
        if (d.isAfter(today)) {
            throw ProblemException.invalid(field, "must not be in the future");
        }
        if (notBefore != null && d.isBefore(notBefore)) {
            throw ProblemException.invalid(field, "must not be before " + notBefore);
        }
        return d;
    }
}
