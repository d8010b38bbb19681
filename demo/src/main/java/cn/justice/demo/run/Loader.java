package cn.justice.demo.run;

import cn.justice.demo.plan.Chain;
import cn.justice.demo.plan.Plan;
import cn.justice.demo.plan.Step;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Sends the plan: phase after phase; within a phase a fixed number of worker threads each take one record's chain at
 * a time and send its requests in order, so at most {@code concurrency} requests are in flight and the actions of a
 * record always follow its create.
 * <p>
 * Repeats are expected (a second run, or a run after an interrupted one). A create answered 200 returns the record as
 * it is now; a step whose effect that record already shows is skipped; an action answered 409 invalid-state was
 * applied before ("already in the target state") and counts as done; an Idempotency-Key replay counts as done too.
 */
public final class Loader {
    private final Api api;
    private final int concurrency;
    private final Tally tally;
    private boolean endingsPostponed;

    public Loader(Api api, int concurrency, Tally tally) {
        this.api = api;
        this.concurrency = concurrency;
        this.tally = tally;
    }

    /**
     * @param unavailable collections whose service is not there (not built yet, or down): their chains are skipped
     */
    public void run(Plan plan, Set<String> unavailable, ProgressBar bar) throws InterruptedException {
        Plan.Phase[] phases = Plan.Phase.values();
        for (Plan.Phase phase : phases) {
            bar.phase("phase " + (phase.ordinal() + 1) + "/" + phases.length + " " + phase.name().toLowerCase());
            List<Chain> chains = plan.chains(phase);
            // endings retire mediators and dissolve committees that unfinished case work may still need (the
            // services check the current state), so after a failure they wait for the next run
            boolean postpone = phase == Plan.Phase.ENDINGS && tally.errorCount() > 0;
            if (postpone) {
                endingsPostponed = true;
            }
            ExecutorService pool = Executors.newFixedThreadPool(concurrency, r -> {
                Thread t = new Thread(r, "demo-loader");
                t.setDaemon(true);
                return t;
            });
            for (Chain chain : chains) {
                Tally.Row row = tally.row(chain.kind());
                if (chain.startsWithCreate()) {
                    row.records.incrementAndGet();
                }
                if (postpone || unavailable.contains(chain.collection())) {
                    row.skipped.addAndGet(chain.steps().size());
                    bar.tick(chain.steps().size());
                    continue;
                }
                pool.execute(() -> runChain(chain, row, bar));
            }
            pool.shutdown();
            while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
                // the progress bar shows what happens meanwhile
            }
        }
    }

    /** Whether the endings phase was left for the next run because earlier requests failed. */
    public boolean endingsPostponed() {
        return endingsPostponed;
    }

    private void runChain(Chain chain, Tally.Row row, ProgressBar bar) {
        JsonNode view = null;
        List<Step> steps = chain.steps();
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            if (view != null && step.done() != null && shows(step, view)) {
                row.actionsAlready.incrementAndGet();
                bar.tick();
                continue;
            }
            Api.Reply reply;
            try {
                reply = api.send(step.method(), step.path(), step.body(), step.idempotencyKey());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                bar.tick();
                fail(chain, row, bar, i, e.getMessage());
                return;
            }
            bar.tick();
            if (reply.ok()) {
                if (step.isCreate()) {
                    (reply.status() == 201 ? row.created : row.existing).incrementAndGet();
                } else {
                    (reply.replayed() ? row.actionsAlready : row.actionsApplied).incrementAndGet();
                }
                view = reply.body() != null && reply.body().isObject() ? reply.body() : null;
            } else if (!step.isCreate() && reply.status() == 409 && "invalid-state".equals(reply.problemType())) {
                // applied by an earlier run: the record is already past this step
                row.actionsAlready.incrementAndGet();
                view = null;
            } else {
                fail(chain, row, bar, i, reply.describe());
                return;
            }
        }
    }

    private static boolean shows(Step step, JsonNode view) {
        try {
            return step.done().test(view);
        } catch (RuntimeException e) {
            return false; // an unexpected shape: send the request and let the service decide
        }
    }

    private void fail(Chain chain, Tally.Row row, ProgressBar bar, int index, String why) {
        Step step = chain.steps().get(index);
        row.failed.incrementAndGet();
        int rest = chain.steps().size() - index - 1;
        row.notRun.addAndGet(rest);
        bar.tick(rest);
        tally.error(chain.kind() + " " + step.action() + " " + step.method() + " " + step.path() + " → " + why);
    }
}
