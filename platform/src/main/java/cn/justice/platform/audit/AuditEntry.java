package cn.justice.platform.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** One audit record: {@code {at, actor, role, recordType, recordId, action, purpose}} (DESIGN §5.5). */
@Schema(name = "AuditEntry")
public record AuditEntry(Instant at, String actor, String role, String recordType, UUID recordId, Action action,
                         @Schema(description = "From the X-Purpose header of the request") String purpose) {
    public enum Action { READ, UNMASK, EXPORT }
}
