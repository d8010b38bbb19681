package cn.justice.correction.subject;

import cn.justice.correction.CorrectionOpenApi;
import cn.justice.platform.record.RecordApi;
import cn.justice.platform.record.RecordResource;
import cn.justice.platform.security.Roles;
import cn.justice.platform.web.Page;
import cn.justice.platform.web.PageParams;
import cn.justice.platform.web.PageRequest;
import cn.justice.platform.web.QueryParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * Persons under correction (社区矫正对象): registration, audited reads, edits, the actions of DESIGN §5.2 and the list
 * with its filters. Electronic monitoring (电子定位) is approved by the county only.
 */
@Path("/api/v1/correction/subjects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Subjects", description = "社区矫正对象")
public class SubjectResource extends RecordResource<SubjectService, SubjectView, SubjectCreate, SubjectUpdate> {
    public static final RecordApi<SubjectService, SubjectView> API = RecordApi.of(SubjectResource.class)
            .personalData(CorrectionOpenApi.PURPOSE).actionIfMatch(RecordApi.IF_MATCH_VERSION)
            .create("Register a person under correction when the decision arrives (接收)",
                    "Writes the record (PENDING_REPORT, report due judgmentEffectiveOn + 10 days) and its "
                    + "correction.subject.registered event in one transaction. Name and ID number are stored encrypted. "
                    + "A client-supplied id created again with the same body returns the existing record (200).",
                    "Registered", "The same id was registered before with the same body")
            .get("Get one person under correction (audited)",
                    "ETag carries the version. Name and ID number are masked and the birth date withheld; a "
                    + "county-admin may ask unmask=true (anyone else: 403), minors' records included. Every read is "
                    + "written to the audit log (READ, or UNMASK) with the X-Purpose header.", "The person")
            .update("Edit the editable fields of a person under correction",
                    "Never changes status (actions do) nor the supervision level (classify). Send the version "
                    + "as If-Match (stale: 412) or as version in the body (stale: 409).", "The person after the change")
            .changes("Sync feed of persons under correction for mobile clients", "Every create/update after the cursor, "
                    + "in order, each with its version (masked as in lists). Pass nextCursor as since.")
            .action("report", SubjectActions.Report.class, SubjectService::report, "报到: first report (ON_TIME within "
                    + "10 days of the judgment, else LATE); a later report brings a MISSING person back", "The person, ACTIVE")
            .action("check-in", SubjectActions.CheckIn.class, SubjectService::checkIn,
                    "定期报告 (check-in); brings a MISSING person back to ACTIVE", "The person with the check-in")
            .action("lost-contact", SubjectActions.LostContact.class, SubjectService::lostContact,
                    "脱管/未报到: the person is MISSING from the given day", "The person, MISSING")
            .action("classify", SubjectActions.Classify.class, SubjectService::classify,
                    "分类管理: change the supervision level (严管/普管/宽管) with a reason; the history is kept",
                    "The person with the new level")
            .action("admonish", SubjectActions.Sanction.class, SubjectService::admonish,
                    "训诫 (admonition) with reason and date", "The person with the admonition")
            .action("warn", SubjectActions.Sanction.class, SubjectService::warn,
                    "警告 (warning); two warnings set revocationRecommended (提请撤销)", "The person with the warning")
            .action("leave", SubjectActions.Leave.class, SubjectService::leave, "外出审批: up to 7 days by the township "
                    + "office, longer (up to 30) only by a county-admin (403)", "The person with the approved leave")
            .action("monitoring/start", SubjectActions.MonitoringStart.class, SubjectService::startMonitoring,
                    "电子定位 approval (county-admin only): a period of at most 3 months; a start while a period runs "
                    + "renews it from that period's last day", null, "The person with the monitoring period",
                    List.of(Roles.COUNTY_ADMIN))
            .action("monitoring/stop", SubjectActions.MonitoringStop.class, SubjectService::stopMonitoring,
                    "解除电子定位: stop the latest monitoring period", "The person with the period stopped")
            .action("reoffend", SubjectActions.Reoffend.class, SubjectService::reoffend,
                    "重新犯罪: record a re-offence with its date", "The person with the re-offence")
            .action("terminate", SubjectActions.Terminate.class, SubjectService::terminate,
                    "解除矫正 on expiry or pardon, with the certificate number", "The person, TERMINATED")
            .action("revoke", SubjectActions.Revoke.class, SubjectService::revoke, "撤销缓刑/假释、收监执行",
                    "The person, REVOKED")
            .action("decease", SubjectActions.Decease.class, SubjectService::decease, "死亡: the correction ends",
                    "The person, DECEASED");

    @Inject
    public SubjectResource(SubjectService subjects) {
        super(API, subjects);
    }

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "List persons under correction",
            description = "Filters combine; from/to apply to receivedOn. Names and ID numbers are masked. "
                    + "A township officer only sees its own township.")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SubjectPage")))
    public Page<SubjectView> list(
            @BeanParam PageParams paging,
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
        var dates = QueryParams.optionalRange(from, to);
        SubjectFilter filter = new SubjectFilter(townshipCode,
                QueryParams.enumOf(SubjectStatus.class, status, "status"),
                QueryParams.enumOf(SubjectCategory.class, category, "category"),
                QueryParams.enumOf(SupervisionLevel.class, supervisionLevel, "supervisionLevel"),
                dates.from(), dates.to(),
                either(QueryParams.bool(reportOverdue, "reportOverdue"), QueryParams.bool(overdue, "overdue"), "overdue"),
                QueryParams.bool(missing, "missing"),
                either(QueryParams.bool(monitoringExpired, "monitoringExpired"), QueryParams.bool(expired, "expired"), "expired"),
                QueryParams.bool(revocationRecommended, "revocationRecommended"),
                QueryParams.bool(minor, "minor"),
                idNumber == null || idNumber.isBlank() ? null : idNumber.trim(),
                subjectNo == null || subjectNo.isBlank() ? null : subjectNo.trim());
        PageRequest pr = paging.request(sort, SubjectService.SORTABLE, true);
        return service.list(caller.get(), filter, pr);
    }

    /** A flag with an alias: both given must agree. */
    private static Boolean either(Boolean primary, Boolean alias, String aliasName) {
        if (primary != null && alias != null && !primary.equals(alias)) {
            throw cn.justice.platform.problem.ProblemException.invalid(aliasName, "contradicts its synonym");
        }
        return primary != null ? primary : alias;
    }
}
