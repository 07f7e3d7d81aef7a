package nl.jeugdregie.audit;

/**
 * What opening a file for reading came to when a case worker outside the file's team may read it with a reason
 * ({@link ClientFileOpening#withReason}). Every kind is audited: the read, or the attempt as a refusal.
 *
 * @param <F> the file
 * @param <R> what the caller loaded from the file for the reader
 */
public sealed interface ReasonedRead<F extends ClientFile, R> {

	/** Read, by the case team or with an acceptable reason; {@code value} is what was loaded. */
	record Opened<F extends ClientFile, R>(R value) implements ReasonedRead<F, R> {}

	/** The user may read it only after giving a reason (outside their own caseload); the attempt was audited. */
	record ReasonRequired<F extends ClientFile, R>(F file) implements ReasonedRead<F, R> {}

	/** Unknown, or in another municipality: answered alike so existence does not leak. */
	record NotFound<F extends ClientFile, R>() implements ReasonedRead<F, R> {}

	/** The user's role never opens client files. */
	record Forbidden<F extends ClientFile, R>() implements ReasonedRead<F, R> {}
}
