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
import static cn.justice.correction.subject.SubjectStatus.REVOKED;
import static cn.justice.correction.subject.SubjectStatus.TERMINATED;

/**
 * The state machine of a person under correction (DESIGN §5.2): PENDING_REPORT (待报到) → ACTIVE (报到入矫) |
 * MISSING (未报到/脱管); ACTIVE ⇄ MISSING (lost-contact; report or check-in brings the person back); ACTIVE →
 * TERMINATED (解除矫正) | REVOKED (撤销缓刑/假释、收监) | DECEASED. The other actions record something and keep the state;
 * the table says in which states each one is allowed.
 */
public final class SubjectLifecycle {
    /** action → states it may be taken in. */
    static final Map<String, Set<SubjectStatus>> ALLOWED_FROM = allowed();

    /** action → the state it leads to (absent: the state stays). */
    static final Map<String, SubjectStatus> TARGET = Map.of(
            "report", ACTIVE,
            "check-in", ACTIVE,
            "lost-contact", MISSING,
            "terminate", TERMINATED,
            "revoke", REVOKED,
            "decease", DECEASED);

    private SubjectLifecycle() {
    }

    private static Map<String, Set<SubjectStatus>> allowed() {
        Set<SubjectStatus> open = EnumSet.of(PENDING_REPORT, ACTIVE, MISSING);
        Map<String, Set<SubjectStatus>> m = new LinkedHashMap<>();
        m.put("update", open);
        m.put("report", EnumSet.of(PENDING_REPORT, MISSING));
        m.put("check-in", EnumSet.of(ACTIVE, MISSING));
        m.put("lost-contact", EnumSet.of(PENDING_REPORT, ACTIVE));
        // the level can be set before the first report (入矫宣告 follows the report, the assessment may precede it)
        m.put("classify", open);
        // 训诫/警告 are typical answers to a missing person too (脱离监管)
        m.put("admonish", EnumSet.of(ACTIVE, MISSING));
        m.put("warn", EnumSet.of(ACTIVE, MISSING));
        m.put("leave", EnumSet.of(ACTIVE));
        m.put("monitoring/start", EnumSet.of(ACTIVE));
        // a device can be taken back while the person is missing
        m.put("monitoring/stop", EnumSet.of(ACTIVE, MISSING));
        m.put("reoffend", open);
        m.put("terminate", EnumSet.of(ACTIVE));
        m.put("revoke", EnumSet.of(ACTIVE));
        m.put("decease", EnumSet.of(ACTIVE));
        return Map.copyOf(m);
    }

    /**
     * @return the state after {@code action}
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
        return TARGET.getOrDefault(action, current);
    }

    /** The correction is over (解除/撤销/死亡): nothing changes any more. */
    public static boolean ended(SubjectStatus s) {
        return s == TERMINATED || s == REVOKED || s == DECEASED;
    }

    public static Set<String> actions() {
        return ALLOWED_FROM.keySet();
    }
}
