package nl.jeugdregie.audit.internal;

import nl.jeugdregie.platform.text.Labelled;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of walking the audit chain: intact after {@code rowsChecked} rows, or broken at the first row
 * whose hash or link does not match ({@code rowsChecked} then counts the good rows before it).
 */
record ChainVerification(boolean intact, long rowsChecked, @Nullable Long brokenRowId, @Nullable ChainBreak problem) {

	static ChainVerification intact(long rowsChecked) {
		return new ChainVerification(true, rowsChecked, null, null);
	}

	static ChainVerification broken(long rowsChecked, long rowId, ChainBreak problem) {
		return new ChainVerification(false, rowsChecked, rowId, problem);
	}

	/** A one-line English summary for logs and the API: "intact (N rows)" or the first broken link. */
	String summary() {
		if (intact) {
			return "intact (" + rowsChecked + " rows)";
		}
		return "broken at row " + brokenRowId + ": " + problem.description();
	}

	/** What is wrong with the first broken row. */
	enum ChainBreak implements Labelled {
		/** The row's content no longer matches its hash: the row was changed. */
		HASH_MISMATCH("the row's content does not match its hash"),
		/** The row does not point at the hash of the row before it: a row was removed, inserted or rehashed. */
		PREVIOUS_HASH_MISMATCH("the row does not link to the hash of the row before it"),
		/**
		 * The legacy chain (the rows from before one chain per municipality, ADR 0019) no longer ends in the hash
		 * recorded at the switch: its last rows were removed or changed. The row id is the recorded last one.
		 */
		LEGACY_CHAIN_CUT("the chain from before the switch to one chain per municipality no longer ends where it ended");

		private final String description;

		ChainBreak(String description) {
			this.description = description;
		}

		public String description() {
			return description;
		}

		public String dutchDescription() {
			return dutchName();
		}
	}
}
