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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
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
    @Inject
    Rebuild rebuild;
    @Inject
    cn.justice.gateway.readmodel.DeadLetters deadLetters;

    @GET
    @Path("dead-letters")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.AUDITOR})
    @Operation(summary = "Messages the read model skipped (poison messages), newest first",
            description = "Messages that are not CloudEvents, have an unknown type or data that cannot be applied. "
                    + "Each is recorded once with the reason, size and SHA-256; the payload itself stays on the topic at "
                    + "topic/partition/offset. Lists the caller's county and messages whose county could not be read.")
    @APIResponse(responseCode = "200", description = "The newest dead letters",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = cn.justice.gateway.readmodel.DeadLetters.DeadLetter.class)))
    public java.util.List<cn.justice.gateway.readmodel.DeadLetters.DeadLetter> deadLetters(
            @QueryParam("limit") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000", defaultValue = "100")) String limit) {
        Integer n = QueryParams.integer(limit, "limit");
        int size = n == null ? 100 : n;
        if (size < 1 || size > 1000) {
            throw ProblemException.invalid("limit", "must be between 1 and 1000");
        }
        return deadLetters.list(caller.get().countyCode(), size);
    }

    @POST
    @Path("rebuild")
    @RolesAllowed(Roles.COUNTY_ADMIN)
    @Operation(summary = "Rebuild the read model by replaying the topics from the beginning",
            description = "Runs in the background; reads keep working on the current read model until the rebuilt "
                    + "one is swapped in. 202 with the status; 409 while a rebuild runs.")
    @APIResponse(responseCode = "202", description = "Started",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Rebuild.Status.class)))
    public Response startRebuild() {
        return Response.accepted(rebuild.start()).build();
    }

    @GET
    @Path("rebuild")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.AUDITOR})
    @Operation(summary = "Status of the last rebuild (events replayed, events per second)")
    public Rebuild.Status rebuildStatus() {
        return rebuild.status();
    }

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
        String org = TownshipScope.readableOrg(caller.get(), orgCode, orgs).code();
        QueryParams.DateRange range = QueryParams.requiredRange(from, to);
        LocalDate f = range.from();
        LocalDate t = range.to();
        if (f.getDayOfMonth() != 1) {
            throw ProblemException.invalid("from", "must be the first day of a month (rollups are monthly)");
        }
        if (!t.equals(t.withDayOfMonth(t.lengthOfMonth()))) {
            throw ProblemException.invalid("to", "must be the last day of a month (rollups are monthly)");
        }
        return reconciliation.run(org, f, t, authorization);
    }
}
