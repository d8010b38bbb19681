package cn.justice.legalaid.dutylawyer;

import java.time.LocalDate;
import java.util.UUID;

/** {@code data} of the {@code legal-aid.duty-lawyer-service.*} events. */
public record DutyLawyerEventData(UUID dutyLawyerServiceId, long version, String countyCode, String townshipCode,
                                  LocalDate date, DutyLawyerPlace place, DutyLawyerKind kind, int count) {
    public static DutyLawyerEventData of(DutyLawyerEntry e) {
        return new DutyLawyerEventData(e.id, e.version, e.countyCode, e.townshipCode, e.date, e.place, e.kind, e.count);
    }
}
