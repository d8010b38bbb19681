package cn.justice.gateway.admin;

import cn.justice.platform.org.OrgDirectory;
import cn.justice.platform.problem.ProblemException;
import cn.justice.platform.security.CurrentCaller;
import cn.justice.platform.security.Roles;
import cn.justice.platform.security.TownshipScope;
import cn.justice.platform.web.QueryParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;

@Path("/api/v1/admin")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin", description = "Read-model operations")
public class AdminResource {
    @Inject
    Reconciliation reconciliation;
    @Inject
    OrgDirectory orgs;
    @Inject
    CurrentCaller caller;

    @GET
    @Path("reconciliation")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.AUDITOR})
    @Operation(summary = "Compare the gateway's rollups with every service's …/stats and list the differences",
            description = "The period is whole months: from is a first day of a month, to a last day. Flows compare "
                    + "the records of the period, stocks the state at its end. Services that could not be asked are "
                    + "listed in unchecked.")
    public Reconciliation.Result reconcile(
            @QueryParam("orgCode") @Parameter(example = "519901") String orgCode,
            @QueryParam("from") @Parameter(required = true, schema = @Schema(type = SchemaType.STRING, format = "date"), example = "2026-01-01") String from,
            @QueryParam("to") @Parameter(required = true, schema = @Schema(type = SchemaType.STRING, format = "date"), example = "2026-12-31") String to,
            @HeaderParam("Authorization") @Parameter(hidden = true) String authorization) {
        String org = orgCode != null ? orgCode : caller.get().countyCode();
        orgs.requireCountyOrTownship("orgCode", org);
        TownshipScope.requireOrgReadable(caller.get(), org);
        LocalDate f = QueryParams.date(from, "from");
        LocalDate t = QueryParams.date(to, "to");
        if (f == null || t == null) {
            throw ProblemException.invalid(f == null ? "from" : "to", "is required");
        }
        QueryParams.range(f, t);
        if (f.getDayOfMonth() != 1) {
            throw ProblemException.invalid("from", "must be the first day of a month (rollups are monthly)");
        }
        if (!t.equals(t.withDayOfMonth(t.lengthOfMonth()))) {
            throw ProblemException.invalid("to", "must be the last day of a month (rollups are monthly)");
        }
        return reconciliation.run(org, f, t, authorization);
    }
}
