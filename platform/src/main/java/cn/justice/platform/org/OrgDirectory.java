package cn.justice.platform.org;

import cn.justice.platform.problem.ProblemException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The org directory (county → townships → villages) every service validates codes against. It is one data file,
 * {@code justice/org-units.json} on the classpath (or the file named by {@code justice.org-directory}).
 * Plain class so it can be unit-tested; {@link OrgDirectoryProducer} makes it a bean.
 */
public final class OrgDirectory {
    public static final String CLASSPATH_RESOURCE = "justice/org-units.json";

    private final List<OrgUnit> units;
    private final Map<String, OrgUnit> byCode;

    public OrgDirectory(List<OrgUnit> units) {
        Map<String, OrgUnit> map = new LinkedHashMap<>();
        for (OrgUnit u : units) {
            checkShape(u, map);
            if (map.put(u.code(), u) != null) {
                throw new IllegalArgumentException("duplicate org code " + u.code());
            }
        }
        this.units = List.copyOf(units);
        this.byCode = Collections.unmodifiableMap(map);
    }

    private static void checkShape(OrgUnit u, Map<String, OrgUnit> earlier) {
        int len = switch (u.level()) {
            case COUNTY -> 6;
            case TOWNSHIP -> 9;
            case VILLAGE -> 12;
        };
        if (u.code() == null || u.code().length() != len || !u.code().chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            throw new IllegalArgumentException("org code " + u.code() + " is not a " + len + "-digit " + u.level() + " code");
        }
        if (u.level() == OrgUnit.Level.COUNTY) {
            if (u.parentCode() != null) {
                throw new IllegalArgumentException("county " + u.code() + " must not have a parent");
            }
            return;
        }
        OrgUnit parent = earlier.get(u.parentCode());
        OrgUnit.Level parentLevel = u.level() == OrgUnit.Level.TOWNSHIP ? OrgUnit.Level.COUNTY : OrgUnit.Level.TOWNSHIP;
        if (parent == null || parent.level() != parentLevel || !u.code().startsWith(parent.code())) {
            throw new IllegalArgumentException("org unit " + u.code() + " needs a listed " + parentLevel
                    + " parent that prefixes its code");
        }
    }

    public static OrgDirectory load(String location) {
        ObjectMapper mapper = new ObjectMapper();
        TypeReference<List<OrgUnit>> type = new TypeReference<>() {
        };
        try {
            if (location != null && !location.isBlank()) {
                try (InputStream in = Files.newInputStream(Path.of(location))) {
                    return new OrgDirectory(mapper.readValue(in, type));
                }
            }
            try (InputStream in = Objects.requireNonNull(
                    OrgDirectory.class.getClassLoader().getResourceAsStream(CLASSPATH_RESOURCE), CLASSPATH_RESOURCE)) {
                return new OrgDirectory(mapper.readValue(in, type));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the org directory", e);
        }
    }

    /** An optional township filter: null when absent or blank, else the trimmed code, which must be a township (400). */
    public String townshipFilter(String field, String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        requireTownship(field, code.trim());
        return code.trim();
    }

    public List<OrgUnit> all() {
        return units;
    }

    public OrgUnit find(String code) {
        return code == null ? null : byCode.get(code);
    }

    public boolean isCounty(String code) {
        OrgUnit u = find(code);
        return u != null && u.level() == OrgUnit.Level.COUNTY;
    }

    public boolean isTownship(String code) {
        OrgUnit u = find(code);
        return u != null && u.level() == OrgUnit.Level.TOWNSHIP;
    }

    public List<OrgUnit> children(String code) {
        List<OrgUnit> out = new ArrayList<>();
        for (OrgUnit u : units) {
            if (code.equals(u.parentCode())) {
                out.add(u);
            }
        }
        return out;
    }

    public List<OrgUnit> townships(String countyCode) {
        return children(countyCode);
    }

    public List<OrgUnit> villages(String countyOrTownshipCode) {
        List<OrgUnit> out = new ArrayList<>();
        for (OrgUnit u : units) {
            if (u.level() == OrgUnit.Level.VILLAGE && u.code().startsWith(countyOrTownshipCode)) {
                out.add(u);
            }
        }
        return out;
    }

    /** The county of any listed code. */
    public String countyOf(String code) {
        return code == null || code.length() < 6 ? null : code.substring(0, 6);
    }

    /** 400 unless {@code code} is a listed township; returns it. */
    public OrgUnit requireTownship(String field, String code) {
        OrgUnit u = find(code);
        if (u == null || u.level() != OrgUnit.Level.TOWNSHIP) {
            throw ProblemException.invalid(field, "unknown township code");
        }
        return u;
    }

    /** 400 unless {@code code} is a listed village (村/社区); returns it (its parent is the township). */
    public OrgUnit requireVillage(String field, String code) {
        OrgUnit u = find(code);
        if (u == null || u.level() != OrgUnit.Level.VILLAGE) {
            throw ProblemException.invalid(field, "unknown village code");
        }
        return u;
    }

    /** 400 unless {@code villageCode} (optional) is a listed village of the township. */
    public void requireVillageOf(String field, String villageCode, String townshipCode) {
        if (villageCode == null) {
            return;
        }
        requireVillage(field, villageCode);
        if (townshipCode == null || !villageCode.startsWith(townshipCode)) {
            throw ProblemException.invalid(field, "village " + villageCode + " is not in township " + townshipCode);
        }
    }

    /** 400 unless {@code code} is a listed county or township (an {@code orgCode} query parameter). */
    public OrgUnit requireCountyOrTownship(String field, String code) {
        OrgUnit u = find(code);
        if (u == null || u.level() == OrgUnit.Level.VILLAGE) {
            throw ProblemException.invalid(field, "unknown county or township code");
        }
        return u;
    }
}
