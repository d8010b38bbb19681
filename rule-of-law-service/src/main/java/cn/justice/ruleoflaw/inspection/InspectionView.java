package cn.justice.ruleoflaw.inspection;

import cn.justice.platform.record.RecordView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An inspection as the API shows it. */
@Schema(name = "EnforcementInspection", description = "执法监督检查")
public record InspectionView(UUID id,
                             @Schema(description = "Optimistic concurrency version; send it as If-Match") long version,
                             String countyCode, @Schema(description = "null for a county agency") String townshipCode,
                             String agency, LocalDate inspectedOn, int findings, int rectified,
                             Instant createdAt, Instant updatedAt) implements RecordView {
    public static InspectionView of(EnforcementInspection i) {
        return new InspectionView(i.id, i.version, i.countyCode, i.townshipCode, i.agency, i.inspectedOn, i.findings,
                i.rectified, i.createdAt, i.updatedAt);
    }
}
