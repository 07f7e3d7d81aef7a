package nl.jeugdregie.audit;

/**
 * Records accesses to client files in the caller's transaction, so a request never needs a second database
 * connection for its audit row (ADR 0019). A change that rolls back leaves no trace of having happened. A read
 * is fail-closed: its row commits with the caller's transaction, and a caller that rolls back shows nothing, so
 * no client data is ever shown without its row. A refusal commits with the caller too: callers return their
 * refusal as a result and never throw after recording it.
 * <p>
 * Callers that record a read or refusal run in a read-write transaction (a read-only one is refused with an
 * {@link IllegalStateException}), or outside any transaction, when the row gets a transaction of its own.
 */
public interface AuditTrail {

	void record(ClientFileAccess access);
}
