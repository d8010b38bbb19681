package cn.justice.gateway.plan;

import cn.justice.platform.org.OrgDirectory;
import cn.justice.platform.problem.ProblemException;
import cn.justice.platform.security.CurrentCaller;
import cn.justice.platform.security.Roles;
import cn.justice.platform.security.TownshipScope;
import cn.justice.platform.web.QueryParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.core.Response;
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
    /** The bureau's clock: the current year is Beijing's (on 1 January before 08:00 a UTC host is still in the old year). */
    @Inject
    java.time.Clock clock;
    @Inject
    PlanCatalogue catalogue;
    @Inject
    ProgressService progress;
    @Inject
    OrgDirectory orgs;
    @Inject
    CurrentCaller caller;
    @Inject
    Targets targets;

    @GET
    @Operation(summary = "List the plans (14th-fyp, 15th-fyp) with the caller's county's targets")
    public List<Plan> plans() {
        return catalogue.all().stream().map(this::effective).toList();
    }

    @GET
    @Path("{planId}")
    @Operation(summary = "One plan with its indicators, formulas and the caller's county's targets")
    public Plan plan(@PathParam("planId") @Parameter(example = "15th-fyp") String planId) {
        return effective(catalogue.require(planId));
    }

    @PUT
    @Path("{planId}/indicators/{code}/targets")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COUNTY_ADMIN)
    @Operation(summary = "Set the county's targets of an indicator for some years (county-admin)",
            description = "Years not named keep their target. Every change is recorded (who, when, old → new).")
    public Indicator setTargets(@PathParam("planId") String planId, @PathParam("code") String code,
                                @Valid @NotNull TargetsUpdate body) {
        Plan plan = catalogue.require(planId);
        Indicator i = indicator(plan, code);
        targets.set(plan, i, caller.get().countyCode(), body.targets(), caller.get().subject());
        return targets.effective(i, targets.overrides(plan.id(), caller.get().countyCode()));
    }

    @GET
    @Path("{planId}/indicators/{code}/target-changes")
    @Operation(summary = "History of the county's target changes of an indicator")
    public List<Targets.Change> targetChanges(@PathParam("planId") String planId, @PathParam("code") String code) {
        Plan plan = catalogue.require(planId);
        return targets.changes(plan.id(), caller.get().countyCode(), indicator(plan, code).code());
    }

    @GET
    @Path("{planId}/progress.csv")
    @Produces("text/csv")
    @Operation(summary = "Progress as CSV (UTF-8 with BOM, Chinese headers), one row per indicator")
    public Response progressCsv(@PathParam("planId") String planId, @QueryParam("orgCode") String orgCode,
                                @QueryParam("year") @Parameter(schema = @Schema(type = SchemaType.INTEGER)) String year) {
        Progress p = progress(planId, orgCode, year);
        return attachment(ProgressCsv.write(p), "text/csv; charset=UTF-8", p, "csv");
    }

    @GET
    @Path("{planId}/progress.xlsx")
    @Produces(ProgressXlsx.MEDIA_TYPE)
    @Operation(summary = "Progress as an Excel workbook (Chinese headers), one row per indicator")
    public Response progressXlsx(@PathParam("planId") String planId, @QueryParam("orgCode") String orgCode,
                                 @QueryParam("year") @Parameter(schema = @Schema(type = SchemaType.INTEGER)) String year) {
        Progress p = progress(planId, orgCode, year);
        return attachment(ProgressXlsx.write(p), ProgressXlsx.MEDIA_TYPE, p, "xlsx");
    }

    /** A download named after the plan, org unit and year. */
    private static Response attachment(Object body, String mediaType, Progress p, String extension) {
        return Response.ok(body, mediaType).header("Content-Disposition", "attachment; filename=\"progress-" + p.planId()
                + "-" + p.orgCode() + "-" + p.year() + "." + extension + "\"").build();
    }

    private Plan effective(Plan p) {
        var overrides = targets.overrides(p.id(), caller.get().countyCode());
        return new Plan(p.id(), p.name(), p.nameEn(), p.fromYear(), p.toYear(),
                p.indicators().stream().map(i -> targets.effective(i, overrides)).toList());
    }

    private static Indicator indicator(Plan plan, String code) {
        Indicator i = plan.indicator(code);
        if (i == null) {
            throw ProblemException.notFound("indicator", code);
        }
        return i;
    }

    @GET
    @Path("{planId}/progress")
    @Operation(summary = "Progress of every indicator of the plan for an org unit (county or township) and a year",
            description = "Computed from the read model's rollups; asOf is the time of the newest event included.")
    public Progress progressJson(@PathParam("planId") @Parameter(example = "15th-fyp") String planId,
                             @QueryParam("orgCode") @Parameter(description = "County (6 digits) or township (9 digits); default: the caller's county or township", example = "519901") String orgCode,
                             @QueryParam("year") @Parameter(description = "Default: the current year", schema = @Schema(type = SchemaType.INTEGER)) String year) {
        return progress(planId, orgCode, year);
    }

    private Progress progress(String planId, String orgCode, String year) {
        Plan plan = catalogue.require(planId);
        String org = TownshipScope.readableOrg(caller.get(), orgCode, orgs).code();
        Integer y = QueryParams.integer(year, "year");
        int theYear = y == null ? LocalDate.now(clock).getYear() : y;
        if (theYear < plan.fromYear() || theYear > plan.toYear()) {
            throw ProblemException.invalid("year", "plan " + plan.id() + " covers " + plan.fromYear() + "–" + plan.toYear());
        }
        return progress.progress(plan, org, theYear);
    }
}
