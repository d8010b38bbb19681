package cn.justice.ruleoflaw.honour;

import cn.justice.platform.record.RecordView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** An honour as the API shows it. */
@Schema(name = "Honour", description = "荣誉 (a county record)")
public record HonourView(UUID id,
                         @Schema(description = "Optimistic concurrency version; send it as If-Match") long version,
                         String countyCode, HonourLevel level, int year, String title, String awardee,
                         Instant createdAt, Instant updatedAt) implements RecordView {
    public static HonourView of(Honour h) {
        return new HonourView(h.id, h.version, h.countyCode, h.level, h.year, h.title, h.awardee, h.createdAt, h.updatedAt);
    }
}
