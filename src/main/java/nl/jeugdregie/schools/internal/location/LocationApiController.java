package nl.jeugdregie.schools.internal.location;

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
import nl.jeugdregie.schools.ConnectionType;
import nl.jeugdregie.schools.SchoolLocationId;
import nl.jeugdregie.schools.SchoolType;
import nl.jeugdregie.schools.internal.SchoolPages;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** OND-1, OND-3: school locations and their connection in the REST API. */
@RestController
@RequestMapping("/api/v1/schools/locations")
@Tag(name = "Scholen: locaties", description = "School and childcare locations and their connection to the CJG (OND-1, OND-3)")
class LocationApiController {

	private final LocationService service;
	private final CurrentUsers users;
	private final OutcomeResponses responses;

	LocationApiController(LocationService service, CurrentUsers users, OutcomeResponses responses) {
		this.service = service;
		this.users = users;
		this.responses = responses;
	}

	@Schema(name = "SchoolLocationBody", requiredProperties = { "name", "brin", "locationNumber", "street", "houseNumber", "postcode", "city", "type",
			"pupils", "connectionType", "since" })
	record LocationBody(@Nullable String name, @Nullable String brin, @Nullable String locationNumber,
			@Nullable String street, @Nullable String houseNumber, @Nullable String postcode, @Nullable String city,
			@Nullable SchoolType type, @Nullable Integer pupils, @Nullable ConnectionType connectionType,
			@Nullable LocalDate since, @Nullable String reason, @Nullable Boolean realised) {

		LocationDraft draft() {
			return new LocationDraft(name, brin, locationNumber, street, houseNumber, postcode, city, type, pupils,
					new ConnectionDraft(connectionType, since, reason, Boolean.TRUE.equals(realised)));
		}
	}

	@Schema(requiredProperties = { "connectionType", "since" })
	record ConnectionBody(@Nullable ConnectionType connectionType, @Nullable LocalDate since, @Nullable String reason,
			@Nullable Boolean realised) {}

	@GetMapping
	@Operation(summary = "The municipality's school locations, by name")
	@ApiResponse(responseCode = "200", description = "De locaties", content = @Content(array = @ArraySchema(schema = @Schema(implementation = LocationResponse.class))))
	ResponseEntity<?> list() {
		return responses.toResponse(service.list(users.current()),
				list -> ResponseEntity.ok(list.stream().map(LocationResponse::of).toList()));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One location; its version is also the ETag")
	@ApiResponse(responseCode = "200", description = "De locatie; ETag is de versie", content = @Content(schema = @Schema(implementation = LocationResponse.class)))
	ResponseEntity<?> location(@PathVariable UUID id) {
		return responses.toResponse(service.location(users.current(), new SchoolLocationId(id)),
				location -> ResponseEntity.ok().eTag("\"" + location.version() + "\"").body(LocationResponse.of(location)));
	}

	@PostMapping
	@Operation(summary = "Add a location with its connection; an invalid BRIN, location number or postcode, or an "
			+ "\"extra\" connection without a reason answers 400 and saves nothing (policy officer, team lead)")
	@ApiResponse(responseCode = "201", description = "De locatie; Location wijst ernaar", content = @Content(schema = @Schema(implementation = LocationResponse.class)))
	ResponseEntity<?> create(@RequestBody LocationBody body) {
		return responses.toResponse(service.create(users.current(), body.draft()),
				location -> ResponseEntity.created(URI.create("/api/v1/schools/locations/" + location.id()))
						.body(LocationResponse.of(location)));
	}

	@PutMapping("/{id}/connection")
	@Operation(summary = "Change the connection (basis or extra, since, reason, realised); If-Match: the location's version")
	@ApiResponse(responseCode = "200", description = "De locatie na de wijziging; ETag is de nieuwe versie", content = @Content(schema = @Schema(implementation = LocationResponse.class)))
	ResponseEntity<?> connection(@PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
			@RequestBody ConnectionBody body) {
		var draft = new ConnectionDraft(body.connectionType(), body.since(), body.reason(), Boolean.TRUE.equals(body.realised()));
		return responses.toResponse(service.changeConnection(users.current(), new SchoolLocationId(id),
				SchoolPages.version(ifMatch), draft), location -> ResponseEntity.ok().eTag("\"" + location.version() + "\"")
						.body(LocationResponse.of(location)));
	}

	@PostMapping(path = "/import")
	@Operation(summary = "Import DUO's location file (CSV, ';', columns in the README); all rows or none, problems "
			+ "named by row and column")
	@ApiResponse(responseCode = "200", description = "Hoeveel locaties zijn toegevoegd en bijgewerkt", content = @Content(schema = @Schema(implementation = LocationService.Imported.class)))
	ResponseEntity<?> importCsv(@RequestBody(required = false) @Nullable String csv) {
		if (csv == null) {
			csv = "";
		}
		return responses.toResponse(service.importCsv(users.current(), csv), ResponseEntity::ok);
	}
}
