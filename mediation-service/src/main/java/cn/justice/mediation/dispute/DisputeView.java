package cn.justice.mediation.dispute;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A dispute as the API shows it. */
@Schema(name = "Dispute")
public record DisputeView(
        UUID id,
        @Schema(description = "Optimistic concurrency version; send it as If-Match") long version,
        String countyCode,
        String townshipCode,
        String villageCode,
        UUID committeeId,
        DisputeSource source,
        DisputeCategory category,
        Mechanism mechanism,
        String summary,
        BigDecimal amountInvolved,
        LocalDate registeredOn,
        DisputeStatus status,
        LocalDate acceptedOn,
        @Schema(description = "acceptedOn + 30 days") LocalDate dueOn,
        LocalDate closedOn,
        @Schema(description = "Past dueOn and still ACCEPTED") boolean overdue,
        Instant createdAt,
        Instant updatedAt) {

    public static DisputeView of(Dispute d, LocalDate today) {
        return new DisputeView(d.id, d.version, d.countyCode, d.townshipCode, d.villageCode, d.committeeId, d.source,
                d.category, d.mechanism, d.summary, d.amountInvolved, d.registeredOn, d.status, d.acceptedOn, d.dueOn,
                d.closedOn, d.overdue(today), d.createdAt, d.updatedAt);
    }
}
