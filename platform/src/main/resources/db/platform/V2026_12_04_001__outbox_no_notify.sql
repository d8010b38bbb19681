-- The relay is woken in-process when a transaction that wrote events commits (OutboxSignal) and polls for rows of
-- other instances. NOTIFY is no longer sent: a notifying transaction holds a cluster-wide lock through its commit's
-- WAL flush, so all of them committed one at a time (no group commit) and that bounded the create rate.
DROP TRIGGER outbox_event_notify ON outbox_event;
DROP FUNCTION outbox_event_notify();
