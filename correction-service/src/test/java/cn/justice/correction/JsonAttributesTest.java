package cn.justice.correction;

import cn.justice.testing.JsonAttributes;
import io.quarkus.test.junit.QuarkusTest;

/** JSON columns of Subject and ReleasedPerson are immutable to Hibernate (no serialised snapshot per entity). */
@QuarkusTest
class JsonAttributesTest extends JsonAttributes {
    @Override
    protected int expectedJsonAttributes() {
        return 14;
    }
}
