package cn.justice.gateway.workqueue;

import cn.justice.platform.events.CloudEvent;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The open work items (待办, DESIGN §11) an aggregate's current state implies: a pure function of the {@code data} of
 * its latest event, like the contributions (each event carries the whole state), so a newer event replaces the
 * aggregate's items and a rebuild gives the same ones. Only due dates are kept here; whether an item is overdue is
 * decided when the queue is read, against the bureau's today ({@link Severity}) — the flags in the events are as of
 * the change and go stale.
 */
public final class WorkItemRules {
    /**
     * 社区矫正法实施办法第24条 defaults of the correction service ({@code justice.correction.check-in.*}): STRICT weekly,
     * ORDINARY monthly, LENIENT quarterly; a 暂予监外执行 person's health report monthly. Only for events written before
     * the service dated the next check-in and health report itself ({@code checkInDueOn}, {@code healthReportDueOn}).
     */
    static final Period CHECK_IN_STRICT = Period.ofWeeks(1);
    static final Period CHECK_IN_ORDINARY = Period.ofMonths(1);
    static final Period CHECK_IN_LENIENT = Period.ofMonths(3);
    static final Period HEALTH_REPORT = Period.ofMonths(1);
    /** 人民调解法第33条: the parties may apply for judicial confirmation within 30 days of the agreement. */
    static final int JUDICIAL_CONFIRMATION_DAYS = 30;
    /**
     * 谁执法谁普法: a responsible unit's 普法责任清单 of year Y is filed by 31 March of Y — the end of the first quarter,
     * the bureau's plan date for the year's lists (the statute names none).
     */
    static final java.time.MonthDay UNIT_YEAR_LIST_DUE = java.time.MonthDay.of(3, 31);

    private static final Set<String> LEGAL_AID_UNDER_REVIEW = Set.of("RECEIVED", "UNDER_REVIEW", "ASSIGNED");
    private static final Set<String> DISPUTE_OPEN = Set.of("REGISTERED", "ACCEPTED");

    private WorkItemRules() {
    }

    /** One open item of an aggregate: its kind and due date. */
    public record Due(WorkKind kind, LocalDate dueOn) {
    }

    /**
     * The items of the event's aggregate after the change; none for an aggregate type without due dates.
     *
     * @param zone the bureau's zone: the calendar day of the change, for the items dated by it
     */
    public static List<Due> items(CloudEvent event, ZoneId zone) {
        JsonNode d = event.data();
        if (d == null || d.isNull() || event.type() == null) {
            return List.of();
        }
        int dot = event.type().lastIndexOf('.');
        String aggregate = dot < 0 ? event.type() : event.type().substring(0, dot);
        LocalDate changedOn = event.time() == null ? null : event.time().atZone(zone).toLocalDate();
        List<Due> out = new ArrayList<>();
        switch (aggregate) {
            case "correction.subject" -> subject(out, d, changedOn);
            case "correction.released-person" -> releasedPerson(out, d);
            case "legal-aid.application" -> application(out, d);
            case "mediation.dispute" -> dispute(out, d, changedOn);
            case "mediation.mediator" -> mediator(out, d);
            case "publicity.responsible-unit" -> responsibleUnit(out, d, changedOn);
            case "publicity.activity" -> activity(out, d);
            case "rule-of-law.document-review" -> documentReview(out, d);
            case "rule-of-law.reconsideration" -> reconsideration(out, d);
            default -> {
            }
        }
        return out;
    }

    /**
     * 社区矫正对象: 报到 (社区矫正法第21条: reportDueOn while PENDING_REPORT); 定期报告 (实施办法第24条: checkInDueOn, the
     * last contact plus the level's interval while supervised — ACTIVE, or REVOCATION_PROPOSED without an open missing
     * period — as the service dates it; for an older event without it, the default intervals here); the monthly health
     * report of 暂予监外执行 (实施办法第24条, healthReportDueOn, counted from the handover; the same fallback); a 训诫/警告
     * proposal awaiting the county (实施办法第34–35条: dated the day the oldest open one was made, sanctionProposedOn —
     * a decision awaits at once; an older event without the date gives none); 销假 (实施办法第26条: the event
     * carries only the flag, so the item is dated the day before the change, the latest the leave's last day can
     * be); 电子定位 (社区矫正法第29条: the last day of the running period, the period whose end is after the change);
     * the court's ruling on a revocation proposal (社区矫正法第46条: courtDueOn while REVOCATION_PROPOSED). None once
     * the correction ended.
     */
    static void subject(List<Due> out, JsonNode d, LocalDate changedOn) {
        String status = text(d, "status");
        if (status == null || date(d, "endedOn") != null) {
            return;
        }
        if ("PENDING_REPORT".equals(status)) {
            add(out, WorkKind.CORRECTION_REPORT_DUE, date(d, "reportDueOn"));
        }
        boolean supervised = "ACTIVE".equals(status) || "REVOCATION_PROPOSED".equals(status) && !missing(d);
        if (d.has("checkInDueOn")) { // dated by the service under its configured intervals (null: none due)
            add(out, WorkKind.CORRECTION_CHECK_IN_DUE, date(d, "checkInDueOn"));
        } else if (supervised && date(d, "lastContactOn") != null) {
            Period interval = switch (String.valueOf(text(d, "supervisionLevel"))) {
                case "STRICT" -> CHECK_IN_STRICT;
                case "LENIENT" -> CHECK_IN_LENIENT;
                default -> CHECK_IN_ORDINARY;
            };
            add(out, WorkKind.CORRECTION_CHECK_IN_DUE, date(d, "lastContactOn").plus(interval));
        }
        LocalDate reported = date(d, "reportedOn");
        if (d.has("healthReportDueOn")) {
            add(out, WorkKind.CORRECTION_HEALTH_REPORT_DUE, date(d, "healthReportDueOn"));
        } else if (supervised && "MEDICAL_PAROLE".equals(text(d, "category")) && reported != null) {
            LocalDate last = date(d, "lastHealthReportOn");
            add(out, WorkKind.CORRECTION_HEALTH_REPORT_DUE, (last != null ? last : reported).plus(HEALTH_REPORT));
        }
        if (d.path("openSanctionProposals").asInt(0) > 0) {
            add(out, WorkKind.CORRECTION_SANCTION_PROPOSAL_PENDING, date(d, "sanctionProposedOn"));
        }
        if (bool(d, "leaveReturnOverdue") && changedOn != null) {
            add(out, WorkKind.CORRECTION_LEAVE_RETURN_OVERDUE, changedOn.minusDays(1));
        }
        JsonNode periods = d.get("monitoringPeriods");
        if (periods != null && periods.isArray() && !periods.isEmpty() && changedOn != null) {
            LocalDate to = date(periods.get(periods.size() - 1), "to");
            if (to != null && to.isAfter(changedOn)) { // `to` is the first day not monitored
                add(out, WorkKind.CORRECTION_MONITORING_EXPIRING, to.minusDays(1));
            }
        }
        if ("REVOCATION_PROPOSED".equals(status)) {
            add(out, WorkKind.CORRECTION_REVOCATION_RULING_DUE, date(d, "courtDueOn"));
        }
    }

    /** An open missing period (the latest has no end). */
    private static boolean missing(JsonNode d) {
        JsonNode periods = d.get("missingPeriods");
        if (periods == null || !periods.isArray() || periods.isEmpty()) {
            return false;
        }
        JsonNode last = periods.get(periods.size() - 1);
        return text(last, "to") == null;
    }

    /**
     * 刑满释放人员: a key person (重点帮教对象, 必接必送) is connected on the day of release; the 帮教期 ends on
     * supportPeriodEndsOn (the record may then close as PERIOD_ENDED). None once CLOSED.
     */
    static void releasedPerson(List<Due> out, JsonNode d) {
        String status = text(d, "status");
        if (status == null || "CLOSED".equals(status)) {
            return;
        }
        if (bool(d, "keyPerson") && "REGISTERED".equals(status) && date(d, "connectedOn") == null) {
            add(out, WorkKind.RELEASED_KEY_PERSON_CONNECTION_DUE, date(d, "releasedOn"));
        }
        add(out, WorkKind.RELEASED_SUPPORT_PERIOD_ENDING, date(d, "supportPeriodEndsOn"));
    }

    /**
     * 法律援助申请 (法律援助法第43条): the decision within 7 days of receipt (decisionDueOn; the clock stops while
     * materials are requested, so none then; an emergency assignment still awaits its decision); the requested
     * materials by materialsDueOn while MATERIALS_REQUESTED (一次性告知; past it the application is deemed withdrawn —
     * the item goes with the sweep's event or the materials' receipt; an older event without the date gives none); the
     * assignment within
     * 3 days of granting (assignmentDueOn while GRANTED); 第49条: the objection decided within 5 days (objectionDueOn
     * while OBJECTED).
     */
    static void application(List<Due> out, JsonNode d) {
        String status = text(d, "status");
        if (status == null) {
            return;
        }
        if (LEGAL_AID_UNDER_REVIEW.contains(status) && text(d, "decision") == null) {
            add(out, WorkKind.LEGAL_AID_DECISION_DUE, date(d, "decisionDueOn"));
        }
        if ("MATERIALS_REQUESTED".equals(status)) {
            add(out, WorkKind.LEGAL_AID_MATERIALS_DUE, date(d, "materialsDueOn"));
        }
        if ("GRANTED".equals(status)) {
            add(out, WorkKind.LEGAL_AID_ASSIGNMENT_DUE, date(d, "assignmentDueOn"));
        }
        if ("OBJECTED".equals(status)) {
            add(out, WorkKind.LEGAL_AID_OBJECTION_DUE, date(d, "objectionDueOn"));
        }
    }

    /**
     * 矛盾纠纷: an accepted dispute is mediated within 30 days (dueOn); a written agreement may be brought to the court
     * for judicial confirmation within 30 days (人民调解法第33条) while none was applied for; an agreement with a
     * performance date (agreementPerformBy) is followed up (回访) the day after it, until a follow-up on or after that
     * date is recorded (an older event without the dates gives none); a dispute at HIGH risk of
     * escalating that is still open and not reported to the police is to be reported at once (人民调解法第25条: dated
     * the day of the change).
     */
    static void dispute(List<Due> out, JsonNode d, LocalDate changedOn) {
        String status = text(d, "status");
        if ("ACCEPTED".equals(status)) {
            add(out, WorkKind.MEDIATION_DISPUTE_DUE, date(d, "dueOn"));
        }
        LocalDate signed = date(d, "agreementSignedOn");
        // 司法确认 is for written agreements only (the mediation service refuses it for an oral one)
        if ("SUCCEEDED".equals(status) && signed != null && "WRITTEN".equals(text(d, "agreementForm"))
                && date(d, "judicialConfirmationAppliedOn") == null) {
            add(out, WorkKind.MEDIATION_JUDICIAL_CONFIRMATION_WINDOW, signed.plusDays(JUDICIAL_CONFIRMATION_DAYS));
        }
        LocalDate performBy = date(d, "agreementPerformBy");
        LocalDate followedUp = date(d, "lastFollowUpOn");
        if ("SUCCEEDED".equals(status) && performBy != null && (followedUp == null || followedUp.isBefore(performBy))) {
            add(out, WorkKind.MEDIATION_AGREEMENT_FOLLOW_UP_DUE, performBy.plusDays(1));
        }
        if (DISPUTE_OPEN.contains(status) && "HIGH".equals(text(d, "escalationRisk"))
                && date(d, "reportedToPoliceOn") == null && changedOn != null) {
            add(out, WorkKind.MEDIATION_ESCALATION_RISK, changedOn);
        }
    }

    /**
     * 人民调解员: an ACTIVE mediator's term (聘任) ends on termEndsOn — to be renewed (a new termEndsOn) or the mediator
     * retired. None once RETIRED or without a term end.
     */
    static void mediator(List<Due> out, JsonNode d) {
        if ("ACTIVE".equals(text(d, "status"))) {
            add(out, WorkKind.MEDIATION_MEDIATOR_TERM_ENDING, date(d, "termEndsOn"));
        }
    }

    /**
     * 谁执法谁普法 责任单位: the year's 普法责任清单 filed by 31 March ({@link #UNIT_YEAR_LIST_DUE}). As of the change
     * (Beijing day): the list of its year if not filed, otherwise next year's if not filed yet. A unit has no other
     * state (it is never closed), so a unit that filed both has none.
     */
    static void responsibleUnit(List<Due> out, JsonNode d, LocalDate changedOn) {
        if (changedOn == null) {
            return;
        }
        Set<Integer> filed = new java.util.HashSet<>();
        for (JsonNode y : d.path("years")) {
            filed.add(y.path("year").asInt());
        }
        for (int year = changedOn.getYear(); year <= changedOn.getYear() + 1; year++) {
            if (!filed.contains(year)) {
                add(out, WorkKind.PUBLICITY_UNIT_YEAR_LIST_DUE, UNIT_YEAR_LIST_DUE.atYear(year));
                return;
            }
        }
    }

    /** 普法活动: a PLANNED activity is held on its planned day (heldOn); past it, still planned: neither held nor cancelled. */
    static void activity(List<Due> out, JsonNode d) {
        if ("PLANNED".equals(text(d, "status"))) {
            add(out, WorkKind.PUBLICITY_PLANNED_ACTIVITY_DUE, date(d, "heldOn"));
        }
    }

    /** 规范性文件合法性审查: the opinion within 15 working days of receipt (dueOn) while RECEIVED or UNDER_REVIEW. */
    static void documentReview(List<Due> out, JsonNode d) {
        String status = text(d, "status");
        if ("RECEIVED".equals(status) || "UNDER_REVIEW".equals(status)) {
            add(out, WorkKind.ROL_DOCUMENT_REVIEW_DUE, date(d, "dueOn"));
        }
    }

    /**
     * 行政复议: accepted or rejected within 5 working days of the application (行政复议法第30条, acceptanceDueOn while
     * RECEIVED); decided within 30/60 days plus any extension (第62条, decisionDueOn while ACCEPTED).
     */
    static void reconsideration(List<Due> out, JsonNode d) {
        String status = text(d, "status");
        if ("RECEIVED".equals(status)) {
            add(out, WorkKind.ROL_RECONSIDERATION_ACCEPTANCE_DUE, date(d, "acceptanceDueOn"));
        } else if ("ACCEPTED".equals(status)) {
            add(out, WorkKind.ROL_RECONSIDERATION_DECISION_DUE, date(d, "decisionDueOn"));
        }
    }

    private static void add(List<Due> out, WorkKind kind, LocalDate dueOn) {
        if (dueOn != null) {
            out.add(new Due(kind, dueOn));
        }
    }

    private static String text(JsonNode d, String field) {
        JsonNode n = d == null ? null : d.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }

    private static boolean bool(JsonNode d, String field) {
        JsonNode n = d.get(field);
        return n != null && n.asBoolean(false);
    }

    /** @throws java.time.DateTimeException for a malformed date (the event is dead-lettered, as for contributions) */
    private static LocalDate date(JsonNode d, String field) {
        String s = text(d, field);
        return s == null ? null : LocalDate.parse(s);
    }
}
