package cn.justice.mediation.committee;

import cn.justice.platform.problem.Problem;
import cn.justice.platform.problem.ProblemException;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The checklist of the 规范化 (standardisation) assessment of a mediation committee. It is data, read from
 * {@value #CLASSPATH_RESOURCE} (or a file named by {@code justice.mediation.standardization-criteria}), so the bureau
 * can change the checklist without a code change. A committee is standardized when its latest assessment meets every
 * criterion; a criterion the assessment leaves out counts as unmet; an unknown code is a 400.
 */
public final class StandardizationCriteria {
    public static final String CLASSPATH_RESOURCE = "mediation/standardization-criteria.json";

    private final List<Criterion> criteria;
    private final Set<String> codes;

    /** One item of the checklist. */
    @Schema(name = "StandardizationCriterion", description = "One item of the 规范化 checklist")
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Criterion(@Schema(example = "NAME_PLATE") String code,
                            @Schema(example = "有标牌") String nameZh,
                            @Schema(example = "Name plate displayed") String nameEn) {
    }

    /** The outcome of an assessment against the checklist. */
    public record Evaluation(List<Committee.CriterionResult> results, boolean standardized, List<String> unmet) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record File(List<Criterion> criteria) {
    }

    public StandardizationCriteria(List<Criterion> criteria) {
        if (criteria == null || criteria.isEmpty()) {
            throw new IllegalArgumentException("the standardisation checklist must list at least one criterion");
        }
        Set<String> seen = new LinkedHashSet<>();
        for (Criterion c : criteria) {
            if (c.code() == null || !c.code().matches("[A-Z][A-Z0-9_]{0,63}")) {
                throw new IllegalArgumentException("criterion code '" + c.code() + "' is not UPPER_SNAKE_CASE");
            }
            if (c.nameZh() == null || c.nameZh().isBlank() || c.nameEn() == null || c.nameEn().isBlank()) {
                throw new IllegalArgumentException("criterion " + c.code() + " needs nameZh and nameEn");
            }
            if (!seen.add(c.code())) {
                throw new IllegalArgumentException("duplicate criterion code " + c.code());
            }
        }
        this.criteria = List.copyOf(criteria);
        this.codes = Set.copyOf(seen);
    }

    /** Reads the file at {@code location}, or the bundled checklist when it is null or blank. */
    public static StandardizationCriteria load(String location) {
        ObjectMapper mapper = new ObjectMapper();
        try {
            if (location != null && !location.isBlank()) {
                try (InputStream in = Files.newInputStream(Path.of(location))) {
                    return new StandardizationCriteria(mapper.readValue(in, File.class).criteria());
                }
            }
            try (InputStream in = Objects.requireNonNull(StandardizationCriteria.class.getClassLoader()
                    .getResourceAsStream(CLASSPATH_RESOURCE), CLASSPATH_RESOURCE)) {
                return new StandardizationCriteria(mapper.readValue(in, File.class).criteria());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the standardisation criteria", e);
        }
    }

    public List<Criterion> all() {
        return criteria;
    }

    public boolean knows(String code) {
        return codes.contains(code);
    }

    /**
     * Checks an assessment's {@code criteria} ({code: met}) and completes it: every criterion of the checklist, in
     * checklist order, missing ones unmet.
     *
     * @throws ProblemException 400 naming each unknown code or missing value ({@code criteria.<code>})
     */
    public Evaluation evaluate(Map<String, Boolean> given) {
        Map<String, Boolean> in = given == null ? Map.of() : given;
        List<Problem.FieldError> errors = new ArrayList<>();
        for (Map.Entry<String, Boolean> e : in.entrySet()) {
            if (!codes.contains(e.getKey())) {
                errors.add(new Problem.FieldError("criteria." + e.getKey(),
                        "unknown criterion code; known: " + criteria.stream().map(Criterion::code).toList()));
            } else if (e.getValue() == null) {
                errors.add(new Problem.FieldError("criteria." + e.getKey(), "must be true or false"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        List<Committee.CriterionResult> results = new ArrayList<>();
        List<String> unmet = new ArrayList<>();
        for (Criterion c : criteria) {
            boolean met = Boolean.TRUE.equals(in.get(c.code()));
            results.add(new Committee.CriterionResult(c.code(), met));
            if (!met) {
                unmet.add(c.code());
            }
        }
        return new Evaluation(List.copyOf(results), unmet.isEmpty(), List.copyOf(unmet));
    }

    /** {code: met} of stored results, in their stored (checklist) order. */
    public static Map<String, Boolean> asMap(List<Committee.CriterionResult> results) {
        Map<String, Boolean> m = new LinkedHashMap<>();
        if (results != null) {
            results.forEach(r -> m.put(r.code(), r.met()));
        }
        return m;
    }
}
