package cn.justice.platform.web;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.UUID;

/** Responses that carry a record: its version as {@code ETag}; a create answers 201 + Location, a repeat 200. */
public final class Responses {
    private Responses() {
    }

    public static Response ok(Versioned record) {
        return Response.ok(record).header("ETag", Versions.etag(record.version())).build();
    }

    public static Response created(UriInfo uri, UUID id, boolean createdNow, Versioned record) {
        Response.ResponseBuilder rb = createdNow
                ? Response.created(uri.getAbsolutePathBuilder().path(id.toString()).build())
                : Response.ok();
        return rb.entity(record).header("ETag", Versions.etag(record.version())).build();
    }
}
