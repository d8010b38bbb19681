package cn.justice.demo.plan;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Every request of the demo data set, in phases: a phase starts when the previous one has finished, because its
 * records refer to the earlier ones (mediators to committees, disputes to mediators, retirements come after the
 * cases their mediators handled). Within a phase the chains are independent.
 */
public final class Plan {
    /** The phases in the order they run. */
    public enum Phase {
        /** Registers everything else refers to: committees, responsible units, workstations. */
        REGISTERS,
        /** People appointed to those registers: mediators (调解员). */
        PEOPLE,
        /** The case work of five years: disputes, activities, persons under correction, applications, … */
        CASEWORK,
        /** What ends a register after its cases: mediators retiring, committees dissolved, stations closed. */
        ENDINGS
    }

    private final LocalDate today;
    private final Map<Phase, List<Chain>> phases = new LinkedHashMap<>();
    private final Map<String, Long> expected = new LinkedHashMap<>();

    public Plan(LocalDate today) {
        this.today = today;
        for (Phase p : Phase.values()) {
            phases.put(p, new ArrayList<>());
        }
    }

    /** Adds the part of {@code chain} that lies up to today (nothing when it starts after today). */
    public void add(Phase phase, Chain chain) {
        Chain c = chain.upTo(today);
        if (c != null) {
            phases.get(phase).add(c);
        }
    }

    /** A figure the loaded data should show (used to wait for the gateway's read model and in tests). */
    public void expect(String name, long value) {
        expected.merge(name, value, Long::sum);
    }

    public Map<String, Long> expected() {
        return expected;
    }

    public LocalDate today() {
        return today;
    }

    /** The chains of one phase, oldest record first (so the data arrives roughly in the order it happened). */
    public List<Chain> chains(Phase phase) {
        List<Chain> list = new ArrayList<>(phases.get(phase));
        list.sort(Comparator.comparing(Chain::date));
        return list;
    }

    public Stream<Chain> chains() {
        return phases.values().stream().flatMap(List::stream);
    }

    public long requestCount() {
        return chains().mapToLong(c -> c.steps().size()).sum();
    }

    /** SHA-256 of every request in order: equal digests mean equal plans. */
    public String digest() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Phase p : Phase.values()) {
                for (Chain c : chains(p)) {
                    for (Step s : c.steps()) {
                        md.update(s.describe().getBytes(StandardCharsets.UTF_8));
                        md.update((byte) '\n');
                    }
                }
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
