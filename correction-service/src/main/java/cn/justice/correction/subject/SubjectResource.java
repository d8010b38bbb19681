package cn.justice.correction.subject;

import cn.justice.correction.CorrectionOpenApi;
import cn.justice.platform.record.RecordApi;
import cn.justice.platform.record.RecordResource;
import cn.justice.platform.security.Roles;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * Persons under correction (社区矫正对象): registration, audited reads, edits, the actions of DESIGN §5.2 and the list
 * with its filters. Electronic monitoring (电子定位) is approved by the county only.
 */
@Path("/api/v1/correction/subjects")
@Tag(name = "Subjects", description = "社区矫正对象")
public class SubjectResource extends RecordResource<SubjectService, SubjectView, SubjectCreate, SubjectUpdate> {
    public static final RecordApi<SubjectService, SubjectView> API = RecordApi.of(SubjectResource.class)
            .personalData(CorrectionOpenApi.PURPOSE).actionIfMatch(RecordApi.IF_MATCH_VERSION)
            .create("Register a person under correction when the decision arrives (接收)",
                    """
                            Writes the record (PENDING_REPORT, report due judgmentEffectiveOn + 10 days) and its \
                            correction.subject.registered event in one transaction. Name and ID number are stored encrypted. \
                            A client-supplied id created again with the same body returns the existing record (200).""",
                    "Registered", "The same id was registered before with the same body")
            .get("Get one person under correction (audited)",
                    """
                            ETag carries the version. Name and ID number are masked and the birth date withheld; a \
                            county-admin may ask unmask=true (anyone else: 403), minors' records included. Every read is \
                            written to the audit log (READ, or UNMASK) with the X-Purpose header.""", "The person")
            .update("Edit the editable fields of a person under correction",
                    """
                            Never changes status (actions do) nor the supervision level (classify). Send the version \
                            as If-Match (stale: 412) or as version in the body (stale: 409).""", "The person after the change")
            .list("List persons under correction", """
                    Filters combine; from/to apply to receivedOn. Names and ID \
                    numbers are masked. A township officer only sees its own township.""", SubjectService.SORTABLE,
                    RecordApi.DESCENDING, SubjectFilter::of, SubjectService::list)
            .changes("Sync feed of persons under correction for mobile clients", """
                    Every create/update after the cursor, \
                    in order, each with its version (masked as in lists). Pass nextCursor as since.""")
            .action("report", SubjectActions.Report.class, SubjectService::report, """
                    报到 (社区矫正法第21条): first report \
                    (ON_TIME within 10 days of the judgment, else LATE) or, for MEDICAL_PAROLE, the handover (HANDED_OVER, \
                    intakeOnTime within 10 days of decisionReceivedOn); a later report brings a MISSING person back""",
                    "The person, ACTIVE (REVOCATION_PROPOSED stays)")
            .action("check-in", SubjectActions.CheckIn.class, SubjectService::checkIn,
                    "定期报告 (check-in, 实施办法第24条); brings a MISSING person back to ACTIVE", "The person with the check-in")
            .action("lost-contact", SubjectActions.LostContact.class, SubjectService::lostContact,
                    "脱管/未报到: the person is MISSING from the given day", "The person, MISSING (REVOCATION_PROPOSED stays)")
            .action("classify", SubjectActions.Classify.class, SubjectService::classify,
                    "分类管理: change the supervision level (严管/普管/宽管) with a reason; the history is kept",
                    "The person with the new level")
            .action("admonish", SubjectActions.Sanction.class, SubjectService::admonish,
                    "训诫 (实施办法第34条) with reason and date", """
                            By the county, or by the township office where the county \
                            has delegated it (justice.correction.admonish-by-township, default on; else 403)""",
                    "The person with the admonition", RecordApi.WRITERS)
            .action("warn", SubjectActions.Sanction.class, SubjectService::warn,
                    "警告 (实施办法第35条), decided by the county (county-admin)", """
                            Two warnings are a ground for \
                            revocation (revocationRecommended). A township officer records propose-sanction instead.""",
                    "The person with the warning", List.of(Roles.COUNTY_ADMIN))
            .action("propose-sanction", SubjectActions.ProposeSanction.class, SubjectService::proposeSanction,
                    "Propose a 训诫 or 警告 to the county (实施办法第34–35条)", """
                            A recorded proposal for the county's work \
                            queue; the county's admonish or warn decides the oldest open one of its kind.""",
                    "The person with the proposal", RecordApi.WRITERS)
            .action("leave", SubjectActions.Leave.class, SubjectService::leave, "外出审批 (实施办法第26条)", """
                    Up to 7 days \
                    by the township office; 8–30 days only by a county-admin (403); over 30 days, or over 30 days in any \
                    two months together, also needs prefectureApproval (422 without it) and a county-admin; a leave \
                    overlapping another is refused (422).""", "The person with the approved leave", RecordApi.WRITERS)
            .action("leave-return", SubjectActions.LeaveReturn.class, SubjectService::leaveReturn,
                    "销假: the person came back from the earliest open leave (实施办法第26条)", "The person with the leave closed")
            .action("monitoring/start", SubjectActions.MonitoringStart.class, SubjectService::startMonitoring,
                    "电子定位 approval (社区矫正法第29条; county-admin only)", """
                            On one of the five grounds of 第29条; a period \
                            of at most 3 months; a start while a period runs renews it from that period's last day""",
                    "The person with the monitoring period", List.of(Roles.COUNTY_ADMIN))
            .action("monitoring/stop", SubjectActions.MonitoringStop.class, SubjectService::stopMonitoring,
                    "解除电子定位: stop the latest monitoring period", "The person with the period stopped")
            .action("health-report", SubjectActions.HealthReport.class, SubjectService::healthReport,
                    "暂予监外执行: the monthly health report (实施办法第24条); MEDICAL_PAROLE only (422)", "The person with the report")
            .action("reoffend", SubjectActions.Reoffend.class, SubjectService::reoffend,
                    "重新犯罪: record a re-offence with its date", "The person with the re-offence")
            .action("propose-revocation", SubjectActions.ProposeRevocation.class, SubjectService::proposeRevocation,
                    "提请撤销缓刑/假释 or 提请收监执行 (社区矫正法第46–49条; county-admin)", """
                            From PENDING_REPORT, ACTIVE or \
                            MISSING; the court (for MEDICAL_PAROLE the deciding authority) rules within 30 days (courtDueOn). \
                            管制 (CONTROL) has neither: 422. An open missing period stays open.""",
                    "The person, REVOCATION_PROPOSED", List.of(Roles.COUNTY_ADMIN))
            .action("revoke", SubjectActions.Revoke.class, SubjectService::revoke,
                    "The ruling: 撤销缓刑/假释、收监执行 (社区矫正法第46–49条; county-admin)", """
                            Only on a proposal \
                            (REVOCATION_PROPOSED); the correction ends, an open missing period ends that day.""",
                    "The person, REVOKED", List.of(Roles.COUNTY_ADMIN))
            .action("revocation-rejected", SubjectActions.RevocationRejected.class, SubjectService::revocationRejected,
                    "The court did not revoke (社区矫正法第46–49条; county-admin)", """
                            Back to the state before the proposal: \
                            MISSING while a missing period is open, PENDING_REPORT if never reported, else ACTIVE.""",
                    "The person in the state before the proposal", List.of(Roles.COUNTY_ADMIN))
            .action("transfer", SubjectActions.Transfer.class, SubjectService::transfer,
                    "执行地变更 within the county (社区矫正法第27条; 实施办法第30条; county-admin)", """
                            The township changes from \
                            `on` (figures follow it from that day); the history is kept. A township of another county: 422.""",
                    "The person in the new township", List.of(Roles.COUNTY_ADMIN))
            .action("transfer-out", SubjectActions.TransferOut.class, SubjectService::transferOut,
                    "执行地变更 to another county (社区矫正法第27条; 实施办法第30条; county-admin)", "The record ends here.",
                    "The person, TRANSFERRED_OUT", List.of(Roles.COUNTY_ADMIN))
            .action("terminate", SubjectActions.Terminate.class, SubjectService::terminate,
                    "解除矫正 on expiry or pardon, with the certificate number (社区矫正法第44条; county-admin)", null,
                    "The person, TERMINATED", List.of(Roles.COUNTY_ADMIN))
            .action("decease", SubjectActions.Decease.class, SubjectService::decease,
                    "死亡 (社区矫正法第45条): the correction ends, from every open state", "The person, DECEASED");

    @Inject
    public SubjectResource(SubjectService subjects) {
        super(API, subjects);
    }
}
