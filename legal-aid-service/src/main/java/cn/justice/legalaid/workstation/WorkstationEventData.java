package cn.justice.legalaid.workstation;

import java.time.LocalDate;
import java.util.UUID;

/** {@code data} of the {@code legal-aid.workstation.*} events (no name, no closing reason). */
public record WorkstationEventData(UUID workstationId, long version, String countyCode, String townshipCode,
                                   WorkstationKind kind, WorkstationStatus status, LocalDate openedOn, LocalDate closedOn) {
    public static WorkstationEventData of(Workstation w) {
        return new WorkstationEventData(w.id, w.version, w.countyCode, w.townshipCode, w.kind, w.status, w.openedOn, w.closedOn);
    }
}
