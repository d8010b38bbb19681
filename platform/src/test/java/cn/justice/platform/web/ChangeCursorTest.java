package cn.justice.platform.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static cn.justice.platform.problem.ProblemAssertions.invalidField;
import static org.assertj.core.api.Assertions.assertThat;

class ChangeCursorTest {

    private static String urlBase64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void encodeParseRoundTrip() {
        for (ChangeCursor c : new ChangeCursor[]{new ChangeCursor(1, 2), new ChangeCursor(987654321L, 0),
                new ChangeCursor(0, 42), new ChangeCursor(Long.MAX_VALUE, Long.MAX_VALUE)}) {
            assertThat(ChangeCursor.parse(c.encode())).isEqualTo(c);
        }
    }

    @Test
    void encodedCursorIsOpaqueAndUrlSafe() {
        String encoded = new ChangeCursor(Long.MAX_VALUE, 123456789L).encode();

        assertThat(encoded).matches("[A-Za-z0-9_-]+").doesNotContain(".");
        assertThat(encoded).isEqualTo(urlBase64(Long.MAX_VALUE + ".123456789"));
    }

    @Test
    void paddedEncodingIsAlsoAccepted() {
        String padded = Base64.getUrlEncoder().encodeToString("12.3".getBytes(StandardCharsets.US_ASCII));

        assertThat(padded).endsWith("=");
        assertThat(ChangeCursor.parse(padded)).isEqualTo(new ChangeCursor(12, 3));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void missingSinceStartsFromTheBeginning(String since) {
        assertThat(ChangeCursor.parse(since)).isEqualTo(ChangeCursor.START).isEqualTo(new ChangeCursor(0, 0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"!!!not-base64!!!", "%%%", "abc"})
    void garbageIs400OnSince(String since) {
        invalidField(() -> ChangeCursor.parse(since), "since");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12", "1.2.3", "a.b", "1.", ".5", "-1.5", "5.-1", "1.2x", "99999999999999999999.1"})
    void wellEncodedButInvalidContentIs400OnSince(String content) {
        invalidField(() -> ChangeCursor.parse(urlBase64(content)), "since");
    }

    @Test
    void limitDefaultsTo500() {
        assertThat(ChangeCursor.limit(null)).isEqualTo(500);
    }

    @Test
    void limitWithinBounds() {
        assertThat(ChangeCursor.limit(1)).isEqualTo(1);
        assertThat(ChangeCursor.limit(1000)).isEqualTo(1000);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -5, 1001})
    void limitOutOfBoundsIs400OnLimit(int limit) {
        invalidField(() -> ChangeCursor.limit(limit), "limit");
    }
}
