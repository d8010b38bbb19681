package cn.justice.gateway.subscription;

import cn.justice.platform.org.OrgDirectory;
import cn.justice.platform.problem.ProblemException;
import cn.justice.platform.security.Caller;
import cn.justice.platform.security.CurrentCaller;
import cn.justice.platform.security.Roles;
import cn.justice.platform.security.TownshipScope;
import cn.justice.platform.web.Page;
import cn.justice.platform.web.PageParams;
import cn.justice.platform.web.PageRequest;
import cn.justice.platform.web.QueryParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Subscriptions",
        description = "Webhook notifications of the work queue: signed CloudEvents, retried for 24 h, with a delivery log")
@RolesAllowed({Roles.COUNTY_ADMIN, Roles.INTEGRATION, Roles.AUDITOR})
public class SubscriptionResource {
    @Inject
    SubscriptionStore store;
    @Inject
    SubscriptionConfig config;
    @Inject
    OrgDirectory orgs;
    @Inject
    CurrentCaller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.INTEGRATION})
    @Operation(summary = "Subscribe a URL to work items of some kinds of a county or township (county-admin, integration)",
            description = """
                    From now on the gateway POSTs each new item (an event made or changed it after the subscription) \
                    and each item that turns overdue as a CloudEvent in structured JSON (Content-Type \
                    application/cloudevents+json, type justice.work-queue.item, data = the work item plus reason \
                    NEW|OVERDUE), and once a day from 08:00 (Asia/Shanghai) a justice.work-queue.digest per township \
                    with items. Each request carries X-Justice-Signature: sha256=<hex HMAC-SHA256 of the body under \
                    the secret>. A 2xx answer delivers; anything else, or no answer within 5 s, is retried with \
                    doubling delays for 24 h. Every attempt of a delivery carries the same CloudEvent id. The URL must \
                    be http(s); hosts on private, loopback or link-local addresses only when on the gateway's \
                    allow-list (400 otherwise). 409 when the county already has 50 active subscriptions.""")
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Subscription.class)))
    public Response create(@Valid @NotNull SubscriptionCreate body, @Context UriInfo uri) {
        Caller c = caller.get();
        String org = body.orgCode() != null ? body.orgCode() : c.countyCode();
        orgs.requireCountyOrTownship("orgCode", org);
        TownshipScope.requireOrgReadable(c, org);
        if (body.kinds().stream().distinct().count() != body.kinds().size()) {
            throw ProblemException.invalid("kinds", "must name each kind once");
        }
        String url = WebhookDispatcher.targets(config).check(body.url()).toString();
        Subscription s = store.create(c.countyCode(), org, url,
                body.kinds().stream().sorted().toList(), body.secret(), c.subject());
        return Response.created(uri.getAbsolutePathBuilder().path(s.id().toString()).build()).entity(s).build();
    }

    @GET
    @Operation(summary = "The county's subscriptions, newest first")
    public Page<Subscription> list(
            @QueryParam("includeDeleted")
            @Parameter(description = "Also the deleted ones", schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
            String includeDeleted,
            @BeanParam PageParams pageParams) {
        PageRequest page = pageParams.request(null, PageRequest.sortable("createdAt"), true);
        return store.list(caller.get().countyCode(), Boolean.TRUE.equals(QueryParams.bool(includeDeleted, "includeDeleted")),
                page.page(), page.size());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One subscription of the county (404 for another county's)")
    public Subscription get(@PathParam("id") UUID id) {
        return store.require(caller.get().countyCode(), id);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.INTEGRATION})
    @Operation(summary = "Delete a subscription: nothing more is sent, pending deliveries are cancelled, the log is kept")
    @APIResponse(responseCode = "204", description = "Deleted (also when it was already)")
    public Response delete(@PathParam("id") UUID id) {
        store.delete(caller.get().countyCode(), id, caller.get().subject());
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/deliveries")
    @Operation(summary = "The delivery log of a subscription, newest first: each notification, its attempts and outcome")
    public Page<Delivery> deliveries(@PathParam("id") UUID id,
                                     @QueryParam("status")
                                     @Parameter(schema = @Schema(implementation = Delivery.Status.class)) String status,
                                     @BeanParam PageParams pageParams) {
        store.require(caller.get().countyCode(), id);
        Delivery.Status s = QueryParams.enumOf(Delivery.Status.class, status, "status");
        PageRequest page = pageParams.request(null, PageRequest.sortable("createdAt"), true);
        return store.deliveries(id, s, page.page(), page.size());
    }
}
