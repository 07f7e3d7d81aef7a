package nl.jeugdregie.audit.internal;

import nl.jeugdregie.audit.AuditTrail;
import nl.jeugdregie.audit.ClientFileAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records client-file accesses in the audit chain (SEC-2). A change is recorded in the caller's transaction
 * (which must exist), so a change that rolls back leaves no trace. A read or refusal is recorded in a
 * read-write transaction of the caller when there is one (callers that audit reads open one), so a request
 * never needs a second connection; only without such a transaction is it recorded in a transaction of its own. Nothing of the access is written to the application log, because it names clients' files.
 * <p>
 * Recording a change takes the chain's lock until the caller's transaction ends, and every other recording
 * waits for it: callers record their change as the last step of their transaction.
 */
@Service
class JdbcAuditTrail implements AuditTrail {

	private final AuditChainAppender appender;
	private final TransactionTemplate ownTransaction;

	JdbcAuditTrail(AuditChainAppender appender, PlatformTransactionManager transactions) {
		this.appender = appender;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@Override
	public void record(ClientFileAccess access) {
		switch (access.action()) {
			case CREATE, UPDATE -> appender.append(access);
			case READ, REFUSED -> recordRegardlessOfCaller(access);
		}
	}

	private void recordRegardlessOfCaller(ClientFileAccess access) {
		if (callerWrites()) {
			// A second transaction would need a second connection while the caller holds its own: with every
			// connection held by a caller, none could proceed. The read shares the caller's fate, which is
			// fail-closed: if its row cannot be written, the caller fails and shows nothing.
			appender.append(access);
			return;
		}
		ownTransaction.executeWithoutResult(status -> appender.append(access));
	}

	private boolean callerWrites() {
		return TransactionSynchronizationManager.isActualTransactionActive()
				&& !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
	}
}
