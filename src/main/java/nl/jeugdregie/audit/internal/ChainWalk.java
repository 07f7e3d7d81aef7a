package nl.jeugdregie.audit.internal;

import java.util.Optional;
import nl.jeugdregie.audit.internal.ChainVerification.ChainBreak;

/**
 * Checks the rows of one chain one by one, in id order, starting from the chain's genesis hash. Keeps only the
 * last hash, so a walk over millions of rows needs no more memory than one page of them.
 */
final class ChainWalk {

	private String expectedPreviousHash;

	ChainWalk(String genesis) {
		this.expectedPreviousHash = genesis;
	}

	/** Checks the next row of this chain; tells what is wrong when this row breaks it. */
	Optional<ChainBreak> check(ChainedAuditEvent row) {
		// The content check comes first: a changed row is reported as changed, not as its successor's problem.
		if (!AuditHashChain.hash(row.event(), row.previousHash()).equals(row.hash())) {
			return Optional.of(ChainBreak.HASH_MISMATCH);
		}
		if (!expectedPreviousHash.equals(row.previousHash())) {
			return Optional.of(ChainBreak.PREVIOUS_HASH_MISMATCH);
		}
		expectedPreviousHash = row.hash();
		return Optional.empty();
	}

	/** The hash of the last row checked; the genesis while no row was. */
	String head() {
		return expectedPreviousHash;
	}
}
