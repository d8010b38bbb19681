package cn.justice.legalaid.advisor;

import cn.justice.platform.record.RecordView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An advisor period as the API shows it. */
@Schema(name = "VillageAdvisor", description = "村居法律顾问")
public record AdvisorView(UUID id,
                          @Schema(description = "Optimistic concurrency version; send it as If-Match") long version,
                          String countyCode, String townshipCode, String villageCode, String advisorName, String firm,
                          @Schema(description = "First day") LocalDate from,
                          @Schema(description = "Last day (inclusive); null while open") LocalDate to,
                          AdvisorStatus status, String endReason, Instant createdAt, Instant updatedAt) implements RecordView {
    public static AdvisorView of(VillageAdvisor a) {
        return new AdvisorView(a.id, a.version, a.countyCode, a.townshipCode, a.villageCode, a.advisorName, a.firm,
                a.validFrom, a.validTo, a.status, a.endReason, a.createdAt, a.updatedAt);
    }
}
