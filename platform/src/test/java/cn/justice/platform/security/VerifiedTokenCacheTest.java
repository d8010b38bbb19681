package cn.justice.platform.security;

import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import javax.crypto.SecretKey;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VerifiedTokenCacheTest {
    private static final long NOW = 1_800_000_000L; // seconds

    /** Verifies "good-<exp seconds>" tokens, refuses anything else; counts the verifications. */
    static final class CountingVerifier implements JWTParser {
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public JsonWebToken parse(String token) throws ParseException {
            calls.incrementAndGet();
            if (!token.startsWith("good-")) {
                throw new ParseException("signature does not verify");
            }
            long exp = Long.parseLong(token.substring(5));
            if (exp * 1000 <= clockMillis[0]) {
                throw new ParseException("expired");
            }
            return token(exp);
        }

        @Override public JsonWebToken parse(String t, JWTAuthContextInfo c) { throw new UnsupportedOperationException(); }
        @Override public JsonWebToken verify(String t, PublicKey k) { throw new UnsupportedOperationException(); }
        @Override public JsonWebToken verify(String t, SecretKey k) { throw new UnsupportedOperationException(); }
        @Override public JsonWebToken verify(String t, String s) { throw new UnsupportedOperationException(); }
        @Override public JsonWebToken decrypt(String t, PrivateKey k) { throw new UnsupportedOperationException(); }
        @Override public JsonWebToken decrypt(String t, SecretKey k) { throw new UnsupportedOperationException(); }
        @Override public JsonWebToken decrypt(String t, String s) { throw new UnsupportedOperationException(); }
        @Override public JsonWebToken parseOnly(String t) { throw new UnsupportedOperationException(); }
    }

    static final long[] clockMillis = {NOW * 1000};

    private static JsonWebToken token(long exp) {
        Map<String, Object> claims = Map.of("exp", exp, "sub", "officer");
        return new JsonWebToken() {
            @Override public String getName() { return "officer"; }
            @Override public Set<String> getClaimNames() { return claims.keySet(); }
            @SuppressWarnings("unchecked") @Override public <T> T getClaim(String name) { return (T) claims.get(name); }
        };
    }

    private static VerifiedTokenCache cache(CountingVerifier verifier) {
        Clock clock = new Clock() {
            @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
            @Override public Clock withZone(java.time.ZoneId zone) { return this; }
            @Override public Instant instant() { return Instant.ofEpochMilli(clockMillis[0]); }
        };
        return new VerifiedTokenCache(verifier, clock);
    }

    @Test
    void aTokenThatVerifiedIsNotVerifiedAgainUntilItExpires() throws Exception {
        clockMillis[0] = NOW * 1000;
        CountingVerifier verifier = new CountingVerifier();
        VerifiedTokenCache cache = cache(verifier);
        String token = "good-" + (NOW + 60);

        assertThat(cache.parse(token).getName()).isEqualTo("officer");
        assertThat(cache.parse(token).getName()).isEqualTo("officer");
        assertThat(verifier.calls).hasValue(1);

        clockMillis[0] = (NOW + 60) * 1000; // the token's own expiry: verified again, and refused
        assertThatThrownBy(() -> cache.parse(token)).isInstanceOf(ParseException.class);
        assertThat(verifier.calls).hasValue(2);
    }

    @Test
    void aTokenThatFailedIsVerifiedEveryTime() {
        clockMillis[0] = NOW * 1000;
        CountingVerifier verifier = new CountingVerifier();
        VerifiedTokenCache cache = cache(verifier);

        assertThatThrownBy(() -> cache.parse("forged")).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> cache.parse("forged")).isInstanceOf(ParseException.class);
        assertThat(verifier.calls).hasValue(2);
    }

    @Test
    void aLongLivedTokenIsVerifiedAgainAfterTheMaximumAge() throws Exception {
        clockMillis[0] = NOW * 1000;
        CountingVerifier verifier = new CountingVerifier();
        VerifiedTokenCache cache = cache(verifier);
        String token = "good-" + (NOW + 86_400);

        cache.parse(token);
        clockMillis[0] += VerifiedTokenCache.MAX_AGE_MILLIS - 1;
        cache.parse(token);
        assertThat(verifier.calls).hasValue(1);
        clockMillis[0] += 1;
        cache.parse(token);
        assertThat(verifier.calls).hasValue(2);
    }

    @Test
    void anotherTokenTextIsVerifiedOnItsOwn() throws Exception {
        clockMillis[0] = NOW * 1000;
        CountingVerifier verifier = new CountingVerifier();
        VerifiedTokenCache cache = cache(verifier);

        cache.parse("good-" + (NOW + 60));
        cache.parse("good-" + (NOW + 61));
        assertThat(verifier.calls).hasValue(2);
    }
}
