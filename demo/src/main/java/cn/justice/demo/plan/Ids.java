package cn.justice.demo.plan;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Client-supplied ids (DESIGN §3: a client may send {@code id} on create) derived from the seed, the record kind and
 * a key naming the record in the plan: the same seed always names the same records, so a second run repeats the
 * same creates (answered 200) instead of adding new ones.
 */
public final class Ids {
    private final long seed;

    public Ids(long seed) {
        this.seed = seed;
    }

    public UUID of(String kind, Object... key) {
        StringBuilder sb = new StringBuilder("justice-demo/").append(seed).append('/').append(kind);
        for (Object k : key) {
            sb.append('/').append(k);
        }
        return UUID.nameUUIDFromBytes(sb.toString().getBytes(StandardCharsets.UTF_8));
    }
}
