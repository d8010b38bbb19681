package cn.justice.ruleoflaw.common;

import cn.justice.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class RegisterRulesTest {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @Test
    void aPartIsNotMoreThanItsWhole() {
        RegisterRules.notMoreThan("rectified", 3, "findings", 3);
        ProblemException e = catchThrowableOfType(ProblemException.class,
                () -> RegisterRules.notMoreThan("rectified", 4, "findings", 3));
        assertThat(e.status()).isEqualTo(400);
        assertThat(e.problem().errors.get(0).field()).isEqualTo("rectified");
    }

    @Test
    void yearsFrom2000ToTheCurrentOne() {
        RegisterRules.pastYear("year", 2000, TODAY);
        RegisterRules.pastYear("year", 2026, TODAY);
        assertThat(catchThrowableOfType(ProblemException.class, () -> RegisterRules.pastYear("year", 2027, TODAY)).status())
                .isEqualTo(400);
        assertThat(catchThrowableOfType(ProblemException.class, () -> RegisterRules.pastYear("year", 1999, TODAY)).status())
                .isEqualTo(400);
    }
}
