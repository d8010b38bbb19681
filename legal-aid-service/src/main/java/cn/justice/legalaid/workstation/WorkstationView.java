package cn.justice.legalaid.workstation;

import cn.justice.platform.record.RecordView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A workstation as the API shows it. */
@Schema(name = "Workstation", description = "法律援助工作站")
public record WorkstationView(UUID id,
                              @Schema(description = "Optimistic concurrency version; send it as If-Match") long version,
                              String countyCode, String townshipCode, String name, WorkstationKind kind,
                              WorkstationStatus status, LocalDate openedOn, LocalDate closedOn, String closeReason,
                              Instant createdAt, Instant updatedAt) implements RecordView {
    public static WorkstationView of(Workstation w) {
        return new WorkstationView(w.id, w.version, w.countyCode, w.townshipCode, w.name, w.kind, w.status, w.openedOn,
                w.closedOn, w.closeReason, w.createdAt, w.updatedAt);
    }
}
