package nl.jeugdregie.identity.internal.users;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.identity.Expertise;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.identity.TeamId;
import nl.jeugdregie.identity.internal.AdminApi;
import nl.jeugdregie.identity.internal.Saved;
import nl.jeugdregie.platform.api.IfMatch;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.OutcomeResponses;
import nl.jeugdregie.platform.web.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Issue 14: the municipality's user accounts in the REST API, for its administrator. Creating an account answers its
 * one-time password once; it is never shown again. A change names the account's version in {@code If-Match}.
 */
@RestController
@RequestMapping("/api/v1/admin/users")
@Tag(name = "Beheer: gebruikers", description = "The municipality's user accounts, kept by its administrator (issue 14)")
class UserAdminApiController {

	private final UserAdministration users;
	private final CurrentUsers current;
	private final OutcomeResponses responses;

	UserAdminApiController(UserAdministration users, CurrentUsers current, OutcomeResponses responses) {
		this.responses = responses;
		this.users = users;
		this.current = current;
	}

	record UserResponse(String username, String name, @Nullable String email, Role role, @Nullable UUID team,
			Set<Expertise> expertise, @Nullable LocalDate activeFrom, @Nullable LocalDate activeUntil, boolean deactivated,
			boolean active, boolean passwordChangeRequired, long version) {

		static UserResponse of(ManagedUser user, LocalDate today) {
			return new UserResponse(user.username(), user.displayName(), user.email(), user.role(),
					user.team() == null ? null : user.team().value(), user.expertise(), user.activeFrom(),
					user.activeUntil(), !user.enabled(), user.activeOn(today), user.passwordChangeRequired(), user.version());
		}
	}

	record UserList(List<UserResponse> users, long total, int page, long pages) {}

	record UserBody(@Nullable String username, @Nullable String name, @Nullable String email, @Nullable Role role,
			@Nullable UUID team, @Nullable Set<Expertise> expertise, @Nullable LocalDate activeFrom,
			@Nullable LocalDate activeUntil) {

		UserDetails details() {
			return new UserDetails(name, email, role, team == null ? null : new TeamId(team),
					expertise == null ? Set.of() : expertise, activeFrom, activeUntil);
		}
	}

	record CreatedUser(UserResponse user, String oneTimePassword) {}

	record OneTimePassword(String oneTimePassword, long version) {}

	@GetMapping
	@Operation(summary = "Search the municipality's users by name (q), team, role and active; 25 per page")
	UserList list(@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable UUID team,
			@RequestParam(required = false) @Nullable Role role, @RequestParam(required = false) @Nullable Boolean active,
			@RequestParam(defaultValue = "1") int page) {
		var result = users.search(current.current(), new UserSearch(q, team == null ? null : new TeamId(team), role,
				active, page));
		var today = users.today();
		return new UserList(result.users().stream().map(u -> UserResponse.of(u, today)).toList(), result.total(),
				result.page(), result.pages());
	}

	@PostMapping
	@Operation(summary = "Add a user; answers the one-time password once. A taken username or e-mail address answers 409")
	@ApiResponse(responseCode = "201", description = "De gebruiker met het eenmalige wachtwoord; Location wijst ernaar", content = @Content(schema = @Schema(implementation = CreatedUser.class)))
	ResponseEntity<?> create(@RequestBody UserBody body) {
		var outcome = users.create(current.current(), body.username(), body.details());
		return AdminApi.answer(outcome, responses, saved -> {
			var user = users.find(current.current(), saved.id()).orElseThrow();
			return ResponseEntity.created(URI.create("/api/v1/admin/users/" + saved.id()))
					.eTag(AdminApi.etag(user.version()))
					.body(new CreatedUser(UserResponse.of(user, users.today()), Objects.requireNonNull(saved.oneTimePassword())));
		});
	}

	@GetMapping("/{username}")
	@Operation(summary = "One user; its version is also the ETag")
	@ApiResponse(responseCode = "200", description = "De gebruiker; ETag is de versie", content = @Content(schema = @Schema(implementation = UserResponse.class)))
	ResponseEntity<?> user(@PathVariable String username) {
		return users.find(current.current(), username)
				.<ResponseEntity<?>>map(u -> ResponseEntity.ok().eTag(AdminApi.etag(u.version()))
						.body(UserResponse.of(u, users.today())))
				.orElseGet(AdminApi::notFound);
	}

	@PutMapping("/{username}")
	@Operation(summary = "Change name, e-mail, role, team, expertise and active period; If-Match: the user's version")
	@ApiResponse(responseCode = "200", description = "De gebruiker na de wijziging; ETag is de nieuwe versie", content = @Content(schema = @Schema(implementation = UserResponse.class)))
	@ApiResponse(responseCode = "409", description = "Het e-mailadres is al in gebruik (errors), of iemand anders wijzigde het eerst: verouderde-versie met currentVersion")
	ResponseEntity<?> change(@PathVariable String username,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch, @RequestBody UserBody body) {
		var version = IfMatch.version(ifMatch);
		return version == null ? Problems.versionRequired()
				: answer(users.change(current.current(), username, version, body.details()), username);
	}

	@PostMapping("/{username}/deactivation")
	@Operation(summary = "Deactivate: the user cannot log in from now on; history and name stay. If-Match")
	@ApiResponse(responseCode = "200", description = "De gebruiker na de wijziging; ETag is de nieuwe versie", content = @Content(schema = @Schema(implementation = UserResponse.class)))
	@ApiResponse(responseCode = "409", description = "Iemand anders wijzigde het eerst: verouderde-versie met currentVersion")
	ResponseEntity<?> deactivate(@PathVariable String username,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
		var version = IfMatch.version(ifMatch);
		return version == null ? Problems.versionRequired()
				: answer(users.deactivate(current.current(), username, version), username);
	}

	@PostMapping("/{username}/activation")
	@Operation(summary = "Make a deactivated user active again; If-Match: the user's version")
	@ApiResponse(responseCode = "200", description = "De gebruiker na de wijziging; ETag is de nieuwe versie", content = @Content(schema = @Schema(implementation = UserResponse.class)))
	@ApiResponse(responseCode = "409", description = "Iemand anders wijzigde het eerst: verouderde-versie met currentVersion")
	ResponseEntity<?> reactivate(@PathVariable String username,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
		var version = IfMatch.version(ifMatch);
		return version == null ? Problems.versionRequired()
				: answer(users.reactivate(current.current(), username, version), username);
	}

	@PostMapping("/{username}/one-time-password")
	@Operation(summary = "Give a new one-time password (the old password stops working), answered once; If-Match")
	@ApiResponse(responseCode = "200", description = "Het nieuwe eenmalige wachtwoord en de nieuwe versie", content = @Content(schema = @Schema(implementation = OneTimePassword.class)))
	@ApiResponse(responseCode = "409", description = "Iemand anders wijzigde het eerst: verouderde-versie met currentVersion")
	ResponseEntity<?> oneTimePassword(@PathVariable String username,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
		var version = IfMatch.version(ifMatch);
		if (version == null) {
			return Problems.versionRequired();
		}
		var outcome = users.newOneTimePassword(current.current(), username, version);
		return AdminApi.answer(outcome, responses, saved -> ResponseEntity.ok().eTag(AdminApi.etag(saved.version()))
				.body(new OneTimePassword(Objects.requireNonNull(saved.oneTimePassword()), saved.version())));
	}

	private ResponseEntity<?> answer(Outcome<Saved> outcome, String username) {
		return AdminApi.answer(outcome, responses, saved -> {
			var user = users.find(current.current(), username).orElseThrow();
			return ResponseEntity.status(HttpStatus.OK).eTag(AdminApi.etag(user.version()))
					.body(UserResponse.of(user, users.today()));
		});
	}
}
