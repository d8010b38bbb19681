package cn.justice.correction.subject;

import cn.justice.platform.problem.ProblemException;
import cn.justice.testing.LifecycleChecks;
import org.junit.jupiter.api.Test;

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
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SubjectLifecycleTest {
    private static final Set<SubjectStatus> OPEN = EnumSet.of(PENDING_REPORT, ACTIVE, MISSING, REVOCATION_PROPOSED);
    private static final Map<String, Set<SubjectStatus>> ALLOWED = new LinkedHashMap<>();

    static {
        ALLOWED.put("update", OPEN);
        ALLOWED.put("report", EnumSet.of(PENDING_REPORT, MISSING, REVOCATION_PROPOSED));
        ALLOWED.put("check-in", EnumSet.of(ACTIVE, MISSING, REVOCATION_PROPOSED));
        ALLOWED.put("lost-contact", EnumSet.of(PENDING_REPORT, ACTIVE, REVOCATION_PROPOSED));
        ALLOWED.put("classify", OPEN);
        ALLOWED.put("admonish", EnumSet.of(ACTIVE, MISSING));
        ALLOWED.put("warn", EnumSet.of(ACTIVE, MISSING));
        ALLOWED.put("propose-sanction", EnumSet.of(ACTIVE, MISSING));
        ALLOWED.put("leave", EnumSet.of(ACTIVE));
        ALLOWED.put("leave-return", EnumSet.of(ACTIVE, MISSING, REVOCATION_PROPOSED));
        ALLOWED.put("monitoring/start", EnumSet.of(ACTIVE, REVOCATION_PROPOSED));
        ALLOWED.put("monitoring/stop", OPEN);
        ALLOWED.put("health-report", EnumSet.of(ACTIVE, REVOCATION_PROPOSED));
        ALLOWED.put("reoffend", OPEN);
        // 社区矫正法第46–49条: proposed from PENDING_REPORT, ACTIVE or MISSING (the usual grounds are not reporting and
        // being missing), ruled on only from REVOCATION_PROPOSED
        ALLOWED.put("propose-revocation", EnumSet.of(PENDING_REPORT, ACTIVE, MISSING));
        ALLOWED.put("revoke", EnumSet.of(REVOCATION_PROPOSED));
        ALLOWED.put("revocation-rejected", EnumSet.of(REVOCATION_PROPOSED));
        ALLOWED.put("transfer", EnumSet.of(PENDING_REPORT, ACTIVE));
        ALLOWED.put("transfer-out", EnumSet.of(PENDING_REPORT, ACTIVE));
        ALLOWED.put("terminate", EnumSet.of(ACTIVE));
        // 社区矫正法第45条: from every open state
        ALLOWED.put("decease", OPEN);
    }

    @Test
    void theTransitionsOfDesign52() {
        assertThat(SubjectLifecycle.apply("report", PENDING_REPORT)).isEqualTo(ACTIVE);
        assertThat(SubjectLifecycle.apply("lost-contact", PENDING_REPORT)).isEqualTo(MISSING);
        assertThat(SubjectLifecycle.apply("lost-contact", ACTIVE)).isEqualTo(MISSING);
        assertThat(SubjectLifecycle.apply("report", MISSING)).isEqualTo(ACTIVE);
        assertThat(SubjectLifecycle.apply("check-in", MISSING)).isEqualTo(ACTIVE);
        assertThat(SubjectLifecycle.apply("check-in", ACTIVE)).isEqualTo(ACTIVE);
        assertThat(SubjectLifecycle.apply("terminate", ACTIVE)).isEqualTo(TERMINATED);
        assertThat(SubjectLifecycle.apply("decease", ACTIVE)).isEqualTo(DECEASED);
    }

    /** 社区矫正法第46–49条: revocation is a ruling on the county's proposal; 第45条: death from every open state. */
    @Test
    void revocationIsProposedThenRuledAndDeathEndsEveryOpenState() {
        for (SubjectStatus s : new SubjectStatus[]{PENDING_REPORT, ACTIVE, MISSING}) {
            assertThat(SubjectLifecycle.apply("propose-revocation", s)).as(s.name()).isEqualTo(REVOCATION_PROPOSED);
        }
        assertThat(SubjectLifecycle.apply("revoke", REVOCATION_PROPOSED)).isEqualTo(REVOKED);
        for (SubjectStatus s : OPEN) {
            assertThat(SubjectLifecycle.apply("decease", s)).as(s.name()).isEqualTo(DECEASED);
        }
        assertThat(SubjectLifecycle.apply("transfer-out", ACTIVE)).isEqualTo(TRANSFERRED_OUT);
        assertThat(SubjectLifecycle.apply("transfer", ACTIVE)).isEqualTo(ACTIVE);
        // while proposed the person stays under supervision and the state stays
        for (String a : new String[]{"report", "check-in", "lost-contact", "monitoring/start", "health-report"}) {
            assertThat(SubjectLifecycle.apply(a, REVOCATION_PROPOSED)).as(a).isEqualTo(REVOCATION_PROPOSED);
        }
    }

    /** A rejection goes back to the state before the proposal, as the record stands (a missing period stays open). */
    @Test
    void aRejectionGoesBackToTheStateBeforeTheProposal() {
        assertThat(SubjectLifecycle.afterRejection(true, true)).isEqualTo(MISSING);
        assertThat(SubjectLifecycle.afterRejection(true, false)).isEqualTo(MISSING);
        assertThat(SubjectLifecycle.afterRejection(false, false)).isEqualTo(PENDING_REPORT);
        assertThat(SubjectLifecycle.afterRejection(false, true)).isEqualTo(ACTIVE);
    }

    @Test
    void recordingActionsKeepTheState() {
        for (String action : new String[]{"update", "classify", "admonish", "warn", "propose-sanction", "leave",
                "leave-return", "monitoring/start", "monitoring/stop", "health-report", "reoffend", "transfer"}) {
            for (SubjectStatus s : ALLOWED.get(action)) {
                assertThat(SubjectLifecycle.apply(action, s)).as(action + " in " + s).isEqualTo(s);
            }
        }
    }

    @Test
    void everyForbiddenTransitionIs409WithCurrentStatus() {
        int forbidden = LifecycleChecks.forbiddenAreConflicts(SubjectLifecycle.actions(), ALLOWED, SubjectStatus.values(),
                SubjectLifecycle::apply);
        int allowed = ALLOWED.values().stream().mapToInt(Set::size).sum();
        assertThat(forbidden).isEqualTo(ALLOWED.size() * SubjectStatus.values().length - allowed);
        assertThat(allowed).isEqualTo(53);
    }

    @Test
    void endedStatesAcceptNothing() {
        for (SubjectStatus s : new SubjectStatus[]{TERMINATED, REVOKED, DECEASED, TRANSFERRED_OUT}) {
            assertThat(SubjectLifecycle.ended(s)).isTrue();
            for (String action : SubjectLifecycle.actions()) {
                assertThatThrownBy(() -> SubjectLifecycle.apply(action, s)).isInstanceOf(ProblemException.class);
            }
        }
        assertThat(SubjectLifecycle.ended(MISSING)).isFalse();
        assertThat(SubjectLifecycle.ended(REVOCATION_PROPOSED)).isFalse();
    }

    @Test
    void unknownActionIsAProgrammingError() {
        assertThatThrownBy(() -> SubjectLifecycle.apply("escape", ACTIVE)).isInstanceOf(IllegalArgumentException.class);
    }
}
