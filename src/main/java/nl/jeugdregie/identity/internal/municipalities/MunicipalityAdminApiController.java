package nl.jeugdregie.identity.internal.municipalities;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.identity.internal.AdminApi;
import nl.jeugdregie.platform.api.IfMatch;
import nl.jeugdregie.platform.result.OutcomeResponses;
import nl.jeugdregie.platform.web.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Issue 14 item 2 (ADR 0042): the region's municipalities in the REST API, for the regional administrator. Adding a
 * municipality's first administrator answers its one-time password once; it is never shown again. Codes are CBS
 * codes as CBS writes them ({@code GM0828}).
 */
@RestController
@RequestMapping("/api/v1/admin/municipalities")
@Tag(name = "Beheer: gemeenten", description = "The municipalities of a regional installation, kept by the regional administrator (issue 14)")
class MunicipalityAdminApiController {

	private final MunicipalityAdministration municipalities;
	private final CurrentUsers current;
	private final OutcomeResponses responses;

	MunicipalityAdminApiController(MunicipalityAdministration municipalities, CurrentUsers current, OutcomeResponses responses) {
		this.responses = responses;
		this.municipalities = municipalities;
		this.current = current;
	}

	record MunicipalityResponse(String code, String name, String region, boolean hasAdministrator) {

		static MunicipalityResponse of(RegionalMunicipality municipality) {
			return new MunicipalityResponse(municipality.cbsCode(), municipality.name(), municipality.regionName(),
					municipality.hasAdministrator());
		}
	}

	record MunicipalityList(@Nullable String region, List<MunicipalityResponse> municipalities) {}

	record MunicipalityBody(@Nullable String code, @Nullable String name) {}

	record AdministratorBody(@Nullable String username, @Nullable String name, @Nullable String email) {}

	record CreatedAdministrator(String username, String municipality, String oneTimePassword) {}

	record AdministratorResponse(String username, String name, boolean active, boolean passwordChangeRequired,
			String secondStep, long version) {

		static AdministratorResponse of(MunicipalAdministrator administrator) {
			return new AdministratorResponse(administrator.username(), administrator.displayName(), administrator.enabled(),
					administrator.passwordChangeRequired(), administrator.secondStep().name(), administrator.version());
		}
	}

	record NewOneTimePassword(String username, String oneTimePassword, long version) {}

	@GetMapping
	@Operation(summary = "The municipalities of the regional administrator's region, and whether each has an administrator")
	MunicipalityList list() {
		var admin = current.current();
		return new MunicipalityList(municipalities.region(admin).map(Region::name).orElse(null),
				municipalities.list(admin).stream().map(MunicipalityResponse::of).toList());
	}

	@PostMapping
	@Operation(summary = "Add a municipality to the region: CBS code (GM and four digits) and name; a taken code answers 409")
	@ApiResponse(responseCode = "201", description = "De gemeente; Location wijst ernaar", content = @Content(schema = @Schema(implementation = MunicipalityResponse.class)))
	ResponseEntity<?> create(@RequestBody MunicipalityBody body) {
		var admin = current.current();
		var outcome = municipalities.create(admin, body.code(), body.name());
		return AdminApi.answer(outcome, responses, saved -> {
			var municipality = municipalities.find(admin, saved.id()).orElseThrow();
			return ResponseEntity.created(URI.create("/api/v1/admin/municipalities/" + saved.id()))
					.body(MunicipalityResponse.of(municipality));
		});
	}

	@GetMapping("/{code}")
	@Operation(summary = "One municipality of the region; another region's is not found")
	@ApiResponse(responseCode = "200", description = "De gemeente", content = @Content(schema = @Schema(implementation = MunicipalityResponse.class)))
	ResponseEntity<?> municipality(@PathVariable String code) {
		return municipalities.find(current.current(), code)
				.<ResponseEntity<?>>map(m -> ResponseEntity.ok(MunicipalityResponse.of(m)))
				.orElseGet(AdminApi::notFound);
	}

	@GetMapping("/{code}/administrators")
	@Operation(summary = "The municipality's administrator accounts: active, still on a one-time password, second step "
			+ "(NOT_SET_UP, SET_UP, LOCKED) and version; another region's municipality is not found")
	@ApiResponse(responseCode = "200", description = "De beheerders van de gemeente", content = @Content(array = @ArraySchema(schema = @Schema(implementation = AdministratorResponse.class))))
	ResponseEntity<?> administrators(@PathVariable String code) {
		var admin = current.current();
		if (municipalities.find(admin, code).isEmpty()) {
			return AdminApi.notFound();
		}
		return ResponseEntity.ok(municipalities.administrators(admin, code).stream().map(AdministratorResponse::of).toList());
	}

	@PostMapping("/{code}/administrators/{username}/one-time-password")
	@Operation(summary = "A new one-time password for an administrator who has not logged in yet (lost the first), answered "
			+ "once; If-Match: the account's version (409 when someone was first, 422 once she chose her own password)")
	@ApiResponse(responseCode = "200", description = "Het nieuwe eenmalige wachtwoord, één keer getoond; ETag is de versie", content = @Content(schema = @Schema(implementation = NewOneTimePassword.class)))
	@ApiResponse(responseCode = "409", description = "Iemand anders wijzigde het eerst: verouderde-versie met currentVersion")
	ResponseEntity<?> newOneTimePassword(@PathVariable String code, @PathVariable String username,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
		// Another region's municipality, or no administrator of this name: not found, before the version is asked for.
		if (municipalities.administrator(current.current(), code, username).isEmpty()) {
			return AdminApi.notFound();
		}
		var version = IfMatch.version(ifMatch);
		if (version == null) {
			return Problems.versionRequired();
		}
		var outcome = municipalities.newOneTimePassword(current.current(), code, username, version);
		return AdminApi.answer(outcome, responses, saved -> ResponseEntity.ok().eTag(AdminApi.etag(saved.version()))
				.body(new NewOneTimePassword(username, Objects.requireNonNull(saved.oneTimePassword()), saved.version())));
	}

	@PostMapping("/{code}/administrators/{username}/second-step/reset")
	@Operation(summary = "Remove the second login step of an administrator locked out of it (lost phone, too many wrong "
			+ "codes): 204; she sets it up again at her next login. 422 when she has none")
	@ApiResponse(responseCode = "204", description = "De tweede stap is verwijderd")
	ResponseEntity<?> resetSecondStep(@PathVariable String code, @PathVariable String username) {
		var outcome = municipalities.resetSecondStep(current.current(), code, username);
		return AdminApi.answer(outcome, responses, saved -> ResponseEntity.noContent().build());
	}

	@PostMapping("/{code}/first-administrator")
	@Operation(summary = "Add the municipality's first administrator; answers the one-time password once. Refused (422) "
			+ "once the municipality has an administrator")
	@ApiResponse(responseCode = "201", description = "De beheerder met haar eenmalige wachtwoord", content = @Content(schema = @Schema(implementation = CreatedAdministrator.class)))
	ResponseEntity<?> firstAdministrator(@PathVariable String code, @RequestBody AdministratorBody body) {
		var outcome = municipalities.createFirstAdministrator(current.current(), code, body.username(), body.name(),
				body.email());
		return AdminApi.answer(outcome, responses, saved -> {
			var municipality = municipalities.find(current.current(), code).orElseThrow();
			return ResponseEntity.created(URI.create("/api/v1/admin/municipalities/" + municipality.cbsCode()))
					.body(new CreatedAdministrator(saved.id(), municipality.cbsCode(),
							Objects.requireNonNull(saved.oneTimePassword())));
		});
	}
}
