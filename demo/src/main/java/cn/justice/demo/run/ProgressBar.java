package cn.justice.demo.run;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A one-line progress bar on the terminal (redrawn in place with a carriage return); when the output is not a
 * terminal it prints a plain line every few seconds instead.
 */
public final class ProgressBar implements AutoCloseable {
    private static final int WIDTH = 30;

    private final PrintStream out;
    private final boolean terminal;
    private final long total;
    private final AtomicLong done = new AtomicLong();
    private final long started = System.nanoTime();
    private final Thread painter;
    private volatile String phase = "";
    private volatile Tally tally;
    private volatile boolean running = true;

    public ProgressBar(PrintStream out, boolean terminal, long total, Tally tally) {
        this.out = out;
        this.terminal = terminal;
        this.total = Math.max(1, total);
        this.tally = tally;
        this.painter = new Thread(this::paintLoop, "progress-bar");
        this.painter.setDaemon(true);
        this.painter.start();
    }

    public void phase(String name) {
        this.phase = name;
    }

    /** One request (or one skipped step) done. */
    public void tick() {
        done.incrementAndGet();
    }

    public void tick(long n) {
        done.addAndGet(n);
    }

    private void paintLoop() {
        long lastPlain = 0;
        while (running) {
            try {
                Thread.sleep(terminal ? 200 : 1000);
            } catch (InterruptedException e) {
                return;
            }
            long now = System.nanoTime();
            if (terminal) {
                paint(false);
            } else if (now - lastPlain > 5_000_000_000L) {
                lastPlain = now;
                paint(true);
            }
        }
    }

    private synchronized void paint(boolean newline) {
        long d = Math.min(done.get(), total);
        double seconds = Math.max(0.001, (System.nanoTime() - started) / 1e9);
        int filled = (int) (WIDTH * d / total);
        String bar = "#".repeat(filled) + "-".repeat(WIDTH - filled);
        String line = String.format("[%s] %3d%% %,d/%,d requests  %,.0f/s  %4.0fs  %s  errors %d", bar, 100 * d / total,
                d, total, d / seconds, seconds, phase, tally.errorCount());
        if (newline) {
            out.println(line);
        } else {
            out.print("\r" + line + "\033[K");
        }
        out.flush();
    }

    @Override
    public void close() {
        running = false;
        painter.interrupt();
        try {
            painter.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        paint(!terminal);
        if (terminal) {
            out.println();
        }
    }
}
