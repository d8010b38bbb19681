package cn.justice.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

/**
 * Bearer tokens every {@code /api/**} operation must refuse with 401: expired, from another issuer, signed with a key
 * the platform does not trust, unsigned ({@code alg: none}), or not a JWT at all. All but the last carry the claims
 * of a valid county-admin of {@link DevTokens#COUNTY}, so only the defect named is wrong with them.
 */
public final class HostileTokens {
    private static PrivateKey devKey;
    private static PrivateKey strangerKey;

    private HostileTokens() {
    }

    /** Signed with the dev key, issuer right, expired an hour ago (well beyond any clock skew allowance). */
    public static String expired() {
        long now = Instant.now().getEpochSecond();
        return Jwt.issuer(DevTokens.ISSUER).subject("test-expired").upn("test-expired")
                .groups(Set.of("county-admin")).claim("county_code", DevTokens.COUNTY)
                .issuedAt(now - 7200).expiresAt(now - 3600)
                .jws().keyId("dev").sign(devKey());
    }

    /** Signed with the dev key, but by an issuer the platform does not trust. */
    public static String wrongIssuer() {
        return Jwt.issuer("https://attacker.example/dev").subject("test-wrong-issuer").upn("test-wrong-issuer")
                .groups(Set.of("county-admin")).claim("county_code", DevTokens.COUNTY).expiresIn(3600)
                .jws().keyId("dev").sign(devKey());
    }

    /** Right issuer and claims, signed with a freshly generated key that claims to be the dev key. */
    public static String forged() {
        return Jwt.issuer(DevTokens.ISSUER).subject("test-forged").upn("test-forged")
                .groups(Set.of("county-admin")).claim("county_code", DevTokens.COUNTY).expiresIn(3600)
                .jws().keyId("dev").sign(strangerKey());
    }

    /** Right issuer and claims, {@code alg: none}, no signature. */
    public static String unsigned() {
        long now = Instant.now().getEpochSecond();
        String header = "{\"alg\":\"none\",\"typ\":\"JWT\"}";
        String payload = "{\"iss\":\"" + DevTokens.ISSUER + "\",\"sub\":\"test-unsigned\",\"upn\":\"test-unsigned\","
                + "\"groups\":[\"county-admin\"],\"county_code\":\"" + DevTokens.COUNTY + "\",\"iat\":" + now
                + ",\"exp\":" + (now + 3600) + "}";
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + ".";
    }

    /** Not a JWT at all. */
    public static String garbage() {
        return "not-a-jwt.garbage%00'--";
    }

    private static synchronized PrivateKey devKey() {
        if (devKey == null) {
            try {
                devKey = KeyUtils.decodePrivateKey(Files.readString(ProjectPaths.root().resolve("dev/jwt/privateKey.pem")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
        return devKey;
    }

    private static synchronized PrivateKey strangerKey() {
        if (strangerKey == null) {
            try {
                KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
                g.initialize(2048);
                strangerKey = g.generateKeyPair().getPrivate();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
        return strangerKey;
    }
}
