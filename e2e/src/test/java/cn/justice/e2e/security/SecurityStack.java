package cn.justice.e2e.security;

import cn.justice.testing.AppProcess;
import cn.justice.testing.KafkaBroker;
import cn.justice.testing.PostgresDatabases;
import cn.justice.testing.openapi.OpenApiDocument;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The whole platform, black-box, shared by the security ITs ({@code @ExtendWith(SecurityStack.class)}): a fresh
 * Kafka broker, the five packaged services and the gateway, each on its own {@code *_sec} database. Started once
 * for the first class that asks and stopped when the test run ends (JUnit's root store closes what it holds), so the four ITs
 * pay for one start-up.
 */
public final class SecurityStack implements BeforeAllCallback {
    /** The township of the records the tests write (吉米镇) and the one its officers must not see (城关镇). */
    public static final String TOWN = "519901101";
    public static final String OTHER_TOWN = "519901100";
    public static final String COUNTY = "519901";
    /** A county the platform does not serve: its tokens must see nothing of {@link #COUNTY}. */
    public static final String OTHER_COUNTY = "519902";
    public static final List<String> TOPICS = List.of("justice.mediation.v1", "justice.correction.v1",
            "justice.legal-aid.v1", "justice.publicity.v1", "justice.rule-of-law.v1");
    /** Service name (as in the gateway's routes) → module. */
    static final Map<String, String> SERVICES = new LinkedHashMap<>();

    static {
        SERVICES.put("mediation", "mediation-service");
        SERVICES.put("correction", "correction-service");
        SERVICES.put("legal-aid", "legal-aid-service");
        SERVICES.put("publicity", "publicity-service");
        SERVICES.put("rule-of-law", "rule-of-law-service");
    }

    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(SecurityStack.class);
    private static volatile Running current;

    @Override
    public void beforeAll(ExtensionContext context) {
        current = context.getRoot().getStore(NS).computeIfAbsent("stack", k -> Running.start(), Running.class);
    }

    public static Running get() {
        if (current == null) {
            throw new IllegalStateException("annotate the test class with @ExtendWith(SecurityStack.class)");
        }
        return current;
    }

    /** The running stack. */
    public static final class Running implements AutoCloseable {
        private final KafkaBroker broker;
        private final Map<String, AppProcess> services;
        private final AppProcess gateway;
        private final String gatewayUrl;
        private final String bootstrap;
        private final String gatewayDb;
        private final List<Path> logs;
        private volatile OpenApiDocument document;
        private volatile Fixtures fixtures;
        private volatile Api api;

        private Running(KafkaBroker broker, Map<String, AppProcess> services, AppProcess gateway, String gatewayDb) {
            this.broker = broker;
            this.services = services;
            this.gateway = gateway;
            this.gatewayDb = gatewayDb;
            this.gatewayUrl = gateway.url();
            this.bootstrap = broker.bootstrapServers();
            this.logs = new ArrayList<>();
            logs.add(gateway.log());
            services.values().forEach(a -> logs.add(a.log()));
        }

        /** A stack somebody else runs (only to debug the tests quickly: -Djustice.sec.gateway=http://… etc.). */
        private Running(String gatewayUrl, String bootstrap, String gatewayDb, List<Path> logs) {
            this.broker = null;
            this.services = Map.of();
            this.gateway = null;
            this.gatewayUrl = gatewayUrl;
            this.bootstrap = bootstrap;
            this.gatewayDb = gatewayDb;
            this.logs = logs;
        }

        static Running start() {
            String external = System.getProperty("justice.sec.gateway");
            if (external != null && !external.isBlank()) {
                List<Path> logs = new ArrayList<>();
                for (String l : System.getProperty("justice.sec.logs", "").split(",")) {
                    if (!l.isBlank()) {
                        logs.add(Path.of(l.trim()));
                    }
                }
                return new Running(external, System.getProperty("justice.sec.kafka"),
                        System.getProperty("justice.sec.gateway-db"), logs);
            }
            KafkaBroker broker = KafkaBroker.fresh("sec-kafka").start();
            // a small pool each: the PostgreSQL server is shared with whatever else runs on the machine
            Map<String, String> common = Map.of("justice.kafka.bootstrap", broker.bootstrapServers(),
                    "justice.db.host", PostgresDatabases.host(), "justice.db.port", PostgresDatabases.port(),
                    "quarkus.datasource.jdbc.max-size", "8");
            Map<String, CompletableFuture<AppProcess>> starting = new LinkedHashMap<>();
            for (Map.Entry<String, String> s : SERVICES.entrySet()) {
                String db = s.getKey().replace('-', '_') + "_sec";
                PostgresDatabases.recreate(db);
                Map<String, String> props = new HashMap<>(common);
                props.put("justice.db.name", db);
                // two at a time: five JVMs starting at once on two cores only slow each other down
                starting.put(s.getKey(), CompletableFuture.supplyAsync(() -> new AppProcess(s.getValue(), props).start()));
                if (starting.size() % 2 == 0) {
                    starting.values().forEach(CompletableFuture::join);
                }
            }
            Map<String, AppProcess> services = new LinkedHashMap<>();
            starting.forEach((name, f) -> services.put(name, f.join()));
            String gatewayDb = "gateway_sec";
            PostgresDatabases.recreate(gatewayDb);
            Map<String, String> gw = new HashMap<>(common);
            gw.put("justice.db.name", gatewayDb);
            services.forEach((name, app) -> gw.put("justice.gateway.services." + name + ".url", app.url()));
            AppProcess gateway = new AppProcess("gateway", gw).start();
            Running running = new Running(broker, services, gateway, gatewayDb);
            running.warmUp();
            return running;
        }

        /** One read per service through the gateway, so no test meets a cold first request. */
        private void warmUp() {
            for (String service : SERVICES.keySet()) {
                api().request("GET /api/v1/" + service + "/stats").as(Caller.COUNTY_ADMIN).query("orgCode", COUNTY)
                        .query("from", Fixtures.YEAR + "-01-01").query("to", Fixtures.YEAR + "-12-31")
                        .change("warm-up").retryUnavailable().send();
            }
            api().takeViolations();
        }

        public String gatewayUrl() {
            return gatewayUrl;
        }

        public String bootstrap() {
            return bootstrap;
        }

        public String gatewayDatabase() {
            return gatewayDb;
        }

        /** Every application's log file (the gateway's and each service's). */
        public List<Path> logs() {
            return logs;
        }

        /** The gateway's merged OpenAPI document (every service's operations included). */
        public synchronized OpenApiDocument document() {
            if (document == null) {
                document = OpenApiDocument.fetch(gatewayUrl());
            }
            return document;
        }

        public synchronized Api api() {
            if (api == null) {
                api = new Api(gatewayUrl(), document());
            }
            return api;
        }

        /** The records the tests build on (committees, mediators, units, workstations), created on first use. */
        public synchronized Fixtures fixtures() {
            if (fixtures == null) {
                fixtures = new Fixtures(api(), document());
            }
            return fixtures;
        }

        @Override
        public void close() {
            quietly(gateway);
            services.values().forEach(Running::quietly);
            quietly(broker);
        }

        private static void quietly(AutoCloseable c) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception ignored) {
                // best effort: the JVM's shutdown hooks stop what is left
            }
        }
    }
}
