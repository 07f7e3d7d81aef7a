package nl.jeugdregie.audit.internal;

import nl.jeugdregie.audit.AuditAction;
import nl.jeugdregie.audit.AuditTrail;
import nl.jeugdregie.audit.ClientFileAccess;
import nl.jeugdregie.audit.internal.review.ReviewList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records client-file accesses in the audit chain of the municipality that holds the file (SEC-2, ADR 0019), with
 * the address the request came from (NEN 7513), always in the
 * caller's transaction, so a request never holds two connections: with a pool of N connections, N requests that
 * each held one and waited for a second would wait for ever. A change needs the caller's transaction; a read or
 * refusal joins it, and gets a transaction of its own only when the caller has none (and so holds no connection).
 * A read-only caller is a programming error, refused loudly. Nothing of the access is written to the application
 * log, because it names clients' files.
 * <p>
 * Recording takes the lock of the municipality's chain until the caller's transaction ends, and every other
 * recording in that municipality waits for it: callers record as the last step of their transaction.
 */
@Service
class JdbcAuditTrail implements AuditTrail {

	private static final Logger LOG = LoggerFactory.getLogger(JdbcAuditTrail.class);

	private final AuditChainAppender appender;
	private final ReviewList reviews;
	private final TransactionTemplate ownTransaction;

	JdbcAuditTrail(AuditChainAppender appender, ReviewList reviews, PlatformTransactionManager transactions) {
		this.appender = appender;
		this.reviews = reviews;
		this.ownTransaction = new TransactionTemplate(transactions);
	}

	@Override
	public void record(ClientFileAccess access) {
		if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			throw new IllegalStateException("An access to a client file is recorded in the caller's transaction, "
					+ "which is read-only here: make the calling service method @Transactional without readOnly "
					+ "(ADR 0019)");
		}
		switch (access.action()) {
			// Security events change login or token state in the same transaction: they share its fate.
			// A review decision is stored in the same transaction as its row (ADR 0025).
			case CREATE, UPDATE, LOGIN_SUCCEEDED, LOGIN_FAILED, ACCOUNT_LOCKED, ACCOUNT_UNLOCKED, TOKEN_ISSUED,
					TOKEN_REVOKED, ACCESS_REVIEWED, SECOND_FACTOR_ENROLLED, SECOND_FACTOR_FAILED, SECOND_FACTOR_RESET -> appender.append(access, sourceAddress());
			// Making an overview of accesses shows what the trail holds: recorded like a read, fail-closed.
			case READ, REFUSED, ACCESS_OVERVIEW_MADE -> recordReadOrRefusal(access);
		}
	}

	private void recordReadOrRefusal(ClientFileAccess access) {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			// Fail-closed: if the row cannot be written, the caller fails and shows nothing; if the caller rolls
			// back, the row goes with it, and so does what the caller would have shown.
			appendAndEnterForReview(access);
			if (access.action() == AuditAction.REFUSED && TransactionSynchronizationManager.isSynchronizationActive()) {
				TransactionSynchronizationManager.registerSynchronization(new RefusalKeptWithCaller());
			}
			return;
		}
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			// A non-transactional scope (SUPPORTS, NOT_SUPPORTED) may hold a connection already; a transaction of
			// our own would then need a second one.
			throw new IllegalStateException("An access to a client file is recorded in a read-write transaction or "
					+ "outside any transactional scope, not in a non-transactional one (ADR 0019)");
		}
		ownTransaction.executeWithoutResult(status -> appendAndEnterForReview(access));
	}

	/** SEC-2: a read with a reason from outside the file's team goes on its lead's review list, in the same transaction. */
	private void appendAndEnterForReview(ClientFileAccess access) {
		var event = appender.append(access, sourceAddress());
		if (access.breaksTheGlass()) {
			reviews.enter(event.id(), access, event.occurredAt());
		}
	}

	/** NEN 7513: the address the request came from (behind a proxy, as its forwarded headers give it). */
	private static @Nullable String sourceAddress() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				? attributes.getRequest().getRemoteAddr() : null;
	}

	/**
	 * A refusal shares its caller's transaction; callers return their refusal and never throw after recording it.
	 * Should one still roll back, the refusal is lost: say so, without anything about the client, so it is found.
	 */
	private static final class RefusalKeptWithCaller implements TransactionSynchronization {

		@Override
		public void afterCompletion(int status) {
			if (status != STATUS_COMMITTED) {
				LOG.error("An audited refusal was rolled back with its caller's transaction; the caller must return "
						+ "its refusal instead of failing after recording it (ADR 0019)");
			}
		}
	}
}
