package nl.jeugdregie.schools.internal;

import nl.jeugdregie.platform.api.IfMatch;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.OutcomeResponses;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.server.ResponseStatusException;

/**
 * How a schools page answers an outcome that is not done: refusals next to the fields, a stale version as an error
 * above the form, 404 and 403 as the error pages.
 */
@Component
public class SchoolPages {

	private final OutcomeResponses responses;

	SchoolPages(OutcomeResponses responses) {
		this.responses = responses;
	}

	/** Puts the refusal or stale version into the form; throws for not found and forbidden. */
	public void reject(Outcome<?> outcome, BindingResult form) {
		switch (outcome) {
			case Outcome.Done<?> done -> throw new IllegalStateException("A done outcome is not rejected");
			case Outcome.Refused<?> refused -> responses.rejectInto(refused, form);
			case Outcome.NotFound<?> notFound -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			case Outcome.Forbidden<?> forbidden -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
			case Outcome.Stale<?> stale -> form.reject("schools.stale",
					"Iemand anders heeft dit net gewijzigd. Bekijk de gegevens opnieuw en probeer het nog eens.");
		}
	}

	/** The Dutch texts of refusals, for a page that lists them (such as the problems of an imported file). */
	public java.util.List<String> messages(java.util.List<nl.jeugdregie.platform.result.Refusal> refusals) {
		return refusals.stream().map(responses::message).toList();
	}

	/** The value of a lookup for a page; 404 or 403 otherwise. */
	public static <T> T shown(Outcome<T> outcome) {
		return switch (outcome) {
			case Outcome.Done<T>(T value) -> value;
			case Outcome.NotFound<T>() -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			case Outcome.Forbidden<T>(String code) -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
			case Outcome.Refused<T>(var refusals) -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
			case Outcome.Stale<T>(long version) -> throw new ResponseStatusException(HttpStatus.CONFLICT);
		};
	}

	/** The version named in an If-Match header ({@code "3"}, {@code W/"3"} or {@code 3}), or -1 when absent or unreadable. */
	public static long version(@org.jspecify.annotations.Nullable String ifMatch) {
		var version = IfMatch.version(ifMatch);
		return version == null ? -1 : version;
	}
}
