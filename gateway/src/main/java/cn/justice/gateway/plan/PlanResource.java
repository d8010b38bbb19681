package cn.justice.gateway.plan;

import cn.justice.platform.org.OrgDirectory;
import cn.justice.platform.problem.ProblemException;
import cn.justice.platform.security.CurrentCaller;
import cn.justice.platform.security.Roles;
import cn.justice.platform.security.TownshipScope;
import cn.justice.platform.web.QueryParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.List;

@Path("/api/v1/plans")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plans", description = "Five-year plans, their indicators and progress")
@RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
public class PlanResource {
    @Inject
    PlanCatalogue catalogue;
    @Inject
    ProgressService progress;
    @Inject
    OrgDirectory orgs;
    @Inject
    CurrentCaller caller;

    @GET
    @Operation(summary = "List the plans (14th-fyp, 15th-fyp)")
    public List<Plan> plans() {
        return catalogue.all();
    }

    @GET
    @Path("{planId}")
    @Operation(summary = "One plan with its indicators, formulas and targets")
    public Plan plan(@PathParam("planId") @Parameter(example = "15th-fyp") String planId) {
        return find(planId);
    }

    @GET
    @Path("{planId}/progress")
    @Operation(summary = "Progress of every indicator of the plan for an org unit (county or township) and a year",
            description = "Computed from the read model's rollups; asOf is the time of the newest event included.")
    public Progress progress(@PathParam("planId") @Parameter(example = "15th-fyp") String planId,
                             @QueryParam("orgCode") @Parameter(description = "County (6 digits) or township (9 digits); default: the caller's county or township", example = "519901") String orgCode,
                             @QueryParam("year") @Parameter(description = "Default: the current year", schema = @Schema(type = SchemaType.INTEGER)) String year) {
        Plan plan = find(planId);
        String org = orgCode != null ? orgCode
                : caller.get().townshipScoped() ? caller.get().townshipCode() : caller.get().countyCode();
        orgs.requireCountyOrTownship("orgCode", org);
        TownshipScope.requireOrgReadable(caller.get(), org);
        Integer y = QueryParams.integer(year, "year");
        int theYear = y == null ? LocalDate.now().getYear() : y;
        if (theYear < plan.fromYear() || theYear > plan.toYear()) {
            throw ProblemException.invalid("year", "plan " + plan.id() + " covers " + plan.fromYear() + "–" + plan.toYear());
        }
        return progress.progress(plan, org, theYear);
    }

    private Plan find(String planId) {
        Plan p = catalogue.find(planId);
        if (p == null) {
            throw ProblemException.notFound("plan", planId);
        }
        return p;
    }
}
