package cn.justice.platform.personal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@ApplicationScoped
public class PersonalDataCipherProducer {
    /** Base64 of a 256-bit AES key (production: from a secret, never the dev key). */
    @ConfigProperty(name = "justice.crypto.encryption-key")
    String encryptionKey;
    /** Base64 of a 256-bit HMAC key, separate from the encryption key. */
    @ConfigProperty(name = "justice.crypto.hash-key")
    String hashKey;

    @Produces
    @Singleton
    PersonalDataCipher cipher() {
        return PersonalDataCipher.fromBase64(encryptionKey, hashKey);
    }
}
