package cn.justice.mediation;

import cn.justice.testing.JsonAttributes;
import io.quarkus.test.junit.QuarkusTest;

/** JSON columns of Dispute and Committee are immutable to Hibernate (no serialised snapshot per entity). */
@QuarkusTest
class JsonAttributesTest extends JsonAttributes {
    @Override
    protected int expectedJsonAttributes() {
        // 7 since Dispute.invalidatedAgreement (人民调解法第33条, reopen keeps the agreement ruled invalid)
        return 7;
    }
}
