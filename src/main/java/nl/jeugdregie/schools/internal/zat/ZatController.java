package nl.jeugdregie.schools.internal.zat;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
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

/** OND-4: ZAT meetings per location in the REST API. */
@RestController
@Tag(name = "Scholen: ZAT-overleggen", description = "Care advice team meetings and the OCP's participation (OND-4)")
class ZatController {

	private final ZatService service;
	private final CurrentUsers users;
	private final OutcomeResponses responses;

	ZatController(ZatService service, CurrentUsers users, OutcomeResponses responses) {
		this.service = service;
		this.users = users;
		this.responses = responses;
	}

	@Schema(requiredProperties = { "heldOn", "ocpTookPart" })
	record ZatBody(@Nullable LocalDate heldOn, @Nullable Boolean ocpTookPart) {}

	@GetMapping("/api/v1/schools/locations/{id}/zat-meetings")
	@Operation(summary = "The location's latest 50 ZAT meetings, newest first")
	@ApiResponse(responseCode = "200", description = "De ZAT-overleggen", content = @Content(array = @ArraySchema(schema = @Schema(implementation = ZatMeeting.class))))
	ResponseEntity<?> meetings(@PathVariable UUID id) {
		return responses.toResponse(service.meetings(users.current(), new SchoolLocationId(id)), ResponseEntity::ok);
	}

	@PostMapping("/api/v1/schools/locations/{id}/zat-meetings")
	@Operation(summary = "Record a ZAT meeting with its date (not in the future) and whether the OCP took part (CJG staff)")
	@ApiResponse(responseCode = "201", description = "Het overleg; Location wijst ernaar", content = @Content(schema = @Schema(implementation = ZatMeeting.class)))
	ResponseEntity<?> record(@PathVariable UUID id, @RequestBody ZatBody body) {
		return responses.toResponse(service.record(users.current(), new SchoolLocationId(id),
				new ZatDraft(body.heldOn(), body.ocpTookPart())),
				meeting -> ResponseEntity.created(URI.create("/api/v1/schools/locations/" + id + "/zat-meetings/" + meeting.id()))
						.body(meeting));
	}
}
