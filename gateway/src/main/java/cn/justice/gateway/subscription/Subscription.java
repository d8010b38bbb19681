package cn.justice.gateway.subscription;

import cn.justice.gateway.workqueue.WorkKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A webhook subscription to the work queue; its secret is never shown. */
@Schema(name = "Subscription")
public record Subscription(
        UUID id,
        @Schema(format = "uri", example = "https://court.example.gov.cn/hooks/justice") String url,
        @Schema(description = "The kinds notified, in the order of the WorkKind list") List<WorkKind> kinds,
        @Schema(description = "The county the subscription belongs to (the creator's)", example = "519901") String countyCode,
        @Schema(description = "County or township whose items are notified", example = "519901") String orgCode,
        @Schema(description = "Who created it (the token's subject)") String createdBy,
        Instant createdAt,
        @Schema(description = "False once deleted (its log is kept; nothing more is sent)") boolean active,
        @Schema(description = "When it was deleted (null while active)") Instant deletedAt) {
}
