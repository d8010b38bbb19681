package cn.justice.ruleoflaw.assistance;

import cn.justice.platform.record.RecordView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A village's assistance as the API shows it. */
@Schema(name = "AssistanceVillage", description = "帮扶村")
public record AssistanceView(UUID id,
                             @Schema(description = "Optimistic concurrency version; send it as If-Match") long version,
                             String countyCode, String townshipCode, String villageCode, int year, int cadres,
                             @Schema(description = "万元") BigDecimal funds, Instant createdAt, Instant updatedAt)
        implements RecordView {
    public static AssistanceView of(AssistanceVillage a) {
        return new AssistanceView(a.id, a.version, a.countyCode, a.townshipCode, a.villageCode, a.year, a.cadres, a.funds,
                a.createdAt, a.updatedAt);
    }
}
