package nl.jeugdregie.identity.internal;

import nl.jeugdregie.platform.result.OutcomeResponses;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.web.server.ResponseStatusException;

/** How the administration screens (issue 14) show an outcome that saved nothing: next to the fields, or on top. */
public final class AdminPages {

	private AdminPages() {}

	public static void reject(BindingResult errors, AdminOutcome outcome, OutcomeResponses responses) {
		switch (outcome) {
			case AdminOutcome.Invalid invalid -> invalid.errors().forEach(e -> reject(errors, e.field(), e.message()));
			case AdminOutcome.Duplicate duplicate -> reject(errors, duplicate.error().field(), duplicate.error().message());
			case AdminOutcome.Refused refused -> refused.refusals().forEach(r -> errors.reject("geweigerd", responses.message(r)));
			case AdminOutcome.Stale stale -> errors.reject("verouderd", AdminOutcome.STALE_MESSAGE);
			case AdminOutcome.NotFound notFound -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			case AdminOutcome.Saved saved -> throw new IllegalArgumentException("Saved is not an error");
		}
	}

	private static void reject(BindingResult errors, String field, String message) {
		if (errors.getFieldErrors(field).isEmpty()) { // one message per field, the first
			errors.rejectValue(field, "ongeldig", message);
		}
	}
}
