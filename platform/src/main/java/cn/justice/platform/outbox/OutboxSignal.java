package cn.justice.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Wakes this instance's outbox relay when a transaction that appended events commits.
 * <p>
 * Why not {@code NOTIFY}: a PostgreSQL transaction that has notified takes a cluster-wide lock at commit and holds it
 * through its commit's WAL flush, so every notifying transaction of every database commits one after the other and
 * group commit is lost; with four services writing, that lock, not the work, bounded the create rate
 * (docs/performance.md). The commit is observed in-process instead. Writes made by other instances of the service
 * reach the leading relay through its poll ({@code justice.outbox.poll-interval}).
 */
@ApplicationScoped
public class OutboxSignal {
    private static final Object REGISTERED = OutboxSignal.class;

    @Inject
    TransactionSynchronizationRegistry transactions;

    /** Coalesces any number of commits into one pending wake-up. */
    private final Semaphore pending = new Semaphore(0);

    /** Called inside the transaction that appends an event: wake the relay once it has committed. */
    void afterCommitOfCurrentTransaction() {
        if (transactions.getResource(REGISTERED) != null) {
            return; // one wake-up per transaction, however many events it appends
        }
        transactions.putResource(REGISTERED, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    signal();
                }
            }
        });
    }

    /** Wakes the relay (now, or at its next wait). */
    public void signal() {
        if (pending.availablePermits() == 0) {
            pending.release();
        }
    }

    /**
     * Waits until a commit signalled or the timeout passed; consumes the pending wake-up.
     *
     * @return true when signalled
     */
    boolean await(long timeoutMillis) throws InterruptedException {
        boolean signalled = pending.tryAcquire(timeoutMillis, TimeUnit.MILLISECONDS);
        pending.drainPermits();
        return signalled;
    }
}
