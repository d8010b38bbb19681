package cn.justice.gateway.subscription;

import cn.justice.platform.personal.PersonalDataCipher;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The subscriptions' HMAC keys at rest: AES-256-GCM under the gateway's own key
 * ({@code justice.subscriptions.secret-key}). The gateway never holds the services' personal-data keys; this key
 * protects only the webhook secrets, which the dispatcher must read back to sign.
 */
@ApplicationScoped
public class WebhookSecrets {
    @Inject
    SubscriptionConfig config;

    private PersonalDataCipher cipher;

    @PostConstruct
    void init() {
        cipher = PersonalDataCipher.encryptionOnly(config.secretKey());
    }

    public String seal(String secret) {
        return cipher.encrypt(secret);
    }

    public String open(String sealed) {
        return cipher.decrypt(sealed);
    }
}
