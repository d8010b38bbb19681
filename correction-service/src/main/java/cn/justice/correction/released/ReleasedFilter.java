package cn.justice.correction.released;

import java.time.LocalDate;

/**
 * List filters of {@code GET …/released-persons}; from/to apply to {@code releasedOn}; supportPeriodEnding and
 * connectionLate are the view's flags of the same name (as of today).
 */
public record ReleasedFilter(String townshipCode, ReleasedStatus status, Placement placement, LocalDate from,
                             LocalDate to, Boolean minor, String idNumber, Boolean keyPerson,
                             Boolean supportPeriodEnding, Boolean connectionLate) {
}
