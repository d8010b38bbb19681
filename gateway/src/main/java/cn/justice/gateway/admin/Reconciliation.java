package cn.justice.gateway.admin;

import cn.justice.gateway.proxy.ServiceRoutes;
import cn.justice.gateway.readmodel.MeasureCatalogue;
import cn.justice.gateway.readmodel.Rollups;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Compares the read model's rollups with each service's source-of-truth {@code …/stats} for an org unit and a
 * period of whole months, and lists every difference. The services are asked with the caller's own token, so the
 * comparison sees exactly what the caller may see.
 */
@ApplicationScoped
public class Reconciliation {
    @Inject
    ServiceRoutes routes;
    @Inject
    Rollups rollups;
    @Inject
    ObjectMapper json;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    public record Difference(String service, String measure, String orgCode, String period, long gateway, long source) {
    }

    /** A service whose figures could not be read (down, refused): nothing of it was compared. */
    public record Unchecked(String service, String detail) {
    }

    public record Result(String orgCode, LocalDate from, LocalDate to, Instant checkedAt, List<Difference> differences,
                         List<Unchecked> unchecked, int measuresCompared) {
    }

    public Result run(String orgCode, LocalDate from, LocalDate to, String authorization) {
        Rollups.Deltas gatewayFigures = rollups.load(orgCode, null, to);
        List<Difference> differences = new ArrayList<>();
        List<Unchecked> unchecked = new ArrayList<>();
        int compared = 0;
        String period = from + "/" + to;
        for (Map.Entry<String, ServiceRoutes.Service> s : routes.services().entrySet()) {
            JsonNode measures;
            try {
                measures = fetch(s.getValue(), orgCode, from, to, authorization);
            } catch (IOException | IllegalStateException e) {
                unchecked.add(new Unchecked(s.getKey(), e.getMessage()));
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                unchecked.add(new Unchecked(s.getKey(), "interrupted"));
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = measures.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> m = it.next();
                MeasureCatalogue.Kind kind = MeasureCatalogue.kind(m.getKey());
                if (kind == null) {
                    continue;
                }
                long gateway = kind == MeasureCatalogue.Kind.FLOW
                        ? gatewayFigures.flow(m.getKey(), from.withDayOfMonth(1), to.withDayOfMonth(1))
                        : gatewayFigures.stockAtEndOf(m.getKey(), to.withDayOfMonth(1));
                long source = m.getValue().asLong();
                compared++;
                if (gateway != source) {
                    differences.add(new Difference(s.getKey(), m.getKey(), orgCode, period, gateway, source));
                }
            }
        }
        return new Result(orgCode, from, to, Instant.now(), differences, unchecked, compared);
    }

    private JsonNode fetch(ServiceRoutes.Service service, String orgCode, LocalDate from, LocalDate to, String authorization)
            throws IOException, InterruptedException {
        URI uri = URI.create(service.url() + service.prefix() + "/stats?orgCode=" + URLEncoder.encode(orgCode, StandardCharsets.UTF_8)
                + "&from=" + from + "&to=" + to);
        HttpRequest.Builder rb = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET();
        if (authorization != null) {
            rb.header("Authorization", authorization);
        }
        HttpResponse<String> r = http.send(rb.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("stats answered " + r.statusCode());
        }
        JsonNode body = json.readTree(r.body());
        JsonNode measures = body.get("measures");
        if (measures == null || !measures.isObject()) {
            throw new IllegalStateException("stats answer has no measures");
        }
        return measures;
    }
}
