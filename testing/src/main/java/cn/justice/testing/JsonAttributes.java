package cn.justice.testing;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.metamodel.mapping.AttributeMapping;
import org.hibernate.type.SqlTypes;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The services keep JSON columns copy-on-write (a change assigns a new value) and declare them immutable to Hibernate
 * ({@code @Mutability(Immutability.class)}), which then keeps no serialised copy of them per loaded or persisted
 * entity (docs/performance.md). A service's {@code @QuarkusTest} extends this and says how many JSON attributes its
 * entities have; the test fails for any that is not declared immutable. The lifecycle tests read each change back.
 */
public abstract class JsonAttributes {
    /** How many JSON-typed attributes the service's entities have (so that the check looked at them all). */
    protected abstract int expectedJsonAttributes();

    @Test
    void everyJsonAttributeIsDeclaredImmutable() {
        // looked up, not injected: the test class's superclass lives in this jar, outside the service's bean index
        EntityManagerFactory emf = CDI.current().select(EntityManagerFactory.class).get();
        assertThat(count(emf)).isEqualTo(expectedJsonAttributes());
        assertThat(mutable(emf)).isEmpty();
    }

    /** "Entity.attribute" of every JSON-typed attribute Hibernate treats as mutable; empty when all are declared immutable. */
    public static List<String> mutable(EntityManagerFactory emf) {
        List<String> found = new ArrayList<>();
        forEachJsonAttribute(emf, (entity, a) -> {
            if (a.getAttributeMetadata().getMutabilityPlan().isMutable()) {
                found.add(entity + "." + a.getAttributeName());
            }
        });
        return found;
    }

    /** How many JSON-typed attributes the entities have. */
    public static int count(EntityManagerFactory emf) {
        int[] n = {0};
        forEachJsonAttribute(emf, (entity, a) -> n[0]++);
        return n[0];
    }

    private static void forEachJsonAttribute(EntityManagerFactory emf, BiConsumer<String, AttributeMapping> action) {
        emf.unwrap(SessionFactoryImplementor.class).getMappingMetamodel().forEachEntityDescriptor(entity -> {
            for (int i = 0; i < entity.getNumberOfAttributeMappings(); i++) {
                AttributeMapping a = entity.getAttributeMapping(i);
                if (a.getJdbcTypeCount() == 1 && a.getSingleJdbcMapping().getJdbcType().getDefaultSqlTypeCode() == SqlTypes.JSON) {
                    action.accept(entity.getMappedClass().getSimpleName(), a);
                }
            }
        });
    }
}
