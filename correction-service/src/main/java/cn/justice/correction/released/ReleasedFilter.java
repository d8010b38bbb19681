package cn.justice.correction.released;

import cn.justice.platform.record.RecordQuery;

import java.time.LocalDate;

/**
 * List filters of {@code GET …/released-persons}; from/to apply to {@code releasedOn}; supportPeriodEnding and
 * connectionLate are the view's flags of the same name (as of today).
 */
public record ReleasedFilter(String townshipCode, ReleasedStatus status, Placement placement, LocalDate from,
                             LocalDate to, Boolean minor, String idNumber, Boolean keyPerson,
                             Boolean supportPeriodEnding, Boolean connectionLate) {
    static ReleasedFilter of(RecordQuery q) {
        return new ReleasedFilter(q.township(), q.enumOf("status", ReleasedStatus.class),
                q.enumOf("placement", Placement.class), q.from("releasedOn"), q.to("releasedOn"), q.bool("minor"),
                q.text("idNumber", "Exact resident ID number (matched by keyed hash)"), q.bool("keyPerson", "重点帮教对象"),
                q.bool("supportPeriodEnding", "Open and the 帮教期 ends within the warning window (default 30 days) or has "
                        + "ended"),
                q.bool("connectionLate", "A key person not connected by releasedOn (必接必送)"));
    }
}
