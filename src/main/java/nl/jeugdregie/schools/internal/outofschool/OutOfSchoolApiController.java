package nl.jeugdregie.schools.internal.outofschool;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.platform.result.OutcomeResponses;
import nl.jeugdregie.schools.OutOfSchoolId;
import nl.jeugdregie.schools.internal.SchoolPages;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** OND-7: the list of children out of school in the REST API (compulsory-education officer and CJG staff). */
@RestController
@Tag(name = "Scholen: thuiszitters", description = "Children of compulsory school age out of school (OND-7); audited")
class OutOfSchoolApiController {

	private final OutOfSchoolService service;
	private final CurrentUsers users;
	private final OutcomeResponses responses;

	OutOfSchoolApiController(OutOfSchoolService service, CurrentUsers users, OutcomeResponses responses) {
		this.service = service;
		this.users = users;
		this.responses = responses;
	}

	@Schema(requiredProperties = { "givenName", "familyName", "dateOfBirth", "since", "reason", "nextStep" })
	record EntryBody(@Nullable String givenName, @Nullable String familyName, @Nullable LocalDate dateOfBirth,
			@Nullable LocalDate since, @Nullable ReasonCategory reason, @Nullable UUID school, @Nullable String nextStep,
			@Nullable UUID helpRequest) {
		@Override
		public String toString() {
			return "EntryBody[personal data masked]";
		}
	}

	@Schema(requiredProperties = { "backOn" })
	record BackBody(@Nullable LocalDate backOn) {}

	/**
	 * An entry. {@code helpRequest} is given only to CJG case workers (intake still decides whether they may open it);
	 * others see only that one is linked.
	 */
	@Schema(name = "OutOfSchoolEntry")
	record EntryResponse(UUID id, String givenName, String familyName, LocalDate dateOfBirth, LocalDate since,
			ReasonCategory reason, @Nullable UUID school, @Nullable String schoolName, String nextStep,
			boolean linkedToHelpRequest, @Nullable UUID helpRequest, @Nullable LocalDate backAtSchoolOn, long version) {

		static EntryResponse of(OutOfSchoolEntry e, CurrentUser reader) {
			return new EntryResponse(e.id().value(), e.givenName(), e.familyName(), e.dateOfBirth(), e.since(), e.reason(),
					e.school(), e.schoolName(), e.nextStep(), e.helpRequest() != null,
					reader.role().worksOnCases() ? e.helpRequest() : null, e.backAtSchoolOn(), e.version());
		}

		@Override
		public String toString() {
			return "EntryResponse[" + id + "]";
		}
	}

	@GetMapping("/api/v1/schools/out-of-school")
	@Operation(summary = "Children out of school now, longest first (audited read)")
	@ApiResponse(responseCode = "200", description = "De thuiszitters", content = @Content(array = @ArraySchema(schema = @Schema(implementation = EntryResponse.class))))
	ResponseEntity<?> list() {
		var reader = users.current();
		return responses.toResponse(service.list(reader),
				list -> ResponseEntity.ok(list.stream().map(e -> EntryResponse.of(e, reader)).toList()));
	}

	@GetMapping("/api/v1/schools/out-of-school/{id}")
	@Operation(summary = "One entry; its version is also the ETag (audited read)")
	@ApiResponse(responseCode = "200", description = "De vermelding; ETag is de versie", content = @Content(schema = @Schema(implementation = EntryResponse.class)))
	ResponseEntity<?> entry(@PathVariable UUID id) {
		var reader = users.current();
		return responses.toResponse(service.entry(reader, new OutOfSchoolId(id)),
				e -> ResponseEntity.ok().eTag("\"" + e.version() + "\"").body(EntryResponse.of(e, reader)));
	}

	@PostMapping("/api/v1/schools/out-of-school")
	@Operation(summary = "Put a child on the list: since when, reason category, school, agreed next step, optional help request")
	@ApiResponse(responseCode = "201", description = "De vermelding; Location wijst ernaar", content = @Content(schema = @Schema(implementation = EntryResponse.class)))
	ResponseEntity<?> record(@RequestBody EntryBody body) {
		var reader = users.current();
		return responses.toResponse(service.record(reader, new OutOfSchoolDraft(body.givenName(), body.familyName(),
				body.dateOfBirth(), body.since(), body.reason(), body.school(), body.nextStep(), body.helpRequest())),
				e -> ResponseEntity.created(URI.create("/api/v1/schools/out-of-school/" + e.id())).body(EntryResponse.of(e, reader)));
	}

	@PostMapping("/api/v1/schools/out-of-school/{id}/back-at-school")
	@Operation(summary = "The child goes to school again from a date; If-Match: the entry's version")
	@ApiResponse(responseCode = "200", description = "De vermelding na de wijziging; ETag is de nieuwe versie", content = @Content(schema = @Schema(implementation = EntryResponse.class)))
	ResponseEntity<?> back(@PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
			@RequestBody BackBody body) {
		var reader = users.current();
		return responses.toResponse(service.backAtSchool(reader, new OutOfSchoolId(id), SchoolPages.version(ifMatch),
				body.backOn()), e -> ResponseEntity.ok().eTag("\"" + e.version() + "\"").body(EntryResponse.of(e, reader)));
	}
}
