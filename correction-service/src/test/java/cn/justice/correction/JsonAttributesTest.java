package cn.justice.correction;

import cn.justice.testing.JsonAttributes;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * JSON columns (Subject, ReleasedPerson) are immutable to Hibernate: no serialised snapshot per loaded or persisted entity
 * (docs/performance.md). Each is changed by assigning a new value, which the lifecycle tests read back.
 */
@QuarkusTest
class JsonAttributesTest {
    @Inject
    EntityManagerFactory emf;

    @Test
    void everyJsonAttributeIsDeclaredImmutable() {
        assertThat(JsonAttributes.count(emf)).isEqualTo(10);
        assertThat(JsonAttributes.mutable(emf)).isEmpty();
    }
}
