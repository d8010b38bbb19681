package cn.justice.demo.plan;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The county as the org directory describes it (the flat list of {@code GET /api/v1/org-units}): its townships
 * (乡镇) and, in each, the community (社区, code ending in 001) and the villages (村).
 */
public record Org(String countyCode, String countyName, List<Township> townships) {

    public record Township(String code, String name, List<Village> villages) {
        /** The community (社区) of the township: the seat of its offices. */
        public Village community() {
            return villages.stream().filter(Village::community).findFirst().orElse(villages.get(0));
        }

        /** The villages proper (村), without the community. */
        public List<Village> ruralVillages() {
            return villages.stream().filter(v -> !v.community()).toList();
        }

        /** The county seat (城关镇) is the urban township; the others are rural. */
        public boolean urban() {
            return name.startsWith("城关");
        }
    }

    public record Village(String code, String name, String townshipCode) {
        public boolean community() {
            return code.endsWith("001") || name.endsWith("社区");
        }
    }

    /** The county {@code countyCode} from the flat org-unit list. */
    public static Org parse(JsonNode units, String countyCode) {
        String countyName = null;
        List<Township> townships = new ArrayList<>();
        for (JsonNode u : units) {
            String level = u.path("level").asText();
            String code = u.path("code").asText();
            if ("COUNTY".equals(level) && code.equals(countyCode)) {
                countyName = u.path("name").asText();
            } else if ("TOWNSHIP".equals(level) && countyCode.equals(u.path("parentCode").asText())) {
                List<Village> villages = new ArrayList<>();
                for (JsonNode v : units) {
                    if ("VILLAGE".equals(v.path("level").asText()) && code.equals(v.path("parentCode").asText())) {
                        villages.add(new Village(v.path("code").asText(), v.path("name").asText(), code));
                    }
                }
                villages.sort(Comparator.comparing(Village::code));
                townships.add(new Township(code, u.path("name").asText(), List.copyOf(villages)));
            }
        }
        if (countyName == null || townships.isEmpty()) {
            throw new IllegalArgumentException("the org directory has no county " + countyCode + " with townships");
        }
        townships.sort(Comparator.comparing(Township::code));
        for (Township t : townships) {
            if (t.villages().isEmpty()) {
                throw new IllegalArgumentException("township " + t.code() + " has no villages in the org directory");
            }
        }
        return new Org(countyCode, countyName, List.copyOf(townships));
    }

    public Township township(String code) {
        return townships.stream().filter(t -> t.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no township " + code));
    }

    public Township seat() {
        return townships.stream().filter(Township::urban).findFirst().orElse(townships.get(0));
    }

    public List<Village> villages() {
        return townships.stream().flatMap(t -> t.villages().stream()).toList();
    }
}
