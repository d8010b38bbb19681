package cn.justice.correction.subject;

import cn.justice.platform.problem.ProblemException;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static cn.justice.correction.subject.SubjectStatus.ACTIVE;
import static cn.justice.correction.subject.SubjectStatus.DECEASED;
import static cn.justice.correction.subject.SubjectStatus.MISSING;
import static cn.justice.correction.subject.SubjectStatus.PENDING_REPORT;
import static cn.justice.correction.subject.SubjectStatus.REVOCATION_PROPOSED;
import static cn.justice.correction.subject.SubjectStatus.REVOKED;
import static cn.justice.correction.subject.SubjectStatus.TERMINATED;
import static cn.justice.correction.subject.SubjectStatus.TRANSFERRED_OUT;

/**
 * The state machine of a person under correction (DESIGN §5.2 as §10.1 changes it): PENDING_REPORT (待报到/待交付) →
 * ACTIVE (报到入矫 or 交付接收) | MISSING (未报到/脱管); ACTIVE ⇄ MISSING (lost-contact; report or check-in brings the person
 * back); PENDING_REPORT, ACTIVE or MISSING → REVOCATION_PROPOSED (提请撤销/收监, 社区矫正法第46–49条) → REVOKED (the ruling)
 * or back (revocation-rejected: the state the record is in without the proposal, {@link #afterRejection});
 * ACTIVE → TERMINATED (解除矫正, 第44条); every open state → DECEASED (第45条); PENDING_REPORT or ACTIVE →
 * TRANSFERRED_OUT (执行地变更 to another county, 第27条). While REVOCATION_PROPOSED the person stays under supervision:
 * reports, check-ins and a lost contact are recorded and the state stays (a missing period open before the proposal
 * stays open). The other actions record something and keep the state; the table says in which states each one is
 * allowed.
 */
public final class SubjectLifecycle {
    /** Open states: the correction goes on. */
    public static final Set<SubjectStatus> OPEN = EnumSet.of(PENDING_REPORT, ACTIVE, MISSING, REVOCATION_PROPOSED);
    /** 社区矫正法第46–49条: a revocation (or commitment) may be proposed from these states. */
    public static final Set<SubjectStatus> PROPOSABLE = EnumSet.of(PENDING_REPORT, ACTIVE, MISSING);

    /** action → states it may be taken in. */
    static final Map<String, Set<SubjectStatus>> ALLOWED_FROM = allowed();

    /** action → the state it leads to (absent: the state stays; revocation-rejected: {@link #afterRejection}). */
    static final Map<String, SubjectStatus> TARGET = Map.of(
            "report", ACTIVE,
            "check-in", ACTIVE,
            "lost-contact", MISSING,
            "propose-revocation", REVOCATION_PROPOSED,
            "revoke", REVOKED,
            "terminate", TERMINATED,
            "decease", DECEASED,
            "transfer-out", TRANSFERRED_OUT);

    private SubjectLifecycle() {
    }

    private static Map<String, Set<SubjectStatus>> allowed() {
        Set<SubjectStatus> supervised = EnumSet.of(ACTIVE, REVOCATION_PROPOSED);
        Map<String, Set<SubjectStatus>> m = new LinkedHashMap<>();
        m.put("update", OPEN);
        m.put("report", EnumSet.of(PENDING_REPORT, MISSING, REVOCATION_PROPOSED));
        m.put("check-in", EnumSet.of(ACTIVE, MISSING, REVOCATION_PROPOSED));
        m.put("lost-contact", EnumSet.of(PENDING_REPORT, ACTIVE, REVOCATION_PROPOSED));
        // the level can be set before the first report (入矫宣告 follows the report, the assessment may precede it)
        m.put("classify", OPEN);
        // 训诫/警告 are typical answers to a missing person too (脱离监管)
        m.put("admonish", EnumSet.of(ACTIVE, MISSING));
        m.put("warn", EnumSet.of(ACTIVE, MISSING));
        m.put("propose-sanction", EnumSet.of(ACTIVE, MISSING));
        m.put("leave", EnumSet.of(ACTIVE));
        m.put("leave-return", EnumSet.of(ACTIVE, MISSING, REVOCATION_PROPOSED));
        // 第29条: REVOCATION_PENDING is a ground of its own
        m.put("monitoring/start", supervised);
        // a device can be taken back while the person is missing
        m.put("monitoring/stop", OPEN);
        m.put("health-report", supervised);
        m.put("reoffend", OPEN);
        m.put("propose-revocation", PROPOSABLE);
        m.put("revoke", EnumSet.of(REVOCATION_PROPOSED));
        m.put("revocation-rejected", EnumSet.of(REVOCATION_PROPOSED));
        m.put("transfer", EnumSet.of(PENDING_REPORT, ACTIVE));
        m.put("transfer-out", EnumSet.of(PENDING_REPORT, ACTIVE));
        m.put("terminate", EnumSet.of(ACTIVE));
        // 社区矫正法第45条: death ends the correction whatever the state (a missing or never-reported person too)
        m.put("decease", OPEN);
        return Map.copyOf(m);
    }

    /**
     * @return the state after {@code action}; while REVOCATION_PROPOSED only revoke, revocation-rejected and decease
     * change the state (revocation-rejected's target is {@link #afterRejection}, set by the service)
     * @throws ProblemException 409 (currentStatus) when the action is not allowed in {@code current}
     */
    public static SubjectStatus apply(String action, SubjectStatus current) {
        Set<SubjectStatus> from = ALLOWED_FROM.get(action);
        if (from == null) {
            throw new IllegalArgumentException("unknown action " + action);
        }
        if (!from.contains(current)) {
            throw ProblemException.invalidState(action, current);
        }
        if (current == REVOCATION_PROPOSED && !action.equals("revoke") && !action.equals("decease")) {
            return current;
        }
        return TARGET.getOrDefault(action, current);
    }

    /**
     * revocation-rejected (社区矫正法第46–49条: the court did not revoke): back to the state before the proposal, as
     * the record stands now — MISSING while a missing period is open (one open before the proposal stays open),
     * PENDING_REPORT for a person who has still not reported, ACTIVE otherwise.
     */
    public static SubjectStatus afterRejection(boolean missingPeriodOpen, boolean reported) {
        if (missingPeriodOpen) {
            return MISSING;
        }
        return reported ? ACTIVE : PENDING_REPORT;
    }

    /** The correction is over here (解除/撤销/死亡/迁出): nothing changes any more. */
    public static boolean ended(SubjectStatus s) {
        return s == TERMINATED || s == REVOKED || s == DECEASED || s == TRANSFERRED_OUT;
    }

    public static Set<String> actions() {
        return ALLOWED_FROM.keySet();
    }
}
