package cn.justice.demo.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.util.function.Predicate;

/**
 * One HTTP request of the plan.
 *
 * @param method         POST or PUT
 * @param path           path below the gateway, e.g. {@code /api/v1/mediation/disputes/{id}/accept}
 * @param body           the JSON body
 * @param date           the business date the request records (registeredOn, the action's date, …); never after
 *                       the day the plan is made for
 * @param action         {@code create}, the action's name ({@code accept}, {@code monitoring/start}) or {@code put}
 * @param idempotencyKey sent as {@code Idempotency-Key} (null for creates: their client-supplied id makes them
 *                       idempotent, and a repeated create answers with the record as it is now)
 * @param done           true when the record as last seen already shows this step's effect, so a second run skips
 *                       it (null: rely on the service's 409 for "already in that state")
 */
public record Step(String method, String path, ObjectNode body, LocalDate date, String action, String idempotencyKey,
                   Predicate<JsonNode> done) {

    public boolean isCreate() {
        return "create".equals(action);
    }

    /** The request as text, for the plan's digest: everything that goes on the wire. */
    public String describe() {
        return method + ' ' + path + ' ' + date + ' ' + idempotencyKey + ' ' + Json.write(body);
    }
}
