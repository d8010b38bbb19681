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

    @Test
    void allocatedBytesGrowWithAllocation() {
        NoopResource r = new NoopResource();
        r.enabled = true;
        long before = Long.parseLong(r.allocated());
        byte[][] garbage = new byte[64][];
        for (int i = 0; i < garbage.length; i++) {
            garbage[i] = new byte[16 * 1024];
        }
        long after = Long.parseLong(r.allocated());
        assertThat(garbage.length).isEqualTo(64);
        assertThat(after - before).isGreaterThanOrEqualTo(64L * 16 * 1024);
    }

    @Test
    void allocatedIsNotFoundOtherwise() {
        ProblemException e = catchThrowableOfType(ProblemException.class, new NoopResource()::allocated);
        assertThat(e.status()).isEqualTo(404);
    }
}
