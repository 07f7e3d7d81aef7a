package nl.jeugdregie.identity.internal.teams;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import nl.jeugdregie.identity.CurrentUsers;
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
import org.springframework.web.bind.annotation.RestController;

/**
 * Issue 14: the municipality's teams in the REST API, for its administrator. A change names the version it was made
 * on in {@code If-Match} (the {@code version} of the team, also sent as ETag): stale answers 409 and saves nothing.
 */
@RestController
@RequestMapping("/api/v1/admin/teams")
@Tag(name = "Beheer: teams", description = "The municipality's CJG teams, kept by its administrator (issue 14)")
class TeamAdminApiController {

	private final TeamAdministration teams;
	private final CurrentUsers users;
	private final OutcomeResponses responses;

	TeamAdminApiController(TeamAdministration teams, CurrentUsers users, OutcomeResponses responses) {
		this.responses = responses;
		this.teams = teams;
		this.users = users;
	}

	record TeamResponse(UUID id, String name, List<String> districts, boolean active, long activeMembers, long version) {

		static TeamResponse of(ManagedTeam team) {
			return new TeamResponse(team.id().value(), team.name(), team.districts(), team.active(),
					team.activeMembers(), team.version());
		}
	}

	record TeamBody(@Nullable String name, @Nullable List<String> districts) {}

	@GetMapping
	@Operation(summary = "The municipality's teams, active ones first")
	List<TeamResponse> list() {
		return teams.list(users.current()).stream().map(TeamResponse::of).toList();
	}

	@PostMapping
	@Operation(summary = "Add a team with its districts; a name the municipality already has answers 409")
	@ApiResponse(responseCode = "201", description = "Het team; Location wijst ernaar, ETag is de versie", content = @Content(schema = @Schema(implementation = TeamResponse.class)))
	ResponseEntity<?> create(@RequestBody TeamBody body) {
		var outcome = teams.create(users.current(), body.name() == null ? "" : body.name(),
				body.districts() == null ? List.of() : body.districts());
		return AdminApi.answer(outcome, responses, saved -> {
			var team = teams.find(users.current(), TeamId.of(saved.id())).orElseThrow();
			return ResponseEntity.created(URI.create("/api/v1/admin/teams/" + saved.id()))
					.eTag(AdminApi.etag(team.version())).body(TeamResponse.of(team));
		});
	}

	@GetMapping("/{id}")
	@Operation(summary = "One team; its version is also the ETag")
	@ApiResponse(responseCode = "200", description = "Het team; ETag is de versie", content = @Content(schema = @Schema(implementation = TeamResponse.class)))
	ResponseEntity<?> team(@PathVariable UUID id) {
		return teams.find(users.current(), new TeamId(id))
				.<ResponseEntity<?>>map(team -> ResponseEntity.ok().eTag(AdminApi.etag(team.version())).body(TeamResponse.of(team)))
				.orElseGet(AdminApi::notFound);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Rename the team and set its districts; If-Match: the team's version")
	@ApiResponse(responseCode = "200", description = "Het team na de wijziging; ETag is de nieuwe versie", content = @Content(schema = @Schema(implementation = TeamResponse.class)))
	@ApiResponse(responseCode = "409", description = "De naam is al in gebruik (errors), of iemand anders wijzigde het eerst: verouderde-versie met currentVersion")
	ResponseEntity<?> change(@PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
			@RequestBody TeamBody body) {
		var version = IfMatch.version(ifMatch);
		if (version == null) {
			return Problems.versionRequired();
		}
		return answer(teams.update(users.current(), new TeamId(id), version, body.name() == null ? "" : body.name(),
				body.districts() == null ? List.of() : body.districts()), id);
	}

	@PostMapping("/{id}/deactivation")
	@Operation(summary = "Deactivate the team; refused (422) while it has active members or open help requests; If-Match")
	@ApiResponse(responseCode = "200", description = "Het team na de wijziging; ETag is de nieuwe versie", content = @Content(schema = @Schema(implementation = TeamResponse.class)))
	@ApiResponse(responseCode = "409", description = "Iemand anders wijzigde het eerst: verouderde-versie met currentVersion")
	ResponseEntity<?> deactivate(@PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
		var version = IfMatch.version(ifMatch);
		return version == null ? Problems.versionRequired()
				: answer(teams.deactivate(users.current(), new TeamId(id), version), id);
	}

	@PostMapping("/{id}/activation")
	@Operation(summary = "Make a deactivated team active again; If-Match: the team's version")
	@ApiResponse(responseCode = "200", description = "Het team na de wijziging; ETag is de nieuwe versie", content = @Content(schema = @Schema(implementation = TeamResponse.class)))
	@ApiResponse(responseCode = "409", description = "Iemand anders wijzigde het eerst: verouderde-versie met currentVersion")
	ResponseEntity<?> reactivate(@PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
		var version = IfMatch.version(ifMatch);
		return version == null ? Problems.versionRequired()
				: answer(teams.reactivate(users.current(), new TeamId(id), version), id);
	}

	private ResponseEntity<?> answer(Outcome<Saved> outcome, UUID id) {
		return AdminApi.answer(outcome, responses, saved -> {
			var team = teams.find(users.current(), new TeamId(id)).orElseThrow();
			return ResponseEntity.status(HttpStatus.OK).eTag(AdminApi.etag(team.version())).body(TeamResponse.of(team));
		});
	}
}
