package nl.jeugdregie.platform.result;

import java.util.function.Function;
import nl.jeugdregie.platform.web.Problems;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/**
 * The one place an {@link Outcome} becomes an answer: problem+json for the API, errors next to form fields
 * for a page. Dutch texts come from the message bundles by the refusal's code.
 */
@Component
public class OutcomeResponses {

	private final MessageSource messages;

	OutcomeResponses(MessageSource messages) {
		this.messages = messages;
	}

	/** The API answer: {@code whenDone} for a done outcome, problem+json (400, 404, 403, 409) otherwise. */
	public <T> ResponseEntity<?> toResponse(Outcome<T> outcome, Function<T, ResponseEntity<?>> whenDone) {
		return switch (outcome) {
			case Outcome.Done<T>(T value) -> whenDone.apply(value);
			case Outcome.Refused<T>(var refusals) -> Problems.invalid(refusals.stream()
					.map(refusal -> new Problems.FieldProblem(refusal.field(), message(refusal))).toList());
			case Outcome.NotFound<T>() -> Problems.notFound();
			case Outcome.Forbidden<T>(String code) -> Problems.forbidden(text(code));
			case Outcome.Stale<T>(long currentVersion) -> stale(currentVersion);
		};
	}

	/** The refusals as errors of a bound form, so the page shows them next to their fields and in the summary. */
	public void rejectInto(Outcome.Refused<?> refused, BindingResult form) {
		for (var refusal : refused.refusals()) {
			if (refusal.concernsWhole() || !hasField(form, refusal)) {
				form.reject(refusal.code(), refusal.arguments().toArray(), message(refusal));
			}
			else {
				form.rejectValue(refusal.field(), refusal.code(), refusal.arguments().toArray(), message(refusal));
			}
		}
	}

	/** The Dutch text of a refusal. */
	public String message(Refusal refusal) {
		return messages.getMessage(refusal.code(), refusal.arguments().toArray(), refusal.code(),
				LocaleContextHolder.getLocale());
	}

	/** The Dutch text of a message code that is not a refusal, such as a confirmation after a change. */
	public String text(String code, Object... arguments) {
		return messages.getMessage(code, arguments, code, LocaleContextHolder.getLocale());
	}

	private static boolean hasField(BindingResult form, Refusal refusal) {
		try {
			return form.getFieldType(refusal.field()) != null;
		}
		catch (RuntimeException notAField) {
			return false;
		}
	}

	private static ResponseEntity<ProblemDetail> stale(long currentVersion) {
		var response = Problems.of(HttpStatus.CONFLICT, "verouderde-versie", "Verouderde versie",
				"Iemand anders heeft dit net gewijzigd. Haal het opnieuw op en probeer het nog eens.");
		response.getBody().setProperty("currentVersion", currentVersion);
		return response;
	}
}
