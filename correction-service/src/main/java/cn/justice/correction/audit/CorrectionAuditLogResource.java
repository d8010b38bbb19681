package cn.justice.correction.audit;

import cn.justice.platform.audit.AuditLogResourceBase;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/v1/correction/audit-log}: every detail read of a person under correction or a released person and
 * every unmask — who, when, which record ({@code recordType} subject / released-person), why ({@code X-Purpose}).
 */
@Path("/api/v1/correction/audit-log")
@Tag(name = "Audit log", description = "Access to the records and personal data of persons under correction and released persons")
public class CorrectionAuditLogResource extends AuditLogResourceBase {
}
