package nl.jeugdregie.schools.internal.contact;

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
import nl.jeugdregie.schools.internal.SchoolPages;
import nl.jeugdregie.schools.internal.location.LocationResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** OND-4: OCP and stand-in per location, their absences and the locations without cover, in the REST API. */
@RestController
@Tag(name = "Scholen: onderwijscontactpersonen", description = "OCPs, stand-ins, absences and cover (OND-4)")
class ContactApiController {

	private final ContactService service;
	private final CurrentUsers users;
	private final OutcomeResponses responses;

	ContactApiController(ContactService service, CurrentUsers users, OutcomeResponses responses) {
		this.service = service;
		this.users = users;
		this.responses = responses;
	}

	record ContactPersonsBody(@Nullable String ocp, @Nullable String standIn) {}

	@Schema(requiredProperties = { "username", "firstDay", "lastDay" })
	record AbsenceBody(@Nullable String username, @Nullable LocalDate firstDay, @Nullable LocalDate lastDay) {}

	/** A location without cover today. */
	record UncoveredResponse(UUID id, String name, String code, @Nullable String ocp, @Nullable String standIn, String cover) {}

	@PutMapping("/api/v1/schools/locations/{id}/contact-persons")
	@Operation(summary = "Assign the OCP and stand-in (usernames of CJG staff of the municipality); If-Match: the "
			+ "location's version (team lead)")
	@ApiResponse(responseCode = "200", description = "De locatie na de wijziging; ETag is de nieuwe versie", content = @Content(schema = @Schema(implementation = LocationResponse.class)))
	ResponseEntity<?> assign(@PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
			@RequestBody ContactPersonsBody body) {
		return responses.toResponse(service.assign(users.current(), new SchoolLocationId(id), SchoolPages.version(ifMatch),
				body.ocp(), body.standIn()), location -> ResponseEntity.ok().eTag("\"" + location.version() + "\"")
						.body(LocationResponse.of(location)));
	}

	@GetMapping("/api/v1/schools/absences")
	@Operation(summary = "Absences of OCPs and stand-ins that have not ended")
	@ApiResponse(responseCode = "200", description = "De afwezigheden", content = @Content(array = @ArraySchema(schema = @Schema(implementation = Absence.class))))
	ResponseEntity<?> absences() {
		return responses.toResponse(service.currentAbsences(users.current()), ResponseEntity::ok);
	}

	@PostMapping("/api/v1/schools/absences")
	@Operation(summary = "Record a dated absence of an OCP or stand-in; one that ends before it starts answers 400 (team lead)")
	@ApiResponse(responseCode = "201", description = "De afwezigheid; Location wijst ernaar", content = @Content(schema = @Schema(implementation = Absence.class)))
	ResponseEntity<?> recordAbsence(@RequestBody AbsenceBody body) {
		return responses.toResponse(service.recordAbsence(users.current(),
				new AbsenceDraft(body.username(), body.firstDay(), body.lastDay())),
				absence -> ResponseEntity.created(URI.create("/api/v1/schools/absences/" + absence.id())).body(absence));
	}

	@GetMapping("/api/v1/schools/without-cover")
	@Operation(summary = "Locations nobody covers today: the school contacts the CJG directly (OND-4)")
	@ApiResponse(responseCode = "200", description = "Locaties zonder dekking", content = @Content(array = @ArraySchema(schema = @Schema(implementation = UncoveredResponse.class))))
	ResponseEntity<?> withoutCover() {
		return responses.toResponse(service.withoutCover(users.current()), list -> ResponseEntity.ok(list.stream()
				.map(c -> new UncoveredResponse(c.location().id().value(), c.location().name(), c.location().brin().code(),
						c.location().ocp(), c.location().standIn(), c.cover().dutchText()))
				.toList()));
	}
}
