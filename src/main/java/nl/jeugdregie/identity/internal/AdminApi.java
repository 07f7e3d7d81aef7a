package nl.jeugdregie.identity.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.OutcomeResponses;
import nl.jeugdregie.platform.result.Refusal;
import nl.jeugdregie.platform.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** How the administration API (issue 14) answers refusals and reads the version in {@code If-Match}. */
public final class AdminApi {

	private AdminApi() {}

	/**
	 * The answer to an administrator's change: {@code whenSaved} when done, otherwise problem+json. A taken name is 409
	 * with the field in {@code errors}; a refusal by a rule of the administration (each concerning the whole change) is
	 * 422 {@code geweigerd} with the {@code reasons}; something not in the administrator's municipality or region is
	 * 404; the rest (400 with {@code errors} per field, 409 {@code verouderde-versie} with {@code currentVersion}) is
	 * answered by {@link OutcomeResponses}.
	 */
	public static ResponseEntity<?> answer(Outcome<Saved> outcome, OutcomeResponses responses,
			Function<Saved, ResponseEntity<?>> whenSaved) {
		return switch (outcome) {
			case Outcome.Refused<Saved> refused when TakenName.in(refused) -> taken(refused, responses);
			case Outcome.Refused<Saved> refused when byRule(refused) -> {
				var reasons = refused.refusals().stream().map(responses::message).toList();
				var response = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "geweigerd", "Niet toegestaan",
						String.join(" ", reasons));
				response.getBody().setProperty("reasons", reasons);
				yield response;
			}
			case Outcome.NotFound<Saved> _ -> notFound();
			case Outcome.Done<Saved> _, Outcome.Refused<Saved> _, Outcome.Forbidden<Saved> _, Outcome.Stale<Saved> _ ->
					responses.toResponse(outcome, whenSaved);
		};
	}

	/** 404: it does not exist in the administrator's municipality (or region). */
	public static ResponseEntity<ProblemDetail> notFound() {
		return Problems.of(HttpStatus.NOT_FOUND, "niet-gevonden", "Niet gevonden", "Dit bestaat niet in uw gemeente.");
	}

	private static ResponseEntity<ProblemDetail> taken(Outcome.Refused<Saved> refused, OutcomeResponses responses) {
		var refusal = refused.refusals().getFirst();
		var message = responses.message(refusal);
		var response = Problems.conflict(message);
		response.getBody().setProperty("errors", List.of(Map.of("field", refusal.field(), "message", message)));
		return response;
	}

	/** Whether the refusals are the administration's rules (each about the whole change), not the input's. */
	private static boolean byRule(Outcome.Refused<Saved> refused) {
		return refused.refusals().stream().allMatch(Refusal::concernsWhole);
	}

	/** The ETag of a version, as the API sends it and expects it back in If-Match. */
	public static String etag(long version) {
		return "\"" + version + "\"";
	}
}
