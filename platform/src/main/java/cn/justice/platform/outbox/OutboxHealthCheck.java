package cn.justice.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports the outbox in readiness without ever going DOWN for Kafka: while the broker is away writes must keep
 * working (events wait in the outbox), so the service stays ready and the check shows the backlog instead.
 */
@Readiness
@ApplicationScoped
public class OutboxHealthCheck implements HealthCheck {
    @Inject
    OutboxStatus status;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder b = HealthCheckResponse.named("outbox").up()
                .withData("backlog", status.backlog())
                .withData("oldestUnpublishedSeconds", status.oldestUnpublishedSeconds())
                .withData("relayLeader", status.leader())
                .withData("kafka", status.lastKafkaError() == null ? "ok" : "unreachable");
        if (status.lastKafkaError() != null) {
            b.withData("lastKafkaError", status.lastKafkaError());
        }
        return b.build();
    }
}
