package cn.justice.gateway.subscription;

import cn.justice.gateway.workqueue.WorkKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One notification of a subscription and its attempts: the delivery log. */
@Schema(name = "WebhookDelivery")
public record Delivery(
        @Schema(description = "Also the CloudEvent's id: every attempt carries the same id, so a receiver can drop repeats") UUID id,
        @Schema(description = "NEW: an item appeared or got a new due date; OVERDUE: an item turned overdue (or appeared "
                + "overdue); DIGEST: a township's daily digest") Reason reason,
        @Schema(description = "The item's kind (null for a digest)") WorkKind kind,
        @Schema(description = "The item's record (null for a digest)") UUID recordId,
        @Schema(description = "The item's township, or the digest's (null: a county record)", example = "519901101") String townshipCode,
        @Schema(description = "The item's due date; the digest's day") LocalDate dueOn,
        Status status,
        @Schema(description = "Attempts made so far") int attempts,
        Instant createdAt,
        @Schema(description = "When the next attempt is due (PENDING only)") Instant nextAttemptAt,
        Instant lastAttemptAt,
        @Schema(description = "HTTP status of the last attempt (null: no answer)") Integer lastStatus,
        @Schema(description = "Why the last attempt failed") String lastError,
        Instant deliveredAt) {

    /** Why a delivery was made. */
    public enum Reason { NEW, OVERDUE, DIGEST }

    /** PENDING → DELIVERED (a 2xx answer) | FAILED (no 2xx within the retry period) | CANCELLED (subscription deleted). */
    public enum Status { PENDING, DELIVERED, FAILED, CANCELLED }
}
