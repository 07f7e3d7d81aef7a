package nl.jeugdregie.identity.internal;

import java.util.List;
import java.util.Map;
import nl.jeugdregie.platform.result.OutcomeResponses;
import nl.jeugdregie.platform.web.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** How the administration API (issue 14) answers refusals and reads the version in {@code If-Match}. */
public final class AdminApi {

	private AdminApi() {}

	/** The problem+json answer to an outcome that saved nothing; refusals in Dutch from the message bundle. */
	public static ResponseEntity<ProblemDetail> problem(AdminOutcome outcome, OutcomeResponses responses) {
		return switch (outcome) {
			case AdminOutcome.Invalid invalid -> Problems.invalid(invalid.errors());
			case AdminOutcome.Duplicate duplicate -> {
				var response = Problems.conflict(duplicate.error().message());
				response.getBody().setProperty("errors", List.of(Map.of("field", duplicate.error().field(),
						"message", duplicate.error().message())));
				yield response;
			}
			case AdminOutcome.Refused refused -> {
				var reasons = refused.refusals().stream().map(responses::message).toList();
				var response = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "geweigerd", "Niet toegestaan",
						String.join(" ", reasons));
				response.getBody().setProperty("reasons", reasons);
				yield response;
			}
			case AdminOutcome.Stale stale -> Problems.conflict(AdminOutcome.STALE_MESSAGE);
			case AdminOutcome.NotFound notFound -> Problems.of(HttpStatus.NOT_FOUND, "niet-gevonden", "Niet gevonden",
					"Dit bestaat niet in uw gemeente.");
			case AdminOutcome.Saved saved -> throw new IllegalArgumentException("Saved is not a problem");
		};
	}

	public static ResponseEntity<ProblemDetail> versionRequired() {
		return Problems.versionRequired();
	}

	/** The version in an If-Match header, quoted or not; null when absent or not a number. */
	public static @Nullable Long version(@Nullable String ifMatch) {
		if (ifMatch == null) {
			return null;
		}
		try {
			return Long.parseLong(ifMatch.strip().replace("W/", "").replace("\"", ""));
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	/** The ETag of a version, as the API sends it and expects it back in If-Match. */
	public static String etag(long version) {
		return "\"" + version + "\"";
	}
}
