package cn.justice.platform.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * Fingerprint of a request's canonical JSON (sorted keys): equal requests give equal fingerprints. Requests can
 * carry personal data (ID numbers), so once the application has its hash key ({@link #useKey}) the fingerprint is
 * an HMAC-SHA-256 under that key; without a key (plain unit tests, the gateway, which holds no personal data) it
 * is a plain SHA-256.
 */
public final class Fingerprints {
    private static volatile SecretKeySpec key;

    private static final ObjectMapper CANONICAL = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .configure(com.fasterxml.jackson.databind.MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, true);

    private Fingerprints() {
    }

    /** Keys every later fingerprint (null: back to plain SHA-256). */
    public static void useKey(byte[] hashKey) {
        key = hashKey == null ? null : new SecretKeySpec(hashKey, "HmacSHA256");
    }

    public static String of(Object request) {
        try {
            byte[] json = request == null ? new byte[0] : CANONICAL.writeValueAsBytes(request);
            SecretKeySpec k = key;
            if (k == null) {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
            }
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(k);
            return HexFormat.of().formatHex(mac.doFinal(json));
        } catch (JsonProcessingException | GeneralSecurityException e) {
            throw new IllegalStateException("request cannot be fingerprinted", e);
        }
    }
}
