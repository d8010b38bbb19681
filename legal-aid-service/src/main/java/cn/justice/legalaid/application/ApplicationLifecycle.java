package cn.justice.legalaid.application;

import cn.justice.platform.problem.ProblemException;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static cn.justice.legalaid.application.ApplicationStatus.ASSIGNED;
import static cn.justice.legalaid.application.ApplicationStatus.CLOSED;
import static cn.justice.legalaid.application.ApplicationStatus.DENIED;
import static cn.justice.legalaid.application.ApplicationStatus.GRANTED;
import static cn.justice.legalaid.application.ApplicationStatus.MATERIALS_REQUESTED;
import static cn.justice.legalaid.application.ApplicationStatus.RECEIVED;
import static cn.justice.legalaid.application.ApplicationStatus.UNDER_REVIEW;
import static cn.justice.legalaid.application.ApplicationStatus.OBJECTED;
import static cn.justice.legalaid.application.ApplicationStatus.TERMINATED;
import static cn.justice.legalaid.application.ApplicationStatus.WITHDRAWN;

/**
 * The application state machine (DESIGN §5.3) as a table of transitions:
 * RECEIVED → UNDER_REVIEW ({@code review}) → GRANTED ({@code grant}) | DENIED ({@code deny}) | WITHDRAWN
 * ({@code withdraw}); UNDER_REVIEW ⇄ MATERIALS_REQUESTED ({@code request-materials}, {@code materials-received});
 * GRANTED → ASSIGNED ({@code assign}) → CLOSED ({@code close}) | TERMINATED ({@code terminate-aid}, 法律援助法第48条);
 * DENIED | TERMINATED → OBJECTED ({@code object}, 第49条) → ({@code objection-decision}) back, or on CORRECTED to
 * UNDER_REVIEW (a denial) or ASSIGNED (a termination); MATERIALS_REQUESTED → WITHDRAWN when deemed withdrawn (第43条).
 * <p>
 * Emergency aid (先行提供, 法律援助法 第44条): {@code assign} with {@code emergency: true} goes to ASSIGNED before the
 * decision (from RECEIVED or UNDER_REVIEW; not while materials are awaited, whose waiting days must end first);
 * the decision follows on the ASSIGNED, still
 * undecided application ({@code grant} keeps it ASSIGNED, {@code deny} ends the aid: DENIED), and it can be closed
 * only once granted. AUTHORITY_NOTICE applications start GRANTED (not a transition: the create does it).
 */
public final class ApplicationLifecycle {
    public static final String REVIEW = "review";
    public static final String REQUEST_MATERIALS = "request-materials";
    public static final String MATERIALS_RECEIVED = "materials-received";
    public static final String GRANT = "grant";
    public static final String DENY = "deny";
    public static final String ASSIGN = "assign";
    /** {@code assign} with {@code emergency: true}: before the decision. */
    public static final String EMERGENCY_ASSIGN = "emergency-assign";
    public static final String CLOSE = "close";
    public static final String WITHDRAW = "withdraw";
    /** 法律援助法 第43条: materials past their due date, the application is deemed withdrawn (视为撤回) by the sweep. */
    public static final String DEEMED_WITHDRAW = "deemed-withdraw";
    public static final String UPDATE = "update";
    /** 法律援助法 第48条: ASSIGNED (granted) → TERMINATED. */
    public static final String TERMINATE_AID = "terminate-aid";
    /** 第49条: DENIED or TERMINATED → OBJECTED. */
    public static final String OBJECT = "object";
    /** 第49条: OBJECTED → see {@link #afterObjection}. */
    public static final String OBJECTION_DECISION = "objection-decision";

    /** Whether a transition needs the application decided, undecided, or either. */
    enum Decided { ANY, NO, YES }

    /** One allowed transition; {@code to} null keeps the state. */
    record Transition(String action, ApplicationStatus from, Decided decided, ApplicationStatus to) {
    }

    static final List<Transition> TRANSITIONS = List.of(
            new Transition(REVIEW, RECEIVED, Decided.ANY, UNDER_REVIEW),
            new Transition(REQUEST_MATERIALS, UNDER_REVIEW, Decided.ANY, MATERIALS_REQUESTED),
            new Transition(MATERIALS_RECEIVED, MATERIALS_REQUESTED, Decided.ANY, UNDER_REVIEW),
            new Transition(GRANT, UNDER_REVIEW, Decided.ANY, GRANTED),
            new Transition(GRANT, ASSIGNED, Decided.NO, null),
            new Transition(DENY, UNDER_REVIEW, Decided.ANY, DENIED),
            new Transition(DENY, ASSIGNED, Decided.NO, DENIED),
            new Transition(WITHDRAW, RECEIVED, Decided.ANY, WITHDRAWN),
            new Transition(WITHDRAW, UNDER_REVIEW, Decided.ANY, WITHDRAWN),
            new Transition(WITHDRAW, MATERIALS_REQUESTED, Decided.ANY, WITHDRAWN),
            new Transition(WITHDRAW, ASSIGNED, Decided.NO, WITHDRAWN),
            new Transition(DEEMED_WITHDRAW, MATERIALS_REQUESTED, Decided.ANY, WITHDRAWN),
            new Transition(ASSIGN, GRANTED, Decided.ANY, ASSIGNED),
            new Transition(EMERGENCY_ASSIGN, RECEIVED, Decided.ANY, ASSIGNED),
            new Transition(EMERGENCY_ASSIGN, UNDER_REVIEW, Decided.ANY, ASSIGNED),
            new Transition(CLOSE, ASSIGNED, Decided.YES, CLOSED),
            new Transition(TERMINATE_AID, ASSIGNED, Decided.YES, TERMINATED),
            new Transition(OBJECT, DENIED, Decided.ANY, OBJECTED),
            new Transition(OBJECT, TERMINATED, Decided.ANY, OBJECTED),
            new Transition(OBJECTION_DECISION, OBJECTED, Decided.ANY, null),
            new Transition(UPDATE, RECEIVED, Decided.ANY, null),
            new Transition(UPDATE, UNDER_REVIEW, Decided.ANY, null),
            new Transition(UPDATE, MATERIALS_REQUESTED, Decided.ANY, null),
            new Transition(UPDATE, GRANTED, Decided.ANY, null),
            new Transition(UPDATE, ASSIGNED, Decided.ANY, null));

    private ApplicationLifecycle() {
    }

    /**
     * @param decided whether the application has its decision (grant or deny) already
     * @return the state after {@code action}
     * @throws ProblemException 409 invalid-state (currentStatus) when the action is not allowed in {@code current};
     *                          409 rule-violated when only the decision is missing or already made
     */
    public static ApplicationStatus apply(String action, ApplicationStatus current, boolean decided) {
        boolean known = false;
        Transition blocked = null;
        for (Transition t : TRANSITIONS) {
            if (!t.action().equals(action)) {
                continue;
            }
            known = true;
            if (t.from() != current) {
                continue;
            }
            if (t.decided() == Decided.ANY || (t.decided() == Decided.YES) == decided) {
                return t.to() == null ? current : t.to();
            }
            blocked = t;
        }
        if (!known) {
            throw new IllegalArgumentException("unknown action " + action);
        }
        if (blocked != null && blocked.decided() == Decided.YES) {
            throw ProblemException.ruleViolated("decision-required",
                    "'" + action + "' needs the decision first: an emergency assignment (先行提供) must be granted before the case closes");
        }
        throw ProblemException.invalidState(action, current);
    }

    /**
     * 法律援助法 第49条: where the objection decision leads. UPHELD: the denial or termination stands (DENIED,
     * TERMINATED); CORRECTED: a denial goes back to review (UNDER_REVIEW), a termination is undone (ASSIGNED).
     */
    public static ApplicationStatus afterObjection(boolean ofTermination, ObjectionResult result) {
        if (result == ObjectionResult.UPHELD) {
            return ofTermination ? TERMINATED : DENIED;
        }
        return ofTermination ? ASSIGNED : UNDER_REVIEW;
    }

    /** The actions of the table (for tests and documentation). */
    public static Set<String> actions() {
        Set<String> out = new TreeSet<>();
        TRANSITIONS.forEach(t -> out.add(t.action()));
        return out;
    }
}
