package cn.justice.ruleoflaw.selection;

import cn.justice.platform.record.RecordView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** A selection as the API shows it. */
@Schema(name = "AssessorSelection", description = "人民陪审员/人民监督员 选任 (a county record)")
public record SelectionView(UUID id,
                            @Schema(description = "Optimistic concurrency version; send it as If-Match") long version,
                            String countyCode, AssessorKind kind, int year, int candidates, int selected,
                            Instant createdAt, Instant updatedAt) implements RecordView {
    public static SelectionView of(AssessorSelection s) {
        return new SelectionView(s.id, s.version, s.countyCode, s.kind, s.year, s.candidates, s.selected, s.createdAt,
                s.updatedAt);
    }
}
