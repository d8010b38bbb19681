package cn.justice.legalaid.dutylawyer;

import cn.justice.platform.record.RecordView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A duty lawyer entry as the API shows it. */
@Schema(name = "DutyLawyerService", description = "值班律师法律帮助 (法律援助法第30条)")
public record DutyLawyerView(UUID id,
                             @Schema(description = "Optimistic concurrency version; send it as If-Match") long version,
                             String countyCode,
                             @Schema(description = "Null for county-wide entries") String townshipCode,
                             LocalDate date, DutyLawyerPlace place, DutyLawyerKind kind, int count, Instant createdAt,
                             Instant updatedAt) implements RecordView {
    public static DutyLawyerView of(DutyLawyerEntry e) {
        return new DutyLawyerView(e.id, e.version, e.countyCode, e.townshipCode, e.date, e.place, e.kind, e.count,
                e.createdAt, e.updatedAt);
    }
}
