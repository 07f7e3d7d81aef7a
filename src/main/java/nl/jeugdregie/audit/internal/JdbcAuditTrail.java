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
 * transaction of its own, so it is kept even when the caller's work is read-only or fails: what was shown,
 * was shown. Nothing of the access is written to the application log, because it names clients' files.
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
			// Security events change login or token state in the same transaction: they share its fate.
			case CREATE, UPDATE, LOGIN_SUCCEEDED, LOGIN_FAILED, ACCOUNT_LOCKED, ACCOUNT_UNLOCKED, TOKEN_ISSUED,
					TOKEN_REVOKED -> appender.append(access);
			case READ, REFUSED -> recordRegardlessOfCaller(access);
		}
	}

	private void recordRegardlessOfCaller(ClientFileAccess access) {
		if (callerHoldsChainLock()) {
			// The caller recorded a change and holds the chain until it ends; a separate transaction would
			// deadlock on it. The read then shares the caller's fate, as does the change it read.
			appender.append(access);
			return;
		}
		ownTransaction.executeWithoutResult(status -> appender.append(access));
	}

	private boolean callerHoldsChainLock() {
		return TransactionSynchronizationManager.isActualTransactionActive()
				&& !TransactionSynchronizationManager.isCurrentTransactionReadOnly()
				&& appender.chainLockHeldByCurrentTransaction();
	}
}
