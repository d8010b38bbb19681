package cn.justice.platform.web;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.util.Map;

/**
 * The {@code page} and {@code size} query parameters of every list (DESIGN §3), taken as one {@code @BeanParam};
 * the list's {@code sort} stays its own parameter (its fields and default are the record's).
 */
public class PageParams {
    @QueryParam("page")
    @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
    String page;

    @QueryParam("size")
    @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "20"))
    String size;

    /** The checked page request (400 for a bad number or sort field). */
    public PageRequest request(String sort, Map<String, String> sortable, boolean defaultDesc) {
        return PageRequest.of(QueryParams.integer(page, "page"), QueryParams.integer(size, "size"), sort, sortable,
                defaultDesc);
    }
}
