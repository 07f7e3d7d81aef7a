package nl.jeugdregie.messaging.internal.incoming;

import java.util.Optional;

/**
 * One level-3 rule of the standard (across messages): judges a class against what was received before and answers
 * with its own retour code when broken. {@code C} is the class (a start or a stop with its client).
 */
interface CrossMessageRule<C> {

	/** The WJ001 retour code when the rule is broken; empty when the class passes. */
	Optional<String> check(C submitted, Deliveries before);
}
