package cn.justice.platform.problem;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChunkedBodyLimitTest {
    @Test
    void aBodyUpToTheLimitReadsAndOneByteMoreIs413() throws IOException {
        assertThat(new ChunkedBodyLimit.Counting(new ByteArrayInputStream(new byte[100]), 100).readAllBytes()).hasSize(100);
        assertThatThrownBy(() -> new ChunkedBodyLimit.Counting(new ByteArrayInputStream(new byte[101]), 100).readAllBytes())
                .isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).problem().status).isEqualTo(413));
    }
}
