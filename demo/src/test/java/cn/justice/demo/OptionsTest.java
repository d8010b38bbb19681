package cn.justice.demo;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OptionsTest {
    @Test
    void defaultsComeFromTheEnvironment() {
        DemoMain.Options o = DemoMain.Options.parse(new String[0],
                Map.of("JUSTICE_TOKEN", "t0k3n\n", "JUSTICE_GATEWAY_URL", "http://gw:9000"));
        assertThat(o.url()).hasToString("http://gw:9000/");
        assertThat(o.token()).isEqualTo("t0k3n");
        assertThat(o.seed()).isEqualTo(DemoPlan.DEFAULT_SEED);
        assertThat(o.concurrency()).isEqualTo(24);
        assertThat(o.county()).isEqualTo("519901");
        assertThat(o.today()).isEqualTo(LocalDate.now(DemoMain.BUREAU_ZONE));
        assertThat(o.planOnly()).isFalse();
    }

    @Test
    void argumentsWin() {
        DemoMain.Options o = DemoMain.Options.parse(new String[]{"--url=http://localhost:18080", "--token", "abc",
                "--seed", "7", "--concurrency", "8", "--today", "2025-12-31", "--plan-only"}, Map.of("JUSTICE_TOKEN", "env"));
        assertThat(o.url()).hasToString("http://localhost:18080/");
        assertThat(o.token()).isEqualTo("abc");
        assertThat(o.seed()).isEqualTo(7);
        assertThat(o.concurrency()).isEqualTo(8);
        assertThat(o.today()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(o.planOnly()).isTrue();
    }

    @Test
    void badArgumentsAreRefused() {
        assertThatThrownBy(() -> DemoMain.Options.parse(new String[0], Map.of())).hasMessageContaining("no token");
        assertThatThrownBy(() -> DemoMain.Options.parse(new String[]{"--token", "t", "--concurrency", "0"}, Map.of()))
                .hasMessageContaining("concurrency");
        assertThatThrownBy(() -> DemoMain.Options.parse(new String[]{"--token", "t", "--today",
                LocalDate.now(DemoMain.BUREAU_ZONE).plusDays(1).toString()}, Map.of())).hasMessageContaining("future");
        assertThatThrownBy(() -> DemoMain.Options.parse(new String[]{"--token", "t", "--colour", "red"}, Map.of()))
                .hasMessageContaining("--colour");
        assertThatThrownBy(() -> DemoMain.Options.parse(new String[]{"--token", "t", "--county", "5199"}, Map.of()))
                .hasMessageContaining("6-digit");
    }
}
