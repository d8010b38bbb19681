package cn.justice.testing;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.metamodel.mapping.AttributeMapping;
import org.hibernate.type.SqlTypes;

import java.util.ArrayList;
import java.util.List;

/**
 * The services keep JSON columns copy-on-write (a change assigns a new value) and declare them immutable to Hibernate
 * ({@code @Mutability(Immutability.class)}), which then keeps no serialised copy of them per loaded or persisted
 * entity (docs/performance.md). This finds the JSON attributes a service forgot to declare so.
 */
public final class JsonAttributes {
    private JsonAttributes() {
    }

    /** "Entity.attribute" of every JSON-typed attribute Hibernate treats as mutable; empty when all are declared immutable. */
    public static List<String> mutable(EntityManagerFactory emf) {
        SessionFactoryImplementor sf = emf.unwrap(SessionFactoryImplementor.class);
        List<String> found = new ArrayList<>();
        sf.getMappingMetamodel().forEachEntityDescriptor(entity -> {
            for (int i = 0; i < entity.getNumberOfAttributeMappings(); i++) {
                AttributeMapping a = entity.getAttributeMapping(i);
                if (a.getJdbcTypeCount() == 1 && a.getSingleJdbcMapping().getJdbcType().getDefaultSqlTypeCode() == SqlTypes.JSON
                        && a.getAttributeMetadata().getMutabilityPlan().isMutable()) {
                    found.add(entity.getMappedClass().getSimpleName() + "." + a.getAttributeName());
                }
            }
        });
        return found;
    }

    /** How many JSON-typed attributes the entities have (a check that {@link #mutable} looked at something). */
    public static int count(EntityManagerFactory emf) {
        SessionFactoryImplementor sf = emf.unwrap(SessionFactoryImplementor.class);
        int[] n = {0};
        sf.getMappingMetamodel().forEachEntityDescriptor(entity -> {
            for (int i = 0; i < entity.getNumberOfAttributeMappings(); i++) {
                AttributeMapping a = entity.getAttributeMapping(i);
                if (a.getJdbcTypeCount() == 1 && a.getSingleJdbcMapping().getJdbcType().getDefaultSqlTypeCode() == SqlTypes.JSON) {
                    n[0]++;
                }
            }
        });
        return n[0];
    }
}
