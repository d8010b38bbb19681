package cn.justice.correction;

import cn.justice.testing.KafkaTestResource;
import cn.justice.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Real PostgreSQL (database correction_test, recreated per run) and a real Kafka broker for every @QuarkusTest here. */
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "correction_test"))
@QuarkusTestResource(KafkaTestResource.class)
public final class CorrectionTestResources {
    private CorrectionTestResources() {
    }
}
