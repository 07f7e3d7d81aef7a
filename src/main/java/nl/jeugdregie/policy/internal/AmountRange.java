package nl.jeugdregie.policy.internal;

/** The smallest and largest amount that makes sense for a norm, both inclusive. */
record AmountRange(int minimum, int maximum) {

	boolean contains(int amount) {
		return amount >= minimum && amount <= maximum;
	}
}
