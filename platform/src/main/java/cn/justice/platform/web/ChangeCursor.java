package cn.justice.platform.web;

import cn.justice.platform.problem.ProblemException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque cursor of the {@code …/changes?since=} sync feed: the (transaction id, sequence) of the last change a
 * client has seen. See the platform migration {@code track_change} for why the transaction id is part of it.
 */
public record ChangeCursor(long txid, long seq) {
    public static final ChangeCursor START = new ChangeCursor(0, 0);

    public static ChangeCursor parse(String since) {
        if (since == null || since.isBlank()) {
            return START;
        }
        try {
            String s = new String(Base64.getUrlDecoder().decode(since), StandardCharsets.US_ASCII);
            String[] parts = s.split("\\.");
            if (parts.length != 2) {
                throw new IllegalArgumentException();
            }
            long txid = Long.parseLong(parts[0]);
            long seq = Long.parseLong(parts[1]);
            if (txid < 0 || seq < 0) {
                throw new IllegalArgumentException();
            }
            return new ChangeCursor(txid, seq);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("since", "not a cursor returned by this feed");
        }
    }

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((txid + "." + seq).getBytes(StandardCharsets.US_ASCII));
    }

    public static int limit(Integer limit) {
        int l = limit == null ? 500 : limit;
        if (l < 1 || l > 1000) {
            throw ProblemException.invalid("limit", "must be between 1 and 1000");
        }
        return l;
    }
}
