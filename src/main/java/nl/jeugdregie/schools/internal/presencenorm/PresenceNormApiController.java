package nl.jeugdregie.schools.internal.presencenorm;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.platform.result.OutcomeResponses;
import nl.jeugdregie.schools.internal.presence.NormPeriod;
import nl.jeugdregie.schools.internal.presence.NormSubject;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** OND-2: the municipality's planned presence norms and setting a new one, in the REST API. */
@RestController
@Tag(name = "Scholen: aanwezigheidsnormen", description = "Presence norms per type of education with effective dates (OND-2)")
class PresenceNormApiController {

	private final PresenceNormService service;
	private final CurrentUsers users;
	private final OutcomeResponses responses;

	PresenceNormApiController(PresenceNormService service, CurrentUsers users, OutcomeResponses responses) {
		this.service = service;
		this.users = users;
		this.responses = responses;
	}

	@Schema(requiredProperties = { "subject", "period", "minimum", "effectiveFrom" })
	record NormBody(@Nullable NormSubject subject, @Nullable NormPeriod period, @Nullable Integer minimum,
			@Nullable LocalDate effectiveFrom) {}

	/** A norm of the municipality itself. */
	@Schema(name = "PlannedPresenceNorm")
	record NormResponse(NormSubject subject, NormPeriod period, int minimum, LocalDate effectiveFrom) {}

	@GetMapping("/api/v1/schools/norms/planned")
	@Operation(summary = "The municipality's own presence norms that take effect after today")
	List<NormResponse> planned() {
		return service.planned(users.current().municipality()).stream()
				.map(n -> new NormResponse(n.subject(), n.period(), n.minimum(), n.effectiveFrom())).toList();
	}

	@PostMapping("/api/v1/schools/norms")
	@Operation(summary = "Set a presence norm from today or a later date; the same subject and date again replaces it (policy officer)")
	@ApiResponse(responseCode = "201", description = "De norm", content = @Content(schema = @Schema(implementation = NormResponse.class)))
	ResponseEntity<?> set(@RequestBody NormBody body) {
		return responses.toResponse(service.set(users.current(),
				new NormDraft(body.subject(), body.period(), body.minimum(), body.effectiveFrom())),
				norm -> ResponseEntity.created(URI.create("/api/v1/schools/norms"))
						.body(new NormResponse(norm.subject(), norm.period(), norm.minimum(), norm.effectiveFrom())));
	}
}
