package cn.justice.platform.web;

import cn.justice.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class NoopResourceTest {
    @Test
    void answersNoContentWhenTheBenchmarkSwitchedItOn() {
        NoopResource r = new NoopResource();
        r.enabled = true;
        assertThat(r.noop().getStatus()).isEqualTo(204);
    }

    @Test
    void isNotFoundOtherwise() {
        NoopResource r = new NoopResource();
        ProblemException e = catchThrowableOfType(ProblemException.class, r::noop);
        assertThat(e.status()).isEqualTo(404);
    }
}
