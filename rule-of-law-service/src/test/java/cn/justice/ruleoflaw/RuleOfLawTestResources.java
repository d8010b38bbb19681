package cn.justice.ruleoflaw;

import cn.justice.testing.KafkaTestResource;
import cn.justice.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Real PostgreSQL (database rule_of_law_test, recreated per run) and a real Kafka broker for every @QuarkusTest here. */
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "rule_of_law_test"))
@QuarkusTestResource(KafkaTestResource.class)
public final class RuleOfLawTestResources {
    private RuleOfLawTestResources() {
    }
}
