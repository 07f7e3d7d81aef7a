package nl.jeugdregie.schools.internal.presence;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.platform.result.OutcomeResponses;
import nl.jeugdregie.schools.SchoolLocationId;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** OND-2: visits and contacts, the presence norms and the worklist of locations behind their norm, in the REST API. */
@RestController
@Tag(name = "Scholen: aanwezigheid", description = "Presence norms, visits and contacts, worklist (OND-2)")
class PresenceApiController {

	private final PresenceService service;
	private final CurrentUsers users;
	private final OutcomeResponses responses;

	PresenceApiController(PresenceService service, CurrentUsers users, OutcomeResponses responses) {
		this.service = service;
		this.users = users;
		this.responses = responses;
	}

	@Schema(requiredProperties = { "kind", "date" })
	record VisitBody(@Nullable ContactKind kind, @Nullable LocalDate date) {}

	/** A location behind its norm. */
	record BehindResponse(UUID id, String name, String code, String type, String connection, List<String> shortfalls,
			@Nullable LocalDate lastContact) {}

	/** A norm in force today. */
	@Schema(name = "PresenceNormInForce")
	record NormResponse(NormSubject subject, NormPeriod period, int minimum, LocalDate effectiveFrom, boolean isDefault) {}

	@GetMapping("/api/v1/schools/locations/{id}/visits")
	@Operation(summary = "The location's latest 50 visits and contacts, newest first")
	@ApiResponse(responseCode = "200", description = "De bezoeken en contacten", content = @Content(array = @ArraySchema(schema = @Schema(implementation = Visit.class))))
	ResponseEntity<?> visits(@PathVariable UUID id) {
		return responses.toResponse(service.visits(users.current(), new SchoolLocationId(id)), ResponseEntity::ok);
	}

	@PostMapping("/api/v1/schools/locations/{id}/visits")
	@Operation(summary = "Record a visit or contact (ON_SITE, ZAT_MEETING, PHONE); a date in the future answers 400 (CJG staff)")
	@ApiResponse(responseCode = "201", description = "Het bezoek of contact; Location wijst ernaar", content = @Content(schema = @Schema(implementation = Visit.class)))
	ResponseEntity<?> record(@PathVariable UUID id, @RequestBody VisitBody body) {
		return responses.toResponse(service.record(users.current(), new SchoolLocationId(id),
				new VisitDraft(body.kind(), body.date())),
				visit -> ResponseEntity.created(URI.create("/api/v1/schools/locations/" + id + "/visits/" + visit.id()))
						.body(visit));
	}

	@GetMapping("/api/v1/schools/worklist")
	@Operation(summary = "Locations behind their presence norm today, with what they fall short of (CJG staff)")
	@ApiResponse(responseCode = "200", description = "Locaties achter op hun norm", content = @Content(array = @ArraySchema(schema = @Schema(implementation = BehindResponse.class))))
	ResponseEntity<?> worklist() {
		return responses.toResponse(service.worklist(users.current()), list -> ResponseEntity.ok(list.stream()
				.map(b -> new BehindResponse(b.location().id().value(), b.location().name(), b.location().brin().code(),
						b.location().type().dutchName(), b.location().connection().dutchText(), b.shortfalls(), b.lastContact()))
				.toList()));
	}

	@GetMapping("/api/v1/schools/norms")
	@Operation(summary = "The presence norms in force today for the municipality (dated configuration)")
	List<NormResponse> norms() {
		return service.normsToday(users.current().municipality()).values().stream()
				.map(n -> new NormResponse(n.subject(), n.period(), n.minimum(), n.effectiveFrom(), n.isDefault())).toList();
	}
}
