package cn.justice.demo;

import cn.justice.demo.plan.Plan;
import cn.justice.demo.run.Api;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.PrintStream;

/**
 * Waits until the gateway's read model has taken in what was just loaded: the services publish through their outbox
 * and the gateway applies the events from Kafka, so the figures arrive a little after the HTTP answers. Done when the
 * consumer reports no lag, the disputes of 2025 are all counted, and two readings a second apart agree.
 */
final class ReadModelWait {
    private ReadModelWait() {
    }

    static JsonNode await(Api api, String progressPath, Plan plan, boolean disputesLoaded, int maxSeconds, PrintStream err)
            throws InterruptedException {
        long expectedDisputes = disputesLoaded ? plan.expected().getOrDefault("disputes_registered/2025", 0L) : 0;
        long deadline = System.nanoTime() + maxSeconds * 1_000_000_000L;
        String previous = null;
        JsonNode last = null;
        err.print("Waiting for the gateway's read model to catch up");
        while (System.nanoTime() < deadline) {
            Api.Reply r = api.get(progressPath);
            if (r.ok() && r.body() != null) {
                last = r.body();
                String figures = figures(last);
                boolean counted = disputes(last) >= expectedDisputes;
                if (counted && figures.equals(previous) && lag(api) == 0) {
                    err.println(" done.");
                    return last;
                }
                previous = figures;
            }
            err.print('.');
            Thread.sleep(1000);
        }
        err.println(" gave up after " + maxSeconds + " s; the figures below may still grow.");
        return last;
    }

    private static String figures(JsonNode progress) {
        StringBuilder sb = new StringBuilder();
        for (JsonNode i : progress.path("indicators")) {
            sb.append(i.path("code").asText()).append('=').append(i.path("numerator").asText()).append('/')
                    .append(i.path("denominator").asText()).append(';');
        }
        return sb.toString();
    }

    private static long disputes(JsonNode progress) {
        for (JsonNode i : progress.path("indicators")) {
            if ("MED_DISPUTES".equals(i.path("code").asText())) {
                return i.path("numerator").asLong();
            }
        }
        return 0;
    }

    /** {@code readmodel_consumer_lag} of the gateway's metrics (0 when the metric is not there). */
    private static long lag(Api api) throws InterruptedException {
        try {
            Api.Reply r = api.get("q/metrics");
            if (r.ok() && r.text() != null) {
                for (String line : r.text().split("\n")) {
                    if (line.startsWith("readmodel_consumer_lag ")) {
                        return (long) Double.parseDouble(line.substring(line.indexOf(' ') + 1).trim());
                    }
                }
            }
            return 0;
        } catch (RuntimeException e) {
            return 0;
        }
    }
}
