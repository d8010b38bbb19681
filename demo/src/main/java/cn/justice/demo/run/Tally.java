package cn.justice.demo.run;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/** What a run did, per record type: thread-safe counters plus the first distinct errors. */
public final class Tally {
    private static final int MAX_ERRORS = 25;

    /** Counters of one record type (e.g. {@code disputes}). */
    public static final class Row {
        public final AtomicLong records = new AtomicLong();
        public final AtomicLong created = new AtomicLong();
        public final AtomicLong existing = new AtomicLong();
        public final AtomicLong actionsApplied = new AtomicLong();
        public final AtomicLong actionsAlready = new AtomicLong();
        public final AtomicLong failed = new AtomicLong();
        public final AtomicLong notRun = new AtomicLong();
        public final AtomicLong skipped = new AtomicLong();
    }

    private final Map<String, Row> rows = Collections.synchronizedMap(new LinkedHashMap<>());
    private final Set<String> errors = Collections.synchronizedSet(new LinkedHashSet<>());
    private final AtomicLong errorCount = new AtomicLong();

    public Row row(String kind) {
        return rows.computeIfAbsent(kind, k -> new Row());
    }

    public void error(String message) {
        errorCount.incrementAndGet();
        if (errors.size() < MAX_ERRORS) {
            errors.add(message);
        }
    }

    public long errorCount() {
        return errorCount.get();
    }

    public List<String> errors() {
        synchronized (errors) {
            return new ArrayList<>(errors);
        }
    }

    public Map<String, Row> rows() {
        synchronized (rows) {
            return new LinkedHashMap<>(rows);
        }
    }
}
