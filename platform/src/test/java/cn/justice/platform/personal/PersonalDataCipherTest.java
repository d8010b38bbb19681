package cn.justice.platform.personal;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonalDataCipherTest {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PREFIX = "v1:";

    private final byte[] encryptionKey = randomKey(32);
    private final byte[] hashKey = randomKey(32);
    private final PersonalDataCipher cipher = new PersonalDataCipher(encryptionKey, hashKey);

    private static byte[] randomKey(int length) {
        byte[] key = new byte[length];
        RANDOM.nextBytes(key);
        return key;
    }

    /** Decodes a stored value, lets {@code change} alter its bytes and encodes it again. */
    private static String alter(String stored, java.util.function.Consumer<byte[]> change) {
        byte[] raw = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
        change.accept(raw);
        return PREFIX + Base64.getEncoder().encodeToString(raw);
    }

    @Test
    void anEncryptionOnlyCipherSealsAndOpensButHasNoHash() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        PersonalDataCipher sealing = PersonalDataCipher.encryptionOnly(Base64.getEncoder().encodeToString(key));
        String stored = sealing.encrypt("a-long-shared-secret");
        assertThat(stored).doesNotContain("a-long-shared-secret");
        assertThat(sealing.decrypt(stored)).isEqualTo("a-long-shared-secret");
        assertThatThrownBy(() -> sealing.searchHash("x")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("encryption only");
        assertThatThrownBy(() -> cipher.decrypt(stored)).as("another key opens nothing").isInstanceOf(IllegalStateException.class);
    }

    @Test
    void roundTripOfAsciiAndChineseText() {
        for (String plain : new String[]{"11010519491231002X", "张三", "四川省凉山彝族自治州X县城关镇东街村12号", "", "𠮷 emoji 🙂"}) {
            String stored = cipher.encrypt(plain);
            assertThat(stored).startsWith(PREFIX);
            assertThat(cipher.decrypt(stored)).isEqualTo(plain);
        }
    }

    @Test
    void ciphertextDoesNotContainThePlaintext() {
        String stored = cipher.encrypt("11010519491231002X");

        assertThat(stored).doesNotContain("11010519491231002X").doesNotContain("1949");
        // 12-byte nonce + 18 bytes of text + 16-byte tag
        assertThat(Base64.getDecoder().decode(stored.substring(PREFIX.length()))).hasSize(12 + 18 + 16);
    }

    @Test
    void twoEncryptionsOfTheSameTextDiffer() {
        String a = cipher.encrypt("张三");
        String b = cipher.encrypt("张三");

        assertThat(a).isNotEqualTo(b);
        byte[] nonceA = Arrays.copyOf(Base64.getDecoder().decode(a.substring(PREFIX.length())), 12);
        byte[] nonceB = Arrays.copyOf(Base64.getDecoder().decode(b.substring(PREFIX.length())), 12);
        assertThat(nonceA).isNotEqualTo(nonceB);
        assertThat(cipher.decrypt(a)).isEqualTo(cipher.decrypt(b)).isEqualTo("张三");
    }

    @Test
    void tamperedCiphertextFails() {
        String stored = cipher.encrypt("11010519491231002X");

        String flippedBody = alter(stored, raw -> raw[14] ^= 0x01);
        String flippedTag = alter(stored, raw -> raw[raw.length - 1] ^= 0x01);
        String flippedNonce = alter(stored, raw -> raw[0] ^= 0x01);

        for (String tampered : new String[]{flippedBody, flippedTag, flippedNonce}) {
            assertThatThrownBy(() -> cipher.decrypt(tampered))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("tampered");
        }
    }

    @Test
    void truncatedCiphertextFails() {
        byte[] raw = Base64.getDecoder().decode(cipher.encrypt("张三").substring(PREFIX.length()));
        String truncated = PREFIX + Base64.getEncoder().encodeToString(Arrays.copyOf(raw, raw.length - 4));

        assertThatThrownBy(() -> cipher.decrypt(truncated)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void wrongKeyFails() {
        String stored = cipher.encrypt("张三");
        PersonalDataCipher other = new PersonalDataCipher(randomKey(32), hashKey);

        assertThatThrownBy(() -> other.decrypt(stored))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("wrong key");
    }

    @Test
    void sameKeysInAnotherInstanceDecrypt() {
        String stored = cipher.encrypt("张三");

        assertThat(new PersonalDataCipher(encryptionKey.clone(), hashKey.clone()).decrypt(stored)).isEqualTo("张三");
    }

    @Test
    void unknownFormatIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> cipher.decrypt("张三"))
                .withMessageContaining("unknown ciphertext format");
        assertThatIllegalArgumentException().isThrownBy(() -> cipher.decrypt("v2:AAAA"));
    }

    @Test
    void nullsPassThrough() {
        assertThat(cipher.encrypt(null)).isNull();
        assertThat(cipher.decrypt(null)).isNull();
        assertThat(cipher.searchHash(null)).isNull();
    }

    @Test
    void searchHashIsDeterministicHexAndKeyDependent() {
        String h = cipher.searchHash("11010519491231002X");

        assertThat(h).matches("[0-9a-f]{64}");
        assertThat(cipher.searchHash("11010519491231002X")).isEqualTo(h);
        assertThat(new PersonalDataCipher(randomKey(32), hashKey).searchHash("11010519491231002X"))
                .as("independent of the encryption key").isEqualTo(h);
        assertThat(new PersonalDataCipher(encryptionKey, randomKey(32)).searchHash("11010519491231002X"))
                .as("depends on the hash key").isNotEqualTo(h);
        assertThat(cipher.searchHash("11010519491231003X")).isNotEqualTo(h);
    }

    @Test
    void searchHashIsHmacSha256() {
        // RFC 4231 test case 6: 131-byte key of 0xaa
        byte[] key = new byte[131];
        Arrays.fill(key, (byte) 0xaa);
        PersonalDataCipher rfc = new PersonalDataCipher(encryptionKey, key);

        assertThat(rfc.searchHash("Test Using Larger Than Block-Size Key - Hash Key First"))
                .isEqualTo("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
    }

    @Test
    void constructorRejectsShortOrWrongSizedKeys() {
        assertThatIllegalArgumentException().isThrownBy(() -> new PersonalDataCipher(randomKey(16), randomKey(32)));
        assertThatIllegalArgumentException().isThrownBy(() -> new PersonalDataCipher(randomKey(31), randomKey(32)));
        assertThatIllegalArgumentException().isThrownBy(() -> new PersonalDataCipher(randomKey(33), randomKey(32)));
        assertThatIllegalArgumentException().isThrownBy(() -> new PersonalDataCipher(randomKey(32), randomKey(31)))
                .withMessageContaining("32 bytes");
        assertThatIllegalArgumentException().isThrownBy(() -> new PersonalDataCipher(randomKey(32), new byte[0]));
    }

    @Test
    void fromBase64DecodesTrimmedKeys() {
        Base64.Encoder b64 = Base64.getEncoder();
        PersonalDataCipher fromText = PersonalDataCipher.fromBase64(
                " " + b64.encodeToString(encryptionKey) + "\n", b64.encodeToString(hashKey) + " ");

        assertThat(fromText.decrypt(cipher.encrypt("张三"))).isEqualTo("张三");
        assertThat(fromText.searchHash("x")).isEqualTo(cipher.searchHash("x"));
    }

    /** The cipher and MAC are kept per thread: a failed decryption must not spoil the next uses on that thread. */
    @Test
    void aFailedDecryptionLeavesTheThreadsCipherUsable() {
        String stored = cipher.encrypt("张三");
        assertThatThrownBy(() -> cipher.decrypt(alter(stored, raw -> raw[raw.length - 1] ^= 0x01)))
                .isInstanceOf(IllegalStateException.class);

        String again = cipher.encrypt("李四");
        assertThat(cipher.decrypt(again)).isEqualTo("李四");
        assertThat(cipher.decrypt(stored)).isEqualTo("张三");
        assertThat(cipher.searchHash("x")).isEqualTo(cipher.searchHash("x"));
    }

    /** Threads do not share the per-thread objects: concurrent use gives the right answers everywhere. */
    @Test
    void concurrentUseOnManyThreads() throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            var futures = new java.util.ArrayList<java.util.concurrent.Future<Boolean>>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < 500; i++) {
                        String plain = "p" + thread + "-" + i;
                        if (!plain.equals(cipher.decrypt(cipher.encrypt(plain)))
                                || !cipher.searchHash(plain).equals(new PersonalDataCipher(encryptionKey, hashKey).searchHash(plain))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (var f : futures) {
                assertThat(f.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
