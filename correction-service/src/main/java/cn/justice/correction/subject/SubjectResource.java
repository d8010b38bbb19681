package cn.justice.correction.subject;

import cn.justice.platform.audit.AuditLog;
import cn.justice.platform.idempotency.Idempotency;
import cn.justice.platform.personal.Unmasking;
import cn.justice.platform.security.CurrentCaller;
import cn.justice.platform.security.Roles;
import cn.justice.platform.web.ChangeCursor;
import cn.justice.platform.web.Changes;
import cn.justice.platform.web.Page;
import cn.justice.platform.web.PageRequest;
import cn.justice.platform.web.QueryParams;
import cn.justice.platform.web.Responses;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

@Path("/api/v1/correction/subjects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Subjects", description = "社区矫正对象")
public class SubjectResource {
    @Inject
    SubjectService subjects;
    @Inject
    CurrentCaller caller;
    @Inject
    Idempotency idempotency;

    @POST
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.INTEGRATION})
    @Operation(summary = "Register a person under correction when the decision arrives (接收)",
            description = "Writes the record (PENDING_REPORT, report due judgmentEffectiveOn + 10 days) and its "
                    + "correction.subject.registered event in one transaction. Name and ID number are stored encrypted. "
                    + "A client-supplied id created again with the same body returns the existing record (200).")
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubjectView.class)))
    @APIResponse(responseCode = "200", description = "The same id was registered before with the same body",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubjectView.class)))
    public Response register(
            @Parameter(description = "Makes a retried POST safe: the first response is returned again for 24 h")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Context UriInfo uri,
            @Valid @NotNull SubjectCreate body) {
        return idempotency.run(idempotencyKey, "POST", uri.getPath(), body, () -> {
            SubjectService.Created c = subjects.register(caller.get(), body);
            return Responses.created(uri, c.subject().id(), c.created(), c.subject());
        });
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "Get one person under correction (audited)",
            description = "ETag carries the version. Name and ID number are masked and the birth date withheld; a "
                    + "county-admin may ask unmask=true (anyone else: 403), minors' records included. Every read is "
                    + "written to the audit log (READ, or UNMASK) with the X-Purpose header.")
    @APIResponse(responseCode = "200", description = "The person",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubjectView.class)))
    public Response get(@PathParam("id") UUID id,
                        @QueryParam("unmask") @Parameter(description = "county-admin only", schema = @Schema(type = SchemaType.BOOLEAN)) String unmask,
                        @HeaderParam(AuditLog.PURPOSE_HEADER) @Parameter(description = "Why the record is read (kept in the audit log); percent-encode non-ASCII text (UTF-8)") String purpose) {
        return Responses.ok(subjects.get(caller.get(), id, Unmasking.requested(caller.get(), unmask), purpose));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.INTEGRATION})
    @Operation(summary = "Edit the editable fields of a person under correction",
            description = "Never changes status (actions do) nor the supervision level (classify). Send the version "
                    + "as If-Match (stale: 412) or as version in the body (stale: 409).")
    @APIResponse(responseCode = "200", description = "The person after the change",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubjectView.class)))
    public Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") @Parameter(description = "\"<version>\"") String ifMatch,
                           @Valid @NotNull SubjectUpdate body) {
        return Responses.ok(subjects.update(caller.get(), id, ifMatch, body));
    }

    @POST
    @Path("{id}/report")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.INTEGRATION})
    @Operation(summary = "报到: first report (ON_TIME within 10 days of the judgment, else LATE); a later report brings a MISSING person back")
    @APIResponse(responseCode = "200", description = "The person, ACTIVE",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubjectView.class)))
    public Response report(@PathParam("id") UUID id, @HeaderParam("If-Match") @Parameter(description = "\"<version>\"") String ifMatch,
                           @HeaderParam(Idempotency.HEADER) String idempotencyKey, @Context UriInfo uri,
                           @Valid @NotNull SubjectActions.Report body) {
        return action(idempotencyKey, uri, body, () -> subjects.report(caller.get(), id, ifMatch, body));
    }

    @POST
    @Path("{id}/check-in")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.INTEGRATION})
    @Operation(summary = "定期报告 (check-in); brings a MISSING person back to ACTIVE")
    @APIResponse(responseCode = "200", description = "The person with the check-in",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubjectView.class)))
    public Response checkIn(@PathParam("id") UUID id, @HeaderParam("If-Match") @Parameter(description = "\"<version>\"") String ifMatch,
                           @HeaderParam(Idempotency.HEADER) String idempotencyKey, @Context UriInfo uri,
                           @Valid @NotNull SubjectActions.CheckIn body) {
        return action(idempotencyKey, uri, body, () -> subjects.checkIn(caller.get(), id, ifMatch, body));
    }

    @POST
    @Path("{id}/lost-contact")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.INTEGRATION})
    @Operation(summary = "脱管/未报到: the person is MISSING from the given day")
    @APIResponse(responseCode = "200", description = "The person, MISSING",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubjectView.class)))
    public Response lostContact(@PathParam("id") UUID id, @HeaderParam("If-Match") @Parameter(description = "\"<version>\"") String ifMatch,
                           @HeaderParam(Idempotency.HEADER) String idempotencyKey, @Context UriInfo uri,
                           @Valid @NotNull SubjectActions.LostContact body) {
        return action(idempotencyKey, uri, body, () -> subjects.lostContact(caller.get(), id, ifMatch, body));
    }

    @POST
    @Path("{id}/classify")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.INTEGRATION})
    @Operation(summary = "分类管理: change the supervision level (严管/普管/宽管) with a reason; the history is kept")
    @APIResponse(responseCode = "200", description = "The person with the new level",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubjectView.class)))
    public Response classify(@PathParam("id") UUID id, @HeaderParam("If-Match") @Parameter(description = "\"<version>\"") String ifMatch,
                           @HeaderParam(Idempotency.HEADER) String idempotencyKey, @Context UriInfo uri,
                           @Valid @NotNull SubjectActions.Classify body) {
        return action(idempotencyKey, uri, body, () -> subjects.classify(caller.get(), id, ifMatch, body));
    }

    @POST
    @Path("{id}/admonish")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.INTEGRATION})
    @Operation(summary = "训诫 (admonition) with reason and date")
    @APIResponse(responseCode = "200", description = "The person with the admonition",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubjectView.class)))
    public Response admonish(@PathParam("id") UUID id, @HeaderParam("If-Match") @Parameter(description = "\"<version>\"") String ifMatch,
                           @HeaderParam(Idempotency.HEADER) String idempotencyKey, @Context UriInfo uri,
                           @Valid @NotNull SubjectActions.Sanction body) {
        return action(idempotencyKey, uri, body, () -> subjects.admonish(caller.get(), id, ifMatch, body));
    }

    @POST
    @Path("{id}/warn")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.INTEGRATION})
    @Operation(summary = "警告 (warning); two warnings set revocationRecommended (提请撤销)")
    @APIResponse(responseCode = "200", description = "The person with the warning",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubjectView.class)))
    public Response warn(@PathParam("id") UUID id, @HeaderParam("If-Match") @Parameter(description = "\"<version>\"") String ifMatch,
                           @HeaderParam(Idempotency.HEADER) String idempotencyKey, @Context UriInfo uri,
                           @Valid @NotNull SubjectActions.Sanction body) {
        return action(idempotencyKey, uri, body, () -> subjects.warn(caller.get(), id, ifMatch, body));
    }

    @POST
    @Path("{id}/leave")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.INTEGRATION})
    @Operation(summary = "外出审批: up to 7 days by the township office, longer (up to 30) only by a county-admin (403)")
    @APIResponse(responseCode = "200", description = "The person with the approved leave",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubjectView.class)))
    public Response leave(@PathParam("id") UUID id, @HeaderParam("If-Match") @Parameter(description = "\"<version>\"") String ifMatch,
                           @HeaderParam(Idempotency.HEADER) String idempotencyKey, @Context UriInfo uri,
                           @Valid @NotNull SubjectActions.Leave body) {
        return action(idempotencyKey, uri, body, () -> subjects.leave(caller.get(), id, ifMatch, body));
    }

    @POST
    @Path("{id}/monitoring/start")
    @RolesAllowed(Roles.COUNTY_ADMIN)
    @Operation(summary = "电子定位 approval (county-admin only): a period of at most 3 months; a start while a period runs renews it from that period's last day")
    @APIResponse(responseCode = "200", description = "The person with the monitoring period",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubjectView.class)))
    public Response startMonitoring(@PathParam("id") UUID id, @HeaderParam("If-Match") @Parameter(description = "\"<version>\"") String ifMatch,
                           @HeaderParam(Idempotency.HEADER) String idempotencyKey, @Context UriInfo uri,
                           @Valid @NotNull SubjectActions.MonitoringStart body) {
        return action(idempotencyKey, uri, body, () -> subjects.startMonitoring(caller.get(), id, ifMatch, body));
    }

    @POST
    @Path("{id}/monitoring/stop")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.INTEGRATION})
    @Operation(summary = "解除电子定位: stop the latest monitoring period")
    @APIResponse(responseCode = "200", description = "The person with the period stopped",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubjectView.class)))
    public Response stopMonitoring(@PathParam("id") UUID id, @HeaderParam("If-Match") @Parameter(description = "\"<version>\"") String ifMatch,
                           @HeaderParam(Idempotency.HEADER) String idempotencyKey, @Context UriInfo uri,
                           @Valid @NotNull SubjectActions.MonitoringStop body) {
        return action(idempotencyKey, uri, body, () -> subjects.stopMonitoring(caller.get(), id, ifMatch, body));
    }

    @POST
    @Path("{id}/reoffend")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.INTEGRATION})
    @Operation(summary = "重新犯罪: record a re-offence with its date")
    @APIResponse(responseCode = "200", description = "The person with the re-offence",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubjectView.class)))
    public Response reoffend(@PathParam("id") UUID id, @HeaderParam("If-Match") @Parameter(description = "\"<version>\"") String ifMatch,
                           @HeaderParam(Idempotency.HEADER) String idempotencyKey, @Context UriInfo uri,
                           @Valid @NotNull SubjectActions.Reoffend body) {
        return action(idempotencyKey, uri, body, () -> subjects.reoffend(caller.get(), id, ifMatch, body));
    }

    @POST
    @Path("{id}/terminate")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.INTEGRATION})
    @Operation(summary = "解除矫正 on expiry or pardon, with the certificate number")
    @APIResponse(responseCode = "200", description = "The person, TERMINATED",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubjectView.class)))
    public Response terminate(@PathParam("id") UUID id, @HeaderParam("If-Match") @Parameter(description = "\"<version>\"") String ifMatch,
                           @HeaderParam(Idempotency.HEADER) String idempotencyKey, @Context UriInfo uri,
                           @Valid @NotNull SubjectActions.Terminate body) {
        return action(idempotencyKey, uri, body, () -> subjects.terminate(caller.get(), id, ifMatch, body));
    }

    @POST
    @Path("{id}/revoke")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.INTEGRATION})
    @Operation(summary = "撤销缓刑/假释、收监执行")
    @APIResponse(responseCode = "200", description = "The person, REVOKED",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubjectView.class)))
    public Response revoke(@PathParam("id") UUID id, @HeaderParam("If-Match") @Parameter(description = "\"<version>\"") String ifMatch,
                           @HeaderParam(Idempotency.HEADER) String idempotencyKey, @Context UriInfo uri,
                           @Valid @NotNull SubjectActions.Revoke body) {
        return action(idempotencyKey, uri, body, () -> subjects.revoke(caller.get(), id, ifMatch, body));
    }

    @POST
    @Path("{id}/decease")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.INTEGRATION})
    @Operation(summary = "死亡: the correction ends")
    @APIResponse(responseCode = "200", description = "The person, DECEASED",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubjectView.class)))
    public Response decease(@PathParam("id") UUID id, @HeaderParam("If-Match") @Parameter(description = "\"<version>\"") String ifMatch,
                           @HeaderParam(Idempotency.HEADER) String idempotencyKey, @Context UriInfo uri,
                           @Valid @NotNull SubjectActions.Decease body) {
        return action(idempotencyKey, uri, body, () -> subjects.decease(caller.get(), id, ifMatch, body));
    }

    private Response action(String idempotencyKey, UriInfo uri, Object body, Supplier<SubjectView> work) {
        return idempotency.run(idempotencyKey, "POST", uri.getPath(), body, () -> Responses.ok(work.get()));
    }

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "List persons under correction",
            description = "Filters combine; from/to apply to receivedOn. Names and ID numbers are masked. "
                    + "A township officer only sees its own township.")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubjectPage.class)))
    public Page<SubjectView> list(
            @QueryParam("page") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0")) String page,
            @QueryParam("size") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "20")) String size,
            @QueryParam("sort") @Parameter(description = "field[,asc|desc]; fields: receivedOn, createdAt, updatedAt, subjectNo, status, category, supervisionLevel, judgmentEffectiveOn, reportDueOn, reportedOn, correctionEnd, endedOn", example = "receivedOn,desc") String sort,
            @QueryParam("townshipCode") @Parameter(example = "519901101") String townshipCode,
            @QueryParam("status") @Parameter(schema = @Schema(implementation = SubjectStatus.class)) String status,
            @QueryParam("category") @Parameter(schema = @Schema(implementation = SubjectCategory.class)) String category,
            @QueryParam("supervisionLevel") @Parameter(schema = @Schema(implementation = SupervisionLevel.class)) String supervisionLevel,
            @QueryParam("from") @Parameter(description = "receivedOn ≥ from", schema = @Schema(type = SchemaType.STRING, format = "date")) String from,
            @QueryParam("to") @Parameter(description = "receivedOn ≤ to", schema = @Schema(type = SchemaType.STRING, format = "date")) String to,
            @QueryParam("reportOverdue") @Parameter(description = "Not reported and past reportDueOn", schema = @Schema(type = SchemaType.BOOLEAN)) String reportOverdue,
            @QueryParam("overdue") @Parameter(description = "Same as reportOverdue", schema = @Schema(type = SchemaType.BOOLEAN)) String overdue,
            @QueryParam("missing") @Parameter(description = "MISSING (脱管) or not", schema = @Schema(type = SchemaType.BOOLEAN)) String missing,
            @QueryParam("monitoringExpired") @Parameter(description = "Latest monitoring period ran out without renewal or stop", schema = @Schema(type = SchemaType.BOOLEAN)) String monitoringExpired,
            @QueryParam("expired") @Parameter(description = "Same as monitoringExpired", schema = @Schema(type = SchemaType.BOOLEAN)) String expired,
            @QueryParam("revocationRecommended") @Parameter(description = "Two or more warnings", schema = @Schema(type = SchemaType.BOOLEAN)) String revocationRecommended,
            @QueryParam("minor") @Parameter(schema = @Schema(type = SchemaType.BOOLEAN)) String minor,
            @QueryParam("subjectNo") String subjectNo,
            @QueryParam("idNumber") @Parameter(description = "Exact resident ID number (matched by keyed hash)") String idNumber) {
        var fromDate = QueryParams.date(from, "from");
        var toDate = QueryParams.date(to, "to");
        QueryParams.range(fromDate, toDate);
        SubjectFilter filter = new SubjectFilter(townshipCode,
                QueryParams.enumOf(SubjectStatus.class, status, "status"),
                QueryParams.enumOf(SubjectCategory.class, category, "category"),
                QueryParams.enumOf(SupervisionLevel.class, supervisionLevel, "supervisionLevel"),
                fromDate, toDate,
                either(QueryParams.bool(reportOverdue, "reportOverdue"), QueryParams.bool(overdue, "overdue"), "overdue"),
                QueryParams.bool(missing, "missing"),
                either(QueryParams.bool(monitoringExpired, "monitoringExpired"), QueryParams.bool(expired, "expired"), "expired"),
                QueryParams.bool(revocationRecommended, "revocationRecommended"),
                QueryParams.bool(minor, "minor"),
                idNumber == null || idNumber.isBlank() ? null : idNumber.trim(),
                subjectNo == null || subjectNo.isBlank() ? null : subjectNo.trim());
        PageRequest pr = PageRequest.of(QueryParams.integer(page, "page"), QueryParams.integer(size, "size"), sort,
                SubjectService.SORTABLE, true);
        return subjects.list(caller.get(), filter, pr);
    }

    @GET
    @Path("changes")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "Sync feed of persons under correction for mobile clients",
            description = "Every create/update after the cursor, in order, each with its version (masked as in lists). Pass nextCursor as since.")
    @APIResponse(responseCode = "200", description = "Changes after the cursor",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubjectChanges.class)))
    public Changes<SubjectView> changes(
            @QueryParam("since") @Parameter(description = "nextCursor of the previous call; absent for the start") String since,
            @QueryParam("limit") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000", defaultValue = "500")) String limit) {
        return subjects.changes(caller.get(), ChangeCursor.parse(since), ChangeCursor.limit(QueryParams.integer(limit, "limit")));
    }

    /** A flag with an alias: both given must agree. */
    private static Boolean either(Boolean primary, Boolean alias, String aliasName) {
        if (primary != null && alias != null && !primary.equals(alias)) {
            throw cn.justice.platform.problem.ProblemException.invalid(aliasName, "contradicts its synonym");
        }
        return primary != null ? primary : alias;
    }

    /** OpenAPI shape of a page of persons under correction. */
    @Schema(name = "SubjectPage")
    public record SubjectPage(List<SubjectView> items, int page, int size, long total) {
    }

    /** OpenAPI shape of a batch of the sync feed. */
    @Schema(name = "SubjectChanges")
    public record SubjectChanges(List<SubjectView> items, String nextCursor) {
    }
}
