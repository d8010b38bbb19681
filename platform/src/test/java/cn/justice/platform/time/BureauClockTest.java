package cn.justice.platform.time;

import org.junit.jupiter.api.Test;

import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BureauClockTest {
    @Test
    void theConfiguredZoneIsTheClocksWhateverTheHosts() {
        assertThat(new BureauClock().clock("Asia/Shanghai").getZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(new BureauClock().clock(" Asia/Urumqi ").getZone()).isEqualTo(ZoneId.of("Asia/Urumqi"));
    }

    @Test
    void anUnknownZoneStopsTheStartNamingTheProperty() {
        assertThatThrownBy(() -> BureauClock.zone("Beijing")).hasMessageContaining("justice.zone=Beijing");
    }
}
