package cn.justice.gateway.plan;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The plans shipped as data ({@code plans/14th-fyp.yaml}, {@code plans/15th-fyp.yaml}), loaded at start. */
@ApplicationScoped
public class PlanCatalogue {
    static final List<String> SHIPPED = List.of("14th-fyp", "15th-fyp");
    private static final Set<String> COMPARATORS = Set.of(">=", "<=", "=");

    private final Map<String, Plan> plans = new ConcurrentHashMap<>();

    @PostConstruct
    void load() {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory()).disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        for (String id : SHIPPED) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream("plans/" + id + ".yaml")) {
                if (in == null) {
                    throw new IllegalStateException("plan file plans/" + id + ".yaml missing");
                }
                Plan p = yaml.readValue(in, Plan.class);
                validate(p);
                plans.put(p.id(), p);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read plan " + id, e);
            }
        }
    }

    static void validate(Plan p) {
        for (Indicator i : p.indicators()) {
            if (i.numerator() == null || i.numerator().isEmpty()) {
                throw new IllegalStateException(p.id() + "/" + i.code() + ": numerator is required");
            }
            if (i.comparator() == null || !COMPARATORS.contains(i.comparator())) {
                throw new IllegalStateException(p.id() + "/" + i.code() + ": comparator must be one of " + COMPARATORS);
            }
            if (i.kind() == null || i.factor() == null) {
                throw new IllegalStateException(p.id() + "/" + i.code() + ": kind and factor are required");
            }
            try {
                i.numerator().forEach(Term::parse);
                i.denominatorOrEmpty().forEach(Term::parse);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(p.id() + "/" + i.code() + ": " + e.getMessage());
            }
        }
    }

    public List<Plan> all() {
        List<Plan> out = new ArrayList<>();
        for (String id : SHIPPED) {
            out.add(plans.get(id));
        }
        return out;
    }

    /** The plan whose years cover {@code year}; before the first plan the first, after the last the last. */
    public Plan forYear(int year) {
        List<Plan> all = all();
        for (Plan p : all) {
            if (year >= p.fromYear() && year <= p.toYear()) {
                return p;
            }
        }
        return year < all.get(0).fromYear() ? all.get(0) : all.get(all.size() - 1);
    }

    public Plan find(String id) {
        return plans.get(id);
    }

    /** The plan of that id; 404 problem when there is none. */
    public Plan require(String id) {
        Plan p = plans.get(id);
        if (p == null) {
            throw cn.justice.platform.problem.ProblemException.notFound("plan", id);
        }
        return p;
    }
}
