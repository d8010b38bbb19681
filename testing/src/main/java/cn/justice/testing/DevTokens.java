package cn.justice.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.util.Set;

/** Signs tokens with the committed dev key pair (dev/jwt/), as {@code dev/token} does. */
public final class DevTokens {
    public static final String ISSUER = "https://justice.local/dev";
    public static final String COUNTY = "519901";
    private static PrivateKey key;

    private DevTokens() {
    }

    public static String countyAdmin() {
        return token("county-admin", null, COUNTY);
    }

    public static String townshipOfficer(String townshipCode) {
        return token("township-officer", townshipCode, COUNTY);
    }

    public static String auditor() {
        return token("auditor", null, COUNTY);
    }

    public static String integration() {
        return token("integration", null, COUNTY);
    }

    public static String token(String role, String townshipCode, String countyCode) {
        var b = Jwt.issuer(ISSUER).subject("test-" + role + (townshipCode == null ? "" : "-" + townshipCode))
                .upn("test-" + role).groups(Set.of(role)).claim("county_code", countyCode)
                .expiresIn(3600);
        if (townshipCode != null) {
            b.claim("township_code", townshipCode);
        }
        return b.jws().keyId("dev").sign(privateKey());
    }

    private static synchronized PrivateKey privateKey() {
        if (key == null) {
            try {
                String pem = Files.readString(ProjectPaths.root().resolve("dev/jwt/privateKey.pem"));
                key = KeyUtils.decodePrivateKey(pem);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
        return key;
    }
}
