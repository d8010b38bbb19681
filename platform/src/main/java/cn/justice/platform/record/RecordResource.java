package cn.justice.platform.record;

import cn.justice.platform.audit.AuditLog;
import cn.justice.platform.idempotency.Idempotency;
import cn.justice.platform.org.OrgDirectory;
import cn.justice.platform.personal.Unmasking;
import cn.justice.platform.security.Caller;
import cn.justice.platform.security.CurrentCaller;
import cn.justice.platform.security.Roles;
import cn.justice.platform.web.ChangeCursor;
import cn.justice.platform.web.PageParams;
import cn.justice.platform.web.PageRequest;
import cn.justice.platform.web.QueryParams;
import cn.justice.platform.web.Responses;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.util.UUID;

/**
 * The standard endpoints of a record, written once: create (idempotent, 201 + Location or 200 for a repeat),
 * read by id (ETag; unmasking for records with personal data), update (If-Match or body version), the list (its
 * filters read as the API declares, {@link RecordQuery}), the sync feed, and {@code POST {id}/<action>} for the
 * actions its {@link RecordApi} declares. A resource extends it with its {@code @Path}, its {@code @Tag}, its API
 * constant and an {@code @Inject} constructor that passes the API and the service; endpoints of its own (a
 * checklist, a yearly plan) stay in the resource.
 * <p>
 * The bodies arrive as JSON trees and are read into the API's types by {@link RecordBodies}, with the same
 * problems as a typed parameter; {@link RecordOpenApiFilter} writes the operations' documentation from the API.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public abstract class RecordResource<S extends RecordService<V, C, U>, V extends RecordView, C, U> {
    @Inject
    protected CurrentCaller caller;
    @Inject
    Idempotency idempotency;
    @Inject
    RecordBodies bodies;
    @Inject
    OrgDirectory orgs;

    private final RecordApi<S, V> api;
    /** The record's service: its rules; the resource's own endpoints (if any) ask it too. */
    protected final S service;

    /**
     * @param api     the record's API constant
     * @param service the record's service (the subclass's {@code @Inject} constructor passes it)
     */
    protected RecordResource(RecordApi<S, V> api, S service) {
        this.api = api;
        this.service = service;
    }

    @POST
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.INTEGRATION})
    public Response create(
            @Parameter(description = "Makes a retried POST safe: the first response is returned again for 24 h")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Context UriInfo uri, JsonNode body) {
        @SuppressWarnings("unchecked")
        C request = (C) bodies.read(body, api.createType());
        return idempotency.run(idempotencyKey, "POST", uri.getPath(), request, () -> {
            Created<V> c = service.create(caller.get(), request);
            return Responses.created(uri, c.record().id(), c.created(), c.record());
        });
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
    public Response get(@PathParam("id") UUID id,
                        @QueryParam("unmask") @Parameter(description = "county-admin only", schema = @Schema(type = SchemaType.BOOLEAN)) String unmask,
                        @HeaderParam(AuditLog.PURPOSE_HEADER) @Parameter(description = "Why personal data is read (kept in the "
                                + "audit log); percent-encode non-ASCII text (UTF-8)") String purpose) {
        Caller c = caller.get();
        V view = api.isPersonalData()
                ? service.get(c, id, Unmasking.requested(c, unmask), purpose)
                : service.get(c, id);
        return Responses.ok(view);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.INTEGRATION})
    public Response update(@PathParam("id") UUID id,
                           @HeaderParam("If-Match") @Parameter(description = "\"<version>\"") String ifMatch, JsonNode body) {
        @SuppressWarnings("unchecked")
        U request = (U) bodies.read(body, api.updateType());
        return Responses.ok(service.update(caller.get(), id, ifMatch, request));
    }

    /** {@code GET}: one page of what the caller may see, filtered as the API's list declares. */
    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
    public Response list(@BeanParam PageParams paging, @QueryParam("sort") String sort, @Context UriInfo uri) {
        RecordList<S, ?, V> list = api.listing();
        PageRequest page = paging.request(sort, list.sortable(), list.descending());
        return Response.ok(list.run(service, caller.get(), RecordQuery.of(uri.getQueryParameters(), orgs), page)).build();
    }

    @GET
    @Path("changes")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
    public Response changes(
            @QueryParam("since") @Parameter(description = "nextCursor of the previous call; absent for the start") String since,
            @QueryParam("limit") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000", defaultValue = "500")) String limit) {
        return Response.ok(service.changes(caller.get(), ChangeCursor.parse(since),
                ChangeCursor.limit(QueryParams.integer(limit, "limit")))).build();
    }

    /** {@code POST {id}/<action>}: the role check, the body, then the action once per Idempotency-Key. */
    @POST
    @Path("{id}/{action: [a-z][a-z-]*(?:/[a-z][a-z-]*)?}")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.INTEGRATION})
    public Response act(@PathParam("id") UUID id, @PathParam("action") String name,
                        @HeaderParam("If-Match") String ifMatch, @HeaderParam(Idempotency.HEADER) String idempotencyKey,
                        @Context UriInfo uri, JsonNode body) {
        RecordAction<S, V> action = api.action(name);
        Caller c = caller.get();
        action.requireRole(c);
        Object request = bodies.read(body, action.body());
        return idempotency.run(idempotencyKey, "POST", uri.getPath(), request,
                () -> Responses.ok(action.apply(service, c, id, ifMatch, request)));
    }
}
