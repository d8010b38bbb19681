package cn.justice.ruleoflaw.audit;

import cn.justice.platform.audit.AuditLogResourceBase;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/v1/rule-of-law/audit-log}: who read or unmasked which reconsideration's applicant, when and why. */
@Path("/api/v1/rule-of-law/audit-log")
@Tag(name = "Audit log", description = "Access to reconsideration applicants' personal data")
public class RuleOfLawAuditLogResource extends AuditLogResourceBase {
}
