package nl.jeugdregie.findability.internal.socialmap;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.jeugdregie.findability.internal.socialmap.OrganizationRecords.Withdrawable;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.OutcomeResponses;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * VIND-2 (ADR 0041): keeping the social map through the REST API, for the editor and for providers (their own
 * organisations). Changes carry the version read; withdrawing is a POST of a withdrawal, never a DELETE, and bringing
 * back a POST of a restoration.
 */
@RestController
@Tag(name = "Sociale kaart", description = "Organisations, locations and services of the social map after HSDS (VIND-2)")
class SocialMapApiController {

	private final SocialMapKeeping keeping;
	private final SocialMapService map;
	private final CurrentUsers users;
	private final OutcomeResponses responses;

	SocialMapApiController(SocialMapKeeping keeping, SocialMapService map, CurrentUsers users, OutcomeResponses responses) {
		this.keeping = keeping;
		this.map = map;
		this.users = users;
		this.responses = responses;
	}

	@Schema(requiredProperties = { "name" })
	record OrganizationBody(@Nullable String name, @Nullable String description, @Nullable String website,
			@Nullable String email, @Nullable String phone, @Nullable String provider, @Nullable Long version) {
		OrganizationForm form() {
			var form = new OrganizationForm();
			form.setName(name);
			form.setDescription(description);
			form.setWebsite(website);
			form.setEmail(email);
			form.setPhone(phone);
			form.setProvider(provider);
			form.setVersion(version == null ? 0 : version);
			return form;
		}
	}

	@Schema(name = "SocialMapLocationBody", requiredProperties = { "name", "address", "postcode", "city", "district" })
	record LocationBody(@Nullable String name, @Nullable String address, @Nullable String postcode,
			@Nullable String city, @Nullable String district, @Nullable Long version) {
		LocationForm form() {
			var form = new LocationForm();
			form.setName(name);
			form.setAddress(address);
			form.setPostcode(postcode);
			form.setCity(city);
			form.setDistrict(district);
			form.setVersion(version == null ? 0 : version);
			return form;
		}
	}

	@Schema(requiredProperties = { "name", "description", "minAge", "maxAge" })
	record ServiceBody(@Nullable String name, @Nullable String description, @Nullable Integer minAge,
			@Nullable Integer maxAge, @Nullable String phone, @Nullable String email, @Nullable String agbCode,
			@Nullable String productCategory, @Nullable List<String> themes, @Nullable List<UUID> locations, @Nullable Long version) {
		ServiceForm form() {
			var form = new ServiceForm();
			form.setName(name);
			form.setDescription(description);
			form.setMinAge(minAge == null ? null : minAge.toString());
			form.setMaxAge(maxAge == null ? null : maxAge.toString());
			form.setPhone(phone);
			form.setEmail(email);
			form.setAgbCode(agbCode);
			form.setProductCategory(productCategory);
			form.setThemes(themes);
			form.setLocations(locations == null ? null : locations.stream().map(UUID::toString).toList());
			form.setVersion(version == null ? 0 : version);
			return form;
		}
	}

	/** A service as kept: what the public map shows, and when it was last confirmed. */
	record ServiceResponse(UUID id, UUID organization, String name, String description, int minAge, int maxAge,
			List<String> themes, List<UUID> locations, LocalDate lastConfirmedOn, long version) {
		static ServiceResponse of(ServiceEntry e) {
			return new ServiceResponse(e.id(), e.organizationId(), e.name(), e.description(), e.minAge(), e.maxAge(),
					e.themes().stream().map(ServiceEntry.Theme::code).toList(),
					e.locations().stream().map(ServiceEntry.Place::id).toList(), e.lastConfirmedOn(), e.version());
		}
	}

	/** An answer naming what was created or changed. */
	record Reference(UUID id) {}

	@GetMapping("/api/v1/social-map/organizations")
	@Operation(summary = "The organisations the caller keeps, with their locations (editor: all; provider: its own)")
	List<OrganizationEntry> organizations() {
		return keeping.organizations(users.current());
	}

	@PostMapping("/api/v1/social-map/organizations")
	@Operation(summary = "Add an organisation, optionally kept by a provider account (editor)")
	@ApiResponse(responseCode = "201", description = "Aangemaakt; Location wijst ernaar", content = @Content(schema = @Schema(implementation = Reference.class)))
	ResponseEntity<?> addOrganization(@RequestBody OrganizationBody body) {
		return responses.toResponse(keeping.addOrganization(users.current(), body.form()), id -> ResponseEntity
				.created(URI.create("/api/v1/social-map/organizations/" + id)).body(new Reference(id)));
	}

	@GetMapping("/api/v1/social-map/organizations/{id}")
	@Operation(summary = "An organisation with its locations")
	@ApiResponse(responseCode = "200", description = "De organisatie met haar locaties", content = @Content(schema = @Schema(implementation = OrganizationEntry.class)))
	ResponseEntity<?> organization(@PathVariable UUID id) {
		return responses.toResponse(keeping.organization(users.current(), id), ResponseEntity::ok);
	}

	@PutMapping("/api/v1/social-map/organizations/{id}")
	@Operation(summary = "Change an organisation; an old version answers 409")
	@ApiResponse(responseCode = "200", description = "Gewijzigd", content = @Content(schema = @Schema(implementation = Reference.class)))
	ResponseEntity<?> changeOrganization(@PathVariable UUID id, @RequestBody OrganizationBody body) {
		return responses.toResponse(keeping.changeOrganization(users.current(), id, body.form()),
				done -> ResponseEntity.ok(new Reference(done)));
	}

	@PostMapping("/api/v1/social-map/organizations/{id}/locations")
	@Operation(summary = "Add a location to an organisation")
	@ApiResponse(responseCode = "201", description = "Aangemaakt; Location wijst ernaar", content = @Content(schema = @Schema(implementation = Reference.class)))
	ResponseEntity<?> addLocation(@PathVariable UUID id, @RequestBody LocationBody body) {
		return responses.toResponse(keeping.addLocation(users.current(), id, body.form()), location -> ResponseEntity
				.created(URI.create("/api/v1/social-map/locations/" + location)).body(new Reference(location)));
	}

	@PutMapping("/api/v1/social-map/locations/{id}")
	@Operation(summary = "Change a location; an old version answers 409")
	@ApiResponse(responseCode = "200", description = "Gewijzigd", content = @Content(schema = @Schema(implementation = Reference.class)))
	ResponseEntity<?> changeLocation(@PathVariable UUID id, @RequestBody LocationBody body) {
		return responses.toResponse(keeping.changeLocation(users.current(), id, body.form()),
				done -> ResponseEntity.ok(new Reference(id)));
	}

	@PostMapping("/api/v1/social-map/organizations/{id}/services")
	@Operation(summary = "Add a service at some of the organisation's locations; it is confirmed today")
	@ApiResponse(responseCode = "201", description = "Aangemaakt; Location wijst ernaar", content = @Content(schema = @Schema(implementation = Reference.class)))
	ResponseEntity<?> addService(@PathVariable UUID id, @RequestBody ServiceBody body) {
		return responses.toResponse(map.addService(users.current(), id, body.form()), service -> ResponseEntity
				.created(URI.create("/api/v1/social-map/services/" + service)).body(new Reference(service)));
	}

	@GetMapping("/api/v1/social-map/services/{id}")
	@Operation(summary = "A service as kept")
	@ApiResponse(responseCode = "200", description = "Het aanbod", content = @Content(schema = @Schema(implementation = ServiceResponse.class)))
	ResponseEntity<?> service(@PathVariable UUID id) {
		return responses.toResponse(map.keptEntry(users.current(), id), e -> ResponseEntity.ok(ServiceResponse.of(e)));
	}

	@PutMapping("/api/v1/social-map/services/{id}")
	@Operation(summary = "Change a service, its themes and locations; saving confirms it today; an old version answers 409")
	@ApiResponse(responseCode = "200", description = "Gewijzigd", content = @Content(schema = @Schema(implementation = Reference.class)))
	ResponseEntity<?> changeService(@PathVariable UUID id, @RequestBody ServiceBody body) {
		return responses.toResponse(map.change(users.current(), id, body.form()),
				done -> ResponseEntity.ok(new Reference(done)));
	}

	@PostMapping("/api/v1/social-map/services/{id}/confirmation")
	@Operation(summary = "Confirm that a service's details are still right (sets last confirmed to today)")
	@ApiResponse(responseCode = "200", description = "Bevestigd", content = @Content(schema = @Schema(implementation = Reference.class)))
	ResponseEntity<?> confirm(@PathVariable UUID id) {
		return responses.toResponse(map.confirm(users.current(), id), done -> ResponseEntity.ok(new Reference(done)));
	}

	@GetMapping("/api/v1/social-map/follow-up")
	@Operation(summary = "The services the caller keeps that were not confirmed within the norm, oldest first")
	List<ServiceResponse> followUp() {
		return map.followUp(users.current()).stream().map(ServiceResponse::of).toList();
	}

	@PostMapping("/api/v1/social-map/organizations/{id}/withdrawal")
	@Operation(summary = "Withdraw an organisation with its locations and services from today (editor); nothing is deleted")
	@ApiResponse(responseCode = "200", description = "Ingetrokken", content = @Content(schema = @Schema(implementation = Reference.class)))
	ResponseEntity<?> withdrawOrganization(@PathVariable UUID id) {
		return withdrawn(keeping.withdraw(users.current(), Withdrawable.ORGANIZATION, id));
	}

	@PostMapping("/api/v1/social-map/locations/{id}/withdrawal")
	@Operation(summary = "Withdraw a location from today; nothing is deleted")
	@ApiResponse(responseCode = "200", description = "Ingetrokken", content = @Content(schema = @Schema(implementation = Reference.class)))
	ResponseEntity<?> withdrawLocation(@PathVariable UUID id) {
		return withdrawn(keeping.withdraw(users.current(), Withdrawable.LOCATION, id));
	}

	@PostMapping("/api/v1/social-map/services/{id}/withdrawal")
	@Operation(summary = "Withdraw a service from today; nothing is deleted")
	@ApiResponse(responseCode = "200", description = "Ingetrokken", content = @Content(schema = @Schema(implementation = Reference.class)))
	ResponseEntity<?> withdrawService(@PathVariable UUID id) {
		return withdrawn(keeping.withdraw(users.current(), Withdrawable.SERVICE, id));
	}

	/** A withdrawn entry that can be brought back; {@code kind} is ORGANIZATION, LOCATION or SERVICE. */
	record WithdrawnResponse(String kind, UUID id, UUID organization, String name, String organizationName,
			@Nullable LocalDate withdrawnOn) {
		static WithdrawnResponse of(WithdrawnEntry e) {
			return new WithdrawnResponse(e.kind().name(), e.id(), e.organizationId(), e.name(), e.organizationName(),
					e.withdrawnOn());
		}
	}

	@GetMapping("/api/v1/social-map/withdrawn")
	@Operation(summary = "The withdrawn entries the caller may bring back, newest first: the editor's all (organisations "
			+ "too), a provider's those of its own organisations")
	List<WithdrawnResponse> withdrawnEntries() {
		return keeping.withdrawn(users.current()).stream().map(WithdrawnResponse::of).toList();
	}

	@PostMapping("/api/v1/social-map/organizations/{id}/restoration")
	@Operation(summary = "Bring a withdrawn organisation back on the map (editor), with its locations and services that "
			+ "were not withdrawn separately; again changes nothing")
	@ApiResponse(responseCode = "200", description = "Teruggezet", content = @Content(schema = @Schema(implementation = Reference.class)))
	ResponseEntity<?> restoreOrganization(@PathVariable UUID id) {
		return withdrawn(keeping.restore(users.current(), Withdrawable.ORGANIZATION, id));
	}

	@PostMapping("/api/v1/social-map/locations/{id}/restoration")
	@Operation(summary = "Bring a withdrawn location back; refused while its organisation is withdrawn")
	@ApiResponse(responseCode = "200", description = "Teruggezet", content = @Content(schema = @Schema(implementation = Reference.class)))
	ResponseEntity<?> restoreLocation(@PathVariable UUID id) {
		return withdrawn(keeping.restore(users.current(), Withdrawable.LOCATION, id));
	}

	@PostMapping("/api/v1/social-map/services/{id}/restoration")
	@Operation(summary = "Bring a withdrawn service back; refused while its organisation is withdrawn")
	@ApiResponse(responseCode = "200", description = "Teruggezet", content = @Content(schema = @Schema(implementation = Reference.class)))
	ResponseEntity<?> restoreService(@PathVariable UUID id) {
		return withdrawn(keeping.restore(users.current(), Withdrawable.SERVICE, id));
	}

	private ResponseEntity<?> withdrawn(Outcome<UUID> outcome) {
		return responses.toResponse(outcome, organization -> ResponseEntity.ok(new Reference(organization)));
	}
}
