package cn.justice.demo.plan;

/**
 * What every part of the plan is made from: the seed (its random streams and its ids) and the county.
 *
 * @param seed the fixed seed; the same seed gives the same plan
 * @param org  the county's townships and villages
 */
public record PlanContext(long seed, Org org) {
    public Rng rng(String stream) {
        return Rng.of(seed, stream);
    }

    public Ids ids() {
        return new Ids(seed);
    }

    /** The county's name (X县), used in the names of county bodies. */
    public String county() {
        return org.countyName();
    }
}
