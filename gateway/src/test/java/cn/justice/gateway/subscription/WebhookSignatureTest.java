package cn.justice.gateway.subscription;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookSignatureTest {
    static final byte[] BODY = "{\"type\":\"justice.work-queue.item\"}".getBytes(StandardCharsets.UTF_8);

    /** RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?". */
    @Test
    void isTheHmacSha256OfTheBodyInHex() {
        assertThat(WebhookSignature.of("Jefe", "what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    @Test
    void aReceiverAcceptsOnlyTheSameSecretAndTheSameBytes() {
        String header = WebhookSignature.of("s3cret-s3cret-s3cret", BODY);
        assertThat(WebhookSignature.matches("s3cret-s3cret-s3cret", BODY, header)).isTrue();
        assertThat(WebhookSignature.matches("s3cret-s3cret-s3cret", BODY, " " + header + " ")).isTrue();
        assertThat(WebhookSignature.matches("another-secret-here", BODY, header)).isFalse();
        byte[] changed = BODY.clone();
        changed[2] ^= 1;
        assertThat(WebhookSignature.matches("s3cret-s3cret-s3cret", changed, header)).isFalse();
        assertThat(WebhookSignature.matches("s3cret-s3cret-s3cret", BODY, null)).isFalse();
        assertThat(WebhookSignature.matches("s3cret-s3cret-s3cret", BODY, header.replace("sha256=", ""))).isFalse();
    }
}
