package nl.jeugdregie.audit.internal;

import java.util.Optional;
import nl.jeugdregie.audit.internal.ChainVerification.ChainBreak;

/**
 * Checks audit rows one by one, in id order, against the chain so far. Keeps only the last hash, so a walk
 * over millions of rows needs no more memory than one page of them.
 */
final class ChainWalk {

	private String expectedPreviousHash = AuditHashChain.GENESIS;
	private long rowsChecked;

	/** Checks the next row; gives the verdict when this row breaks the chain. */
	Optional<ChainVerification> check(ChainedAuditEvent row) {
		// The content check comes first: a changed row is reported as changed, not as its successor's problem.
		if (!AuditHashChain.hash(row.event(), row.previousHash()).equals(row.hash())) {
			return Optional.of(ChainVerification.broken(rowsChecked, row.event().id(), ChainBreak.HASH_MISMATCH));
		}
		if (!expectedPreviousHash.equals(row.previousHash())) {
			return Optional.of(ChainVerification.broken(rowsChecked, row.event().id(), ChainBreak.PREVIOUS_HASH_MISMATCH));
		}
		expectedPreviousHash = row.hash();
		rowsChecked++;
		return Optional.empty();
	}

	/** The verdict when every row so far was fine. */
	ChainVerification intact() {
		return ChainVerification.intact(rowsChecked);
	}
}
