package cn.justice.platform.web;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FingerprintsTest {
    record Party(String name, String role) {
    }

    record Request(String townshipCode, LocalDate occurredOn, List<Party> parties) {
    }

    /** A map with entries in the given order: k1, v1, k2, v2, ... */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    private static Request request(String township) {
        return new Request(township, LocalDate.of(2024, 3, 5), List.of(new Party("张三", "APPLICANT")));
    }

    @Test
    void isHexSha256() {
        assertThat(Fingerprints.of(request("519901100"))).matches("[0-9a-f]{64}");
    }

    @Test
    void nullIsTheHashOfNothing() {
        assertThat(Fingerprints.of(null)).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void equalRequestsGiveEqualFingerprints() {
        assertThat(Fingerprints.of(request("519901100"))).isEqualTo(Fingerprints.of(request("519901100")));
    }

    @Test
    void mapKeyOrderDoesNotMatter() {
        Map<String, Object> ab = ordered("a", 1, "b", "x", "c", List.of(1, 2));
        Map<String, Object> ca = ordered("c", List.of(1, 2), "b", "x", "a", 1);

        assertThat(Fingerprints.of(ab)).isEqualTo(Fingerprints.of(ca));
    }

    @Test
    void nestedMapKeyOrderDoesNotMatter() {
        Map<String, Object> one = ordered("outer", ordered("x", 1, "y", 2), "z", true);
        Map<String, Object> two = ordered("z", true, "outer", ordered("y", 2, "x", 1));

        assertThat(Fingerprints.of(one)).isEqualTo(Fingerprints.of(two));
    }

    @Test
    void recordAndMapWithTheSameContentAreTheSameRequest() {
        Map<String, Object> asMap = ordered(
                "parties", List.of(ordered("role", "APPLICANT", "name", "张三")),
                "occurredOn", "2024-03-05",
                "townshipCode", "519901100");

        assertThat(Fingerprints.of(asMap)).isEqualTo(Fingerprints.of(request("519901100")));
    }

    @Test
    void differentContentDiffers() {
        assertThat(Fingerprints.of(request("519901100"))).isNotEqualTo(Fingerprints.of(request("519901101")));
        assertThat(Fingerprints.of(ordered("a", 1))).isNotEqualTo(Fingerprints.of(ordered("a", 2)));
        assertThat(Fingerprints.of(ordered("a", 1))).isNotEqualTo(Fingerprints.of(ordered("b", 1)));
        assertThat(Fingerprints.of(ordered("a", 1))).isNotEqualTo(Fingerprints.of(ordered("a", "1")));
    }

    @Test
    void listOrderMatters() {
        assertThat(Fingerprints.of(List.of(1, 2))).isNotEqualTo(Fingerprints.of(List.of(2, 1)));
    }

    @org.junit.jupiter.api.Test
    void withAKeyTheFingerprintIsAKeyedHashSoRequestsWithIdNumbersCannotBeGuessedBack() {
        java.util.Map<String, String> req = java.util.Map.of("idNumber", "11010519491231002X");
        String plain = Fingerprints.of(req);
        try {
            Fingerprints.useKey("k1-k1-k1-k1-k1-k1-k1-k1-k1-k1-32".getBytes());
            String keyed = Fingerprints.of(req);
            assertThat(keyed).isNotEqualTo(plain).hasSize(64).isEqualTo(Fingerprints.of(java.util.Map.of("idNumber", "11010519491231002X")));
            Fingerprints.useKey("k2-k2-k2-k2-k2-k2-k2-k2-k2-k2-32".getBytes());
            assertThat(Fingerprints.of(req)).isNotEqualTo(keyed);
        } finally {
            Fingerprints.useKey(null);
        }
        assertThat(Fingerprints.of(req)).isEqualTo(plain);
    }
}
