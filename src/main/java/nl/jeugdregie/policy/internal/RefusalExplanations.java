package nl.jeugdregie.policy.internal;

import nl.jeugdregie.policy.NormChangeRefusal;
import nl.jeugdregie.policy.NormKey;
import nl.jeugdregie.policy.NormUnit;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/**
 * Says in Dutch why a norm change was refused and which field it is about, the same for the screen and the
 * REST API (texts in messages-policy.properties).
 */
@Component
class RefusalExplanations {

	private final MessageSource messages;

	RefusalExplanations(MessageSource messages) {
		this.messages = messages;
	}

	/** The form field the refusal belongs to; empty when it concerns the change as a whole. */
	static String field(NormChangeRefusal refusal) {
		return switch (refusal) {
			case NOT_ADMINISTRATOR -> "";
			case AMOUNT_OUT_OF_RANGE, OFFICE_HOURS_REVERSED -> "amount";
			case EFFECTIVE_DATE_IN_PAST, EFFECTIVE_DATE_TOO_FAR_AHEAD, VALUE_ALREADY_IN_EFFECT -> "effectiveFrom";
		};
	}

	/** The Dutch explanation for the user. */
	String message(NormChangeRefusal refusal, NormKey key) {
		return messages.getMessage(code(refusal, key.unit()), arguments(refusal, key.unit()), LocaleContextHolder.getLocale());
	}

	/** Puts the refusal next to its field, so the form shows it like any other input error. */
	void reject(BindingResult errors, NormChangeRefusal refusal, NormKey key) {
		var field = field(refusal);
		var code = code(refusal, key.unit());
		if (field.isEmpty()) {
			errors.reject(code, arguments(refusal, key.unit()), null);
		} else {
			errors.rejectValue(field, code, arguments(refusal, key.unit()), null);
		}
	}

	private static String code(NormChangeRefusal refusal, NormUnit unit) {
		// The allowed range is said in the norm's own unit ("1 tot en met 52 weken").
		return refusal == NormChangeRefusal.AMOUNT_OUT_OF_RANGE
				? "norm.refusal." + refusal.name() + "." + unit.name()
				: "norm.refusal." + refusal.name();
	}

	private static Object[] arguments(NormChangeRefusal refusal, NormUnit unit) {
		if (refusal != NormChangeRefusal.AMOUNT_OUT_OF_RANGE) {
			return new Object[0];
		}
		var range = NormAmountWithinUnitRange.rangeFor(unit);
		return new Object[] { range.minimum(), range.maximum() };
	}
}
