package cn.justice.platform.personal;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Field encryption of personal data at rest (AES-256-GCM, random 96-bit nonce, output {@code v1:<base64 nonce‖ct>})
 * and a keyed hash (HMAC-SHA-256, separate key) for exact-match search such as {@code ?idNumber=}.
 * Plain class; {@link PersonalDataCipherProducer} builds it from configuration.
 */
public final class PersonalDataCipher {
    private static final String PREFIX = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec hashKey;
    private final SecureRandom random = new SecureRandom();
    /**
     * One cipher and one MAC per thread: {@code Cipher.getInstance} looks the provider up on every call (4 % of
     * mediation's create in a JFR profile); the objects are not thread-safe, and re-initialising them per use is cheap.
     */
    private final ThreadLocal<Cipher> ciphers = ThreadLocal.withInitial(() -> newInstance(() -> Cipher.getInstance("AES/GCM/NoPadding")));
    private final ThreadLocal<Mac> macs;

    public PersonalDataCipher(byte[] encryptionKey, byte[] hashKey) {
        if (encryptionKey.length != 32 || hashKey != null && hashKey.length < 32) {
            throw new IllegalArgumentException("keys must be 32 bytes (256 bits)");
        }
        this.encryptionKey = new SecretKeySpec(encryptionKey, "AES");
        this.hashKey = hashKey == null ? null : new SecretKeySpec(hashKey, "HmacSHA256");
        this.macs = ThreadLocal.withInitial(() -> newInstance(() -> {
            if (this.hashKey == null) {
                throw new IllegalStateException("this cipher was made for encryption only: it has no hash key");
            }
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(this.hashKey);
            return mac;
        }));
    }

    /**
     * A cipher for secrets that are stored, not searched (a webhook's HMAC key in the gateway): its own key, and no
     * hash key ({@link #searchHash} refuses), so that an application holding it holds nothing of the personal data's.
     */
    public static PersonalDataCipher encryptionOnly(String base64EncryptionKey) {
        return new PersonalDataCipher(Base64.getDecoder().decode(base64EncryptionKey.trim()), null);
    }

    private interface Factory<T> {
        T create() throws GeneralSecurityException;
    }

    private static <T> T newInstance(Factory<T> factory) {
        try {
            return factory.create();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks AES-GCM or HMAC-SHA-256", e);
        }
    }

    public static PersonalDataCipher fromBase64(String encryptionKey, String hashKey) {
        return new PersonalDataCipher(Base64.getDecoder().decode(encryptionKey.trim()), Base64.getDecoder().decode(hashKey.trim()));
    }

    public String encrypt(String plain) {
        if (plain == null) {
            return null;
        }
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher c = ciphers.get();
            c.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] ct = c.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + ct.length).put(nonce).put(ct).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    public String decrypt(String stored) {
        if (stored == null) {
            return null;
        }
        if (!stored.startsWith(PREFIX)) {
            throw new IllegalArgumentException("unknown ciphertext format");
        }
        try {
            byte[] all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            Cipher c = ciphers.get();
            c.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
            return new String(c.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("decryption failed (wrong key or tampered data)", e);
        }
    }

    /** Deterministic keyed hash (hex) for exact-match lookups; the same input always gives the same value. */
    public String searchHash(String plain) {
        if (plain == null) {
            return null;
        }
        // doFinal resets the MAC to its key for the next use
        return HexFormat.of().formatHex(macs.get().doFinal(plain.getBytes(StandardCharsets.UTF_8)));
    }
}
