package nl.jeugdregie.platform.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * RFC 9457 problem documents for the REST API, with Dutch titles and details that match the UI's
 * messages. Types are stable URIs clients can switch on.
 */
public final class Problems {

	private static final String TYPE_BASE = "https://jeugdregie.nl/problemen/";

	private Problems() {}

	/** A field that failed validation, with the Dutch message shown next to the field in the UI. */
	public record FieldProblem(String field, String message) {}

	public static ResponseEntity<ProblemDetail> of(HttpStatus status, String type, String title, String detail) {
		var problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(TYPE_BASE + type));
		problem.setTitle(title);
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	public static ResponseEntity<ProblemDetail> invalid(List<FieldProblem> errors) {
		var response = of(HttpStatus.BAD_REQUEST, "ongeldige-invoer", "Ongeldige invoer",
				"Een of meer velden zijn niet goed ingevuld.");
		response.getBody().setProperty("errors",
				errors.stream().map(e -> Map.of("field", e.field(), "message", e.message())).toList());
		return response;
	}

	public static ResponseEntity<ProblemDetail> notFound() {
		return of(HttpStatus.NOT_FOUND, "niet-gevonden", "Niet gevonden",
				"Dit dossier bestaat niet, of u mag het niet zien.");
	}

	public static ResponseEntity<ProblemDetail> forbidden(String detail) {
		return of(HttpStatus.FORBIDDEN, "geen-toegang", "Geen toegang", detail);
	}

	public static ResponseEntity<ProblemDetail> conflict(String detail) {
		return of(HttpStatus.CONFLICT, "conflict", "Conflict", detail);
	}

	/** 428: a change without the version it was made against (If-Match), which optimistic locking needs. */
	public static ResponseEntity<ProblemDetail> versionRequired() {
		return of(HttpStatus.PRECONDITION_REQUIRED, "versie-vereist", "Versie vereist",
				"Geef in de header If-Match de versie mee die u het laatst hebt opgehaald.");
	}
}
