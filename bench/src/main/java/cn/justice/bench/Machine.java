package cn.justice.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the benchmark ran on, and the Linux figures it reads (/proc): load, memory, a process's RSS. */
public final class Machine {
    private Machine() {
    }

    public static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "?";
        }
    }

    /** nproc, memory, CPU model, kernel, JVM: the machine section of the results. */
    public static Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("nproc", Runtime.getRuntime().availableProcessors());
        m.put("memTotalMiB", kib("/proc/meminfo", "MemTotal") / 1024);
        m.put("memAvailableMiBAtStart", kib("/proc/meminfo", "MemAvailable") / 1024);
        m.put("cpuModel", cpuField("model name"));
        m.put("cpuMHz", cpuField("cpu MHz"));
        m.put("kernel", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        m.put("loadAverageAtStart", loadAverage());
        return m;
    }

    private static String cpuField(String name) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith(name)) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException e) {
            // not Linux
        }
        return "?";
    }

    /** A "Name:   123 kB" field of a /proc file, in KiB (-1 when absent). */
    static long kib(String file, String field) {
        try {
            List<String> lines = Files.readAllLines(Path.of(file));
            for (String line : lines) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.substring(field.length() + 1).trim().split("\\s+")[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    /** Resident set size of a process, MiB (VmRSS of /proc/pid/status); -1 when gone. */
    public static double rssMiB(long pid) {
        long k = kib("/proc/" + pid + "/status", "VmRSS");
        return k < 0 ? -1 : Math.round(k / 102.4) / 10.0;
    }

    /** Peak resident set size of a process so far, MiB (VmHWM). */
    public static double peakRssMiB(long pid) {
        long k = kib("/proc/" + pid + "/status", "VmHWM");
        return k < 0 ? -1 : Math.round(k / 102.4) / 10.0;
    }

    /**
     * CPU seconds (user + system) used so far by a process and all its descendants that are alive (PostgreSQL's
     * backends are children of the postmaster); -1 when the process is gone. Clock ticks are taken as 100 per second
     * (USER_HZ on Linux).
     */
    static double cpuSecondsOfTree(long root) {
        Map<Long, Long> parent = new HashMap<>();
        Map<Long, Long> ticks = new HashMap<>();
        try (var dirs = Files.list(Path.of("/proc"))) {
            for (Path d : (Iterable<Path>) dirs::iterator) {
                String name = d.getFileName().toString();
                if (!name.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                try {
                    String stat = Files.readString(d.resolve("stat"));
                    // the command name (field 2) may hold spaces: fields are counted after its closing parenthesis
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long pid = Long.parseLong(name);
                    parent.put(pid, Long.parseLong(f[1]));
                    ticks.put(pid, Long.parseLong(f[11]) + Long.parseLong(f[12]));
                } catch (IOException | RuntimeException gone) {
                    // exited while listed
                }
            }
        } catch (IOException e) {
            return -1;
        }
        if (!ticks.containsKey(root)) {
            return -1;
        }
        long sum = 0;
        for (Map.Entry<Long, Long> e : ticks.entrySet()) {
            long p = e.getKey();
            while (p > 1 && p != root) {
                p = parent.getOrDefault(p, 0L);
            }
            if (p == root) {
                sum += e.getValue();
            }
        }
        return sum / 100.0;
    }

    /** Jiffies (busy, total) of all CPUs from /proc/stat; null where it cannot be read. */
    static long[] cpuJiffies() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < f.length; i++) {
                total += Long.parseLong(f[i]);
            }
            long idle = Long.parseLong(f[4]) + (f.length > 5 ? Long.parseLong(f[5]) : 0); // idle + iowait
            return new long[] {total - idle, total};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Waits until the machine is quiet — at most {@code maxBusyShare} of the CPUs busy over a 2 s window — or
     * {@code maxWaitSeconds} have passed; returns the busy share of the last window. A start-up time measured while
     * the JIT of applications started a minute earlier still competes for the two cores measures that, not the start.
     */
    static double awaitQuiet(double maxBusyShare, int maxWaitSeconds) {
        long deadline = System.nanoTime() + maxWaitSeconds * 1_000_000_000L;
        double busy = 1;
        while (true) {
            long[] a = cpuJiffies();
            try {
                Thread.sleep(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return busy;
            }
            long[] z = cpuJiffies();
            if (a == null || z == null || z[1] == a[1]) {
                return -1;
            }
            busy = (double) (z[0] - a[0]) / (z[1] - a[1]);
            if (busy <= maxBusyShare || System.nanoTime() > deadline) {
                return Math.round(busy * 1000) / 1000.0;
            }
        }
    }
}
