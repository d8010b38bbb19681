package cn.justice.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class OpenApiMergerTest {
    static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode json(String s) throws Exception {
        return JSON.readTree(s.replace('\'', '"'));
    }

    @Test
    void takesServicePathsUnderTheirPrefixAndRenamesClashingSchemas() throws Exception {
        ObjectNode gateway = (ObjectNode) json("{'openapi':'3.1.0','info':{'title':'gw'},'paths':{'/api/v1/plans':{}},"
                + "'components':{'schemas':{'Problem':{'type':'object'},'Page':{'type':'object','title':'gw'}}},'tags':[{'name':'Plans'}]}");
        JsonNode med = json("{'paths':{'/api/v1/mediation/disputes':{'get':{'responses':{'200':{'content':{'application/json':"
                + "{'schema':{'$ref':'#/components/schemas/Page'}}}}}}},'/q/health':{}},"
                + "'components':{'schemas':{'Problem':{'type':'object'},'Page':{'type':'object','title':'med'},'Dispute':{}},"
                + "'securitySchemes':{'bearerAuth':{'type':'http'}}},'tags':[{'name':'Disputes'},{'name':'Plans'}]}");
        Map<String, Map.Entry<String, JsonNode>> services = new LinkedHashMap<>();
        services.put("mediation", Map.entry("/api/v1/mediation", med));
        ObjectNode merged = OpenApiMerger.merge(gateway, services);

        assertThat(merged.path("info").path("title").asText()).isEqualTo("gw");
        assertThat(merged.path("paths").has("/api/v1/mediation/disputes")).isTrue();
        assertThat(merged.path("paths").has("/q/health")).as("non-prefixed service paths stay out").isFalse();
        assertThat(merged.path("components").path("schemas").path("Page").path("title").asText()).isEqualTo("gw");
        assertThat(merged.path("components").path("schemas").path("mediation_Page").path("title").asText()).isEqualTo("med");
        assertThat(merged.at("/paths/~1api~1v1~1mediation~1disputes/get/responses/200/content/application~1json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/mediation_Page");
        assertThat(merged.path("components").path("schemas").has("Dispute")).isTrue();
        assertThat(merged.path("components").path("securitySchemes").has("bearerAuth")).isTrue();
        assertThat(merged.path("tags")).hasSize(2);
        assertThat(gateway.path("paths").has("/api/v1/mediation/disputes")).as("input untouched").isFalse();
    }
}
