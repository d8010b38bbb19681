package cn.justice.platform.audit;

import cn.justice.platform.security.CurrentCaller;
import cn.justice.platform.security.Roles;
import cn.justice.platform.web.Page;
import cn.justice.platform.web.PageRequest;
import cn.justice.platform.web.QueryParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code GET …/audit-log} of a service that holds personal data; each service extends it under its own prefix
 * ({@code @Path("/api/v1/<service>/audit-log")}). Read-only, for auditors and county admins.
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class AuditLogResourceBase {
    @Inject
    AuditLog auditLog;
    @Inject
    CurrentCaller caller;

    @GET
    @RolesAllowed({Roles.AUDITOR, Roles.COUNTY_ADMIN})
    @Operation(summary = "Audit log of personal-data access (who read or unmasked which record, when, why)")
    public AuditPage list(@QueryParam("from") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date")) String from,
                          @QueryParam("to") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date")) String to,
                          @QueryParam("actor") @Parameter(description = "Token subject") String actor,
                          @QueryParam("recordId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String recordId,
                          @QueryParam("page") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0")) String page,
                          @QueryParam("size") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200")) String size) {
        var f = QueryParams.date(from, "from");
        var t = QueryParams.date(to, "to");
        QueryParams.range(f, t);
        UUID record = null;
        if (recordId != null && !recordId.isBlank()) {
            try {
                record = UUID.fromString(recordId.trim());
            } catch (IllegalArgumentException e) {
                throw cn.justice.platform.problem.ProblemException.invalid("recordId", "must be a UUID");
            }
        }
        PageRequest pr = PageRequest.of(QueryParams.integer(page, "page"), QueryParams.integer(size, "size"), null,
                Map.of("at", "at"), true);
        Page<AuditEntry> p = auditLog.list(caller.get(), f, t, actor, record, pr);
        return new AuditPage(p.items(), p.page(), p.size(), p.total());
    }

    /** A page of audit entries. */
    @Schema(name = "AuditPage")
    public record AuditPage(List<AuditEntry> items, int page, int size, long total) {
    }
}
