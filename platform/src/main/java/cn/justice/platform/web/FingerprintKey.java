package cn.justice.platform.web;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.Base64;
import java.util.NoSuchElementException;

/** At start, keys request fingerprints with the application's personal-data hash key when it has one. */
@ApplicationScoped
public class FingerprintKey {
    void onStart(@Observes StartupEvent ev) {
        String configured;
        try {
            configured = ConfigProvider.getConfig().getOptionalValue("justice.crypto.hash-key", String.class).orElse(null);
        } catch (NoSuchElementException | IllegalArgumentException e) {
            configured = null; // an unset ${JUSTICE_CRYPTO_HASH_KEY}: an application without personal data
        }
        Fingerprints.useKey(configured == null || configured.isBlank() ? null : Base64.getDecoder().decode(configured.trim()));
    }
}
