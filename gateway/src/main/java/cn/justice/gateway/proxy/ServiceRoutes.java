package cn.justice.gateway.proxy;

import io.smallrye.config.ConfigMapping;

import java.time.Duration;
import java.util.Map;

/** {@code justice.gateway.*}: the proxied services and the proxy's timeouts and breaker. */
@ConfigMapping(prefix = "justice.gateway")
public interface ServiceRoutes {
    /** service name → prefix and base URL. */
    Map<String, Service> services();

    Proxy proxy();

    Breaker breaker();

    interface Service {
        String prefix();

        String url();
    }

    interface Proxy {
        Duration timeout();

        Duration connectTimeout();
    }

    interface Breaker {
        int failureThreshold();

        Duration openFor();
    }
}
