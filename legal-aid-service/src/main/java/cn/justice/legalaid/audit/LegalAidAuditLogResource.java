package cn.justice.legalaid.audit;

import cn.justice.platform.audit.AuditLogResourceBase;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/v1/legal-aid/audit-log}: who unmasked which applicant's personal data, when and why. */
@Path("/api/v1/legal-aid/audit-log")
@Tag(name = "Audit log", description = "Access to applicants' personal data")
public class LegalAidAuditLogResource extends AuditLogResourceBase {
}
