package cn.justice.mediation.audit;

import cn.justice.platform.audit.AuditLogResourceBase;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/v1/mediation/audit-log}: who unmasked which party data, when and why. */
@Path("/api/v1/mediation/audit-log")
@Tag(name = "Audit log", description = "Access to parties' personal data")
public class MediationAuditLogResource extends AuditLogResourceBase {
}
