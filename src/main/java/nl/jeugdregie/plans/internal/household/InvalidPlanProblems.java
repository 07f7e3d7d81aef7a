package nl.jeugdregie.plans.internal.household;

import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.Refusal;
import nl.jeugdregie.platform.web.Problems;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * The API answer to refused input of a plan, shared by the future plan and social work APIs: 400 with the fields,
 * or 422 of its own type when one refusal refuses the step itself rather than the input (an age outside the target
 * group, a step the trajectory's state does not allow).
 */
public final class InvalidPlanProblems {

	private InvalidPlanProblems() {
	}

	public static ResponseEntity<ProblemDetail> of(MessageSource messages, Outcome.Refused<UUID> invalid,
			Predicate<Refusal> refusesTheStep, String type, String title) {
		var problems = invalid.refusals().stream().map(v -> new Problems.FieldProblem(v.field(),
				messages.getMessage(v.code(), v.arguments().toArray(), LocaleContextHolder.getLocale()))).toList();
		if (invalid.refusals().stream().anyMatch(refusesTheStep)) {
			var response = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, type, title, problems.getFirst().message());
			response.getBody().setProperty("errors", problems.stream()
					.map(p -> Map.of("field", p.field(), "message", p.message())).toList());
			return response;
		}
		return Problems.invalid(problems);
	}
}
