package cn.justice.correction.released;

import java.time.LocalDate;

/** List filters of {@code GET …/released-persons}; from/to apply to {@code releasedOn}. */
public record ReleasedFilter(String townshipCode, ReleasedStatus status, Placement placement, LocalDate from,
                             LocalDate to, Boolean minor, String idNumber) {
}
