package cn.justice.mediation.committee;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/** Makes the 规范化 checklist a bean; {@code justice.mediation.standardization-criteria} may name another file. */
@ApplicationScoped
public class StandardizationCriteriaProducer {
    @ConfigProperty(name = "justice.mediation.standardization-criteria")
    Optional<String> location;

    @Produces
    @Singleton
    StandardizationCriteria standardizationCriteria() {
        return StandardizationCriteria.load(location.orElse(null));
    }
}
