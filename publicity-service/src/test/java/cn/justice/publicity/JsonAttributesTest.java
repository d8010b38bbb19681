package cn.justice.publicity;

import cn.justice.testing.JsonAttributes;
import io.quarkus.test.junit.QuarkusTest;

/** JSON columns of Activity and ResponsibleUnit are immutable to Hibernate (no serialised snapshot per entity). */
@QuarkusTest
class JsonAttributesTest extends JsonAttributes {
    @Override
    protected int expectedJsonAttributes() {
        return 2;
    }
}
