package cn.justice.e2e;

import cn.justice.testing.AppProcess;
import cn.justice.testing.DevTokens;
import cn.justice.testing.KafkaBroker;
import cn.justice.testing.PostgresDatabases;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/**
 * What the black-box tests share to start their stack (packaged services on fresh databases, the gateway routing to
 * them, one broker) and to call it. Each test still chooses its broker, databases and services.
 */
final class Stack {
    /** The gateway's five lines, as named in its routes. */
    static final List<String> LINES = List.of("mediation", "correction", "legal-aid", "publicity", "rule-of-law");
    /** Where the gateway routes a line that is not running: nothing listens there. */
    static final String NOWHERE = "http://127.0.0.1:1";

    private Stack() {
    }

    /** The properties every application of the stack gets: the broker and the database server, then {@code extra}. */
    static Map<String, String> common(KafkaBroker broker, String... extra) {
        Map<String, String> p = new HashMap<>(Map.of("justice.kafka.bootstrap", broker.bootstrapServers(),
                "justice.db.host", PostgresDatabases.host(), "justice.db.port", PostgresDatabases.port()));
        for (int i = 0; i < extra.length; i += 2) {
            p.put(extra[i], extra[i + 1]);
        }
        return p;
    }

    /** Recreates database {@code db} and starts {@code module} on it with {@code common} and then {@code extra}. */
    static AppProcess service(String module, String db, Map<String, String> common, String... extra) {
        PostgresDatabases.recreate(db);
        Map<String, String> p = new HashMap<>(common);
        p.put("justice.db.name", db);
        for (int i = 0; i < extra.length; i += 2) {
            p.put(extra[i], extra[i + 1]);
        }
        return new AppProcess(module, p).start();
    }

    /**
     * Recreates database {@code db} and starts the gateway on it, routing each line of {@code lines} (line name → its
     * running service) there and every other line {@link #NOWHERE}.
     */
    static AppProcess gateway(String db, Map<String, String> common, Map<String, AppProcess> lines) {
        PostgresDatabases.recreate(db);
        Map<String, String> gw = new HashMap<>(common);
        gw.put("justice.db.name", db);
        for (String line : LINES) {
            AppProcess app = lines.get(line);
            gw.put("justice.gateway.services." + line + ".url", app == null ? NOWHERE : app.url());
        }
        return new AppProcess("gateway", gw).start();
    }

    /** Sends RestAssured's requests without a base URI to {@code gateway}. */
    static void callThrough(AppProcess gateway) {
        RestAssured.baseURI = gateway.url();
        RestAssured.port = gateway.port();
    }

    /** Closes each part that was started, in the order given, whatever the others do (best effort). */
    static void stop(AutoCloseable... parts) {
        for (AutoCloseable c : parts) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception ignored) {
                // best effort
            }
        }
    }

    /** A JSON request as county-admin. */
    static RequestSpecification admin() {
        return given().auth().oauth2(DevTokens.countyAdmin()).contentType(ContentType.JSON);
    }
}
