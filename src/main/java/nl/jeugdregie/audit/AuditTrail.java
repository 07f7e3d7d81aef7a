package nl.jeugdregie.audit;

/**
 * Records accesses to client files. Changes are recorded in the caller's transaction, so a change that
 * rolls back leaves no trace of having happened; reads and refusals are recorded in a transaction of their
 * own, so they are kept even when the surrounding work fails or is read-only.
 */
public interface AuditTrail {

	void record(ClientFileAccess access);
}
