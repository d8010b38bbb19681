package cn.justice.publicity;

import cn.justice.testing.KafkaTestResource;
import cn.justice.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Real PostgreSQL (database publicity_test, recreated per run) and a real Kafka broker for every @QuarkusTest here. */
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "publicity_test"))
@QuarkusTestResource(KafkaTestResource.class)
public final class PublicityTestResources {
    private PublicityTestResources() {
    }
}
