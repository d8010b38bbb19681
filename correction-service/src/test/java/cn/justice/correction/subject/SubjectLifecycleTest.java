package cn.justice.correction.subject;

import cn.justice.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

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
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SubjectLifecycleTest {
    private static final Set<SubjectStatus> OPEN = EnumSet.of(PENDING_REPORT, ACTIVE, MISSING);
    private static final Map<String, Set<SubjectStatus>> ALLOWED = new LinkedHashMap<>();

    static {
        ALLOWED.put("update", OPEN);
        ALLOWED.put("report", EnumSet.of(PENDING_REPORT, MISSING));
        ALLOWED.put("check-in", EnumSet.of(ACTIVE, MISSING));
        ALLOWED.put("lost-contact", EnumSet.of(PENDING_REPORT, ACTIVE));
        ALLOWED.put("classify", OPEN);
        ALLOWED.put("admonish", EnumSet.of(ACTIVE, MISSING));
        ALLOWED.put("warn", EnumSet.of(ACTIVE, MISSING));
        ALLOWED.put("leave", EnumSet.of(ACTIVE));
        ALLOWED.put("monitoring/start", EnumSet.of(ACTIVE));
        ALLOWED.put("monitoring/stop", EnumSet.of(ACTIVE, MISSING));
        ALLOWED.put("reoffend", OPEN);
        ALLOWED.put("terminate", EnumSet.of(ACTIVE));
        ALLOWED.put("revoke", EnumSet.of(ACTIVE));
        ALLOWED.put("decease", EnumSet.of(ACTIVE));
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
        assertThat(SubjectLifecycle.apply("revoke", ACTIVE)).isEqualTo(REVOKED);
        assertThat(SubjectLifecycle.apply("decease", ACTIVE)).isEqualTo(DECEASED);
    }

    @Test
    void recordingActionsKeepTheState() {
        for (String action : new String[]{"update", "classify", "admonish", "warn", "leave", "monitoring/start",
                "monitoring/stop", "reoffend"}) {
            for (SubjectStatus s : ALLOWED.get(action)) {
                assertThat(SubjectLifecycle.apply(action, s)).as(action + " in " + s).isEqualTo(s);
            }
        }
    }

    @Test
    void everyForbiddenTransitionIs409WithCurrentStatus() {
        assertThat(SubjectLifecycle.actions()).containsExactlyInAnyOrderElementsOf(ALLOWED.keySet());
        int forbidden = 0;
        for (String action : ALLOWED.keySet()) {
            for (SubjectStatus s : SubjectStatus.values()) {
                if (ALLOWED.get(action).contains(s)) {
                    assertThat(SubjectLifecycle.apply(action, s)).isNotNull();
                    continue;
                }
                forbidden++;
                assertThatThrownBy(() -> SubjectLifecycle.apply(action, s))
                        .isInstanceOfSatisfying(ProblemException.class, e -> {
                            assertThat(e.status()).isEqualTo(409);
                            assertThat(e.problem().extensions()).containsEntry("currentStatus", s.name());
                        });
            }
        }
        assertThat(forbidden).isEqualTo(14 * 6 - 26);
    }

    @Test
    void endedStatesAcceptNothing() {
        for (SubjectStatus s : new SubjectStatus[]{TERMINATED, REVOKED, DECEASED}) {
            assertThat(SubjectLifecycle.ended(s)).isTrue();
            for (String action : SubjectLifecycle.actions()) {
                assertThatThrownBy(() -> SubjectLifecycle.apply(action, s)).isInstanceOf(ProblemException.class);
            }
        }
        assertThat(SubjectLifecycle.ended(MISSING)).isFalse();
    }

    @Test
    void unknownActionIsAProgrammingError() {
        assertThatThrownBy(() -> SubjectLifecycle.apply("escape", ACTIVE)).isInstanceOf(IllegalArgumentException.class);
    }
}
