package cn.justice.legalaid.notarization;

import cn.justice.platform.record.RecordView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A notarization entry as the API shows it. */
@Schema(name = "Notarization", description = "公证")
public record NotarizationView(UUID id,
                               @Schema(description = "Optimistic concurrency version; send it as If-Match") long version,
                               String countyCode,
                               @Schema(description = "Null for county-wide figures") String townshipCode,
                               LocalDate date, NotarizationKind kind, int count, Instant createdAt,
                               Instant updatedAt) implements RecordView {
    public static NotarizationView of(Notarization n) {
        return new NotarizationView(n.id, n.version, n.countyCode, n.townshipCode, n.date, n.kind, n.count, n.createdAt,
                n.updatedAt);
    }
}
