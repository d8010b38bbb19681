package cn.justice.demo.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The requests of one record, in the order they must run: usually its create followed by its actions in date order.
 * Chains run concurrently with each other; the steps of one chain never do.
 */
public final class Chain {
    private final String service;
    private final String kind;
    private final String collection;
    private final UUID id;
    private final List<Step> steps = new ArrayList<>();

    private Chain(String service, String kind, String collection, UUID id) {
        this.service = service;
        this.kind = kind;
        this.collection = collection;
        this.id = id;
    }

    /**
     * A record created with {@code POST collection} and the client-supplied {@code id} (put into the body first).
     *
     * @param service    service name, e.g. {@code mediation}
     * @param kind       record type shown in the summary, e.g. {@code disputes}
     * @param collection e.g. {@code /api/v1/mediation/disputes}
     */
    public static Chain create(String service, String kind, String collection, UUID id, LocalDate date, ObjectNode fields) {
        Chain c = new Chain(service, kind, collection, id);
        ObjectNode body = Json.obj().put("id", id.toString());
        body.setAll(fields);
        c.steps.add(new Step("POST", collection, body, date, "create", null, null));
        return c;
    }

    /** Actions on a record created by another chain (an earlier phase), e.g. retirements at the end of the load. */
    public static Chain existing(String service, String kind, String collection, UUID id) {
        return new Chain(service, kind, collection, id);
    }

    /**
     * {@code POST collection/{id}/{name}} with an {@code Idempotency-Key} derived from the record and the step's
     * place in the chain.
     */
    public Chain action(String name, LocalDate date, ObjectNode body, Predicate<JsonNode> done) {
        steps.add(new Step("POST", collection + "/" + id + "/" + name, body, date, name,
                "demo-" + id + "-" + steps.size() + "-" + name.replace('/', '-'), done));
        return this;
    }

    /** {@code PUT collection/{id}/{subPath}} (idempotent by itself). */
    public Chain put(String subPath, LocalDate date, ObjectNode body, Predicate<JsonNode> done) {
        steps.add(new Step("PUT", collection + "/" + id + "/" + subPath, body, date, "put", null, done));
        return this;
    }

    /**
     * This chain as far as {@code today}: null when its first request lies after today, else the requests up to the
     * first one dated after today (later ones depend on it).
     */
    public Chain upTo(LocalDate today) {
        if (steps.isEmpty() || steps.get(0).date().isAfter(today)) {
            return null;
        }
        Chain c = new Chain(service, kind, collection, id);
        for (Step s : steps) {
            if (s.date().isAfter(today)) {
                break;
            }
            c.steps.add(s);
        }
        return c;
    }

    public String service() {
        return service;
    }

    public String kind() {
        return kind;
    }

    public String collection() {
        return collection;
    }

    public UUID id() {
        return id;
    }

    public List<Step> steps() {
        return Collections.unmodifiableList(steps);
    }

    public boolean startsWithCreate() {
        return !steps.isEmpty() && steps.get(0).isCreate();
    }

    /** Date of the record's first request (its create). */
    public LocalDate date() {
        return steps.get(0).date();
    }
}
