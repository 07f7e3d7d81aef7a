package nl.jeugdregie.allocation.internal.decision;

import java.util.UUID;

/**
 * TOEW-8: what a decision on an extension chose for products within the CJG's scope: nothing to choose, the support
 * moves to the CJG (overdracht naar CJG), or it stays with the provider because of an out-of-scope situation.
 */
public sealed interface CjgChoice {

	/** No product within the CJG's scope, or no extension. */
	record None() implements CjgChoice {}

	/** The products within the CJG's scope move to the CJG: no allocation to a provider for them. */
	record TransferToCjg() implements CjgChoice {}

	/** The support stays with the provider: the situation (from the municipality's list) is out of the CJG's scope. */
	record OutOfScope(UUID situation) implements CjgChoice {}

	static CjgChoice none() {
		return new None();
	}

	/** The code stored with the decision. */
	default String code() {
		return switch (this) {
			case None none -> "NONE";
			case TransferToCjg transfer -> "TRANSFER";
			case OutOfScope outOfScope -> "OUT_OF_SCOPE";
		};
	}
}
