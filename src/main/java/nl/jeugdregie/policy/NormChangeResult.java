package nl.jeugdregie.policy;

/**
 * The outcome of scheduling a norm value. Callers switch over it; a refusal is a result to show the user,
 * not an exception.
 */
public sealed interface NormChangeResult {

	/**
	 * The value is saved.
	 *
	 * @param replacedEarlierSchedule whether it replaced a value scheduled earlier for the same future date
	 */
	record Scheduled(NormValue value, boolean replacedEarlierSchedule) implements NormChangeResult {}

	/** A rule forbids the change; nothing is saved. */
	record Refused(NormChangeRefusal reason) implements NormChangeResult {}
}
