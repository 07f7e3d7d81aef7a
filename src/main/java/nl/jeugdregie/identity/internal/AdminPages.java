package nl.jeugdregie.identity.internal;

import java.util.ArrayList;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.OutcomeResponses;
import nl.jeugdregie.platform.result.Refusal;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.web.server.ResponseStatusException;

/**
 * How the administration screens (issue 14) answer a change: {@code whenSaved} when done; otherwise the form again
 * with the refusals next to their fields (one per field, the first) or on top, and a stale version on top.
 */
public final class AdminPages {

	/** The message code of the text shown when someone else changed it first. */
	public static final String STALE = "identity.admin.stale";

	private AdminPages() {}

	public static String answer(Outcome<Saved> outcome, BindingResult errors, OutcomeResponses responses,
			Function<Saved, String> whenSaved, Supplier<String> formAgain) {
		return switch (outcome) {
			case Outcome.Done<Saved>(Saved saved) -> whenSaved.apply(saved);
			case Outcome.Refused<Saved> refused -> {
				reject(errors, refused, responses);
				yield formAgain.get();
			}
			case Outcome.Stale<Saved> _ -> {
				errors.reject(STALE, responses.text(STALE));
				yield formAgain.get();
			}
			case Outcome.NotFound<Saved> _ -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			case Outcome.Forbidden<Saved> _ -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		};
	}

	/** The refusals next to their fields, one per field (the first, and none where binding already put one). */
	public static void reject(BindingResult errors, Outcome.Refused<?> refused, OutcomeResponses responses) {
		var shown = new ArrayList<Refusal>();
		var fields = new java.util.HashSet<String>();
		for (var refusal : refused.refusals()) {
			if (refusal.concernsWhole()
					|| (errors.getFieldErrors(refusal.field()).isEmpty() && fields.add(refusal.field()))) {
				shown.add(refusal);
			}
		}
		if (!shown.isEmpty()) {
			responses.rejectInto(new Outcome.Refused<>(shown), errors);
		}
	}
}
