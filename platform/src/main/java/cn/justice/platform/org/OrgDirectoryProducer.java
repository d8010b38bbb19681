package cn.justice.platform.org;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

@ApplicationScoped
public class OrgDirectoryProducer {
    /** Optional file that replaces the bundled directory (another county's divisions). */
    @ConfigProperty(name = "justice.org-directory")
    Optional<String> location;

    @Produces
    @Singleton
    OrgDirectory orgDirectory() {
        return OrgDirectory.load(location.orElse(null));
    }
}
