package nl.jeugdregie.policy.internal;

import nl.jeugdregie.platform.result.Refusal;
import nl.jeugdregie.policy.NormChangeRefusal;
import nl.jeugdregie.policy.NormUnit;

/**
 * A norm change's refusal as a platform {@link Refusal}: the form field it belongs to (empty for the change as a
 * whole), the message code in messages-policy.properties and its arguments, the same for the screen and the REST API.
 */
final class RefusalExplanations {

	private RefusalExplanations() {
	}

	/** The refusal of a norm in this unit for this reason. */
	static Refusal refusal(NormChangeRefusal reason, NormUnit unit) {
		return Refusal.of(field(reason), code(reason, unit), arguments(reason, unit));
	}

	/** The form field the refusal belongs to; empty when it concerns the change as a whole. */
	static String field(NormChangeRefusal refusal) {
		return switch (refusal) {
			case NOT_ADMINISTRATOR -> "";
			case AMOUNT_OUT_OF_RANGE, OFFICE_HOURS_REVERSED -> "amount";
			case EFFECTIVE_DATE_IN_PAST, EFFECTIVE_DATE_TOO_FAR_AHEAD, VALUE_ALREADY_IN_EFFECT -> "effectiveFrom";
		};
	}

	private static String code(NormChangeRefusal refusal, NormUnit unit) {
		// The allowed range is said in the norm's own unit ("1 tot en met 52 weken").
		return refusal == NormChangeRefusal.AMOUNT_OUT_OF_RANGE
				? refusal.messageCode() + "." + unit.name()
				: refusal.messageCode();
	}

	private static Object[] arguments(NormChangeRefusal refusal, NormUnit unit) {
		if (refusal != NormChangeRefusal.AMOUNT_OUT_OF_RANGE) {
			return new Object[0];
		}
		var range = NormAmountWithinUnitRange.rangeFor(unit);
		return new Object[] { range.minimum(), range.maximum() };
	}
}
