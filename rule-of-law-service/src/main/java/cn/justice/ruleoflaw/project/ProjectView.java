package cn.justice.ruleoflaw.project;

import cn.justice.platform.record.RecordView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A project as the API shows it. */
@Schema(name = "Project", description = "建设项目")
public record ProjectView(UUID id,
                          @Schema(description = "Optimistic concurrency version; send it as If-Match") long version,
                          String countyCode, @Schema(description = "null for a county-wide project") String townshipCode,
                          ProjectKind kind, String name, @Schema(description = "万元") BigDecimal investment,
                          LocalDate completedOn, Instant createdAt, Instant updatedAt) implements RecordView {
    public static ProjectView of(Project p) {
        return new ProjectView(p.id, p.version, p.countyCode, p.townshipCode, p.kind, p.name, p.investment, p.completedOn,
                p.createdAt, p.updatedAt);
    }
}
