package nl.jeugdregie.signin.internal.tokens;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.platform.web.Problems;
import nl.jeugdregie.platform.web.Problems.FieldProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** API tokens of the administrator's municipality, for the REST API; the token itself is returned once. */
@RestController
@RequestMapping("/api/v1/admin/api-tokens")
class ApiTokensApiController {

	record IssueRequest(@Nullable String username, @Nullable String description, @Nullable Integer validDays) {}

	record IssuedResponse(String id, String token, String username, Instant expiresAt) {}

	record TokenResponse(String id, String username, String description, String issuedBy, Instant issuedAt,
			Instant expiresAt, @Nullable Instant revokedAt, long useCount, @Nullable Instant lastUsedAt) {}

	private final ApiTokens tokens;
	private final CurrentUsers users;

	ApiTokensApiController(ApiTokens tokens, CurrentUsers users) {
		this.tokens = tokens;
		this.users = users;
	}

	@GetMapping
	List<TokenResponse> list() {
		return tokens.of(users.current()).stream()
				.map(t -> new TokenResponse(t.id(), t.account(), t.description(), t.issuedBy(), t.issuedAt(),
						t.expiresAt(), t.revokedAt(), t.useCount(), t.lastUsedAt()))
				.toList();
	}

	/** 201 with the token, shown this once; 404 for an account not of the municipality; 400 for bad input. */
	@PostMapping
	ResponseEntity<?> issue(@RequestBody IssueRequest request) {
		if (request.username() == null || request.username().isBlank() || request.description() == null
				|| request.description().isBlank()) {
			return Problems.invalid(List.of(new FieldProblem("username", "Vul de gebruikersnaam in."),
					new FieldProblem("description", "Schrijf waarvoor de sleutel is.")));
		}
		return switch (tokens.issue(users.current(), request.username(), request.description().strip(), request.validDays())) {
			case ApiTokens.IssueResult.Issued issued -> ResponseEntity
					.created(URI.create("/api/v1/admin/api-tokens/" + issued.token().id()))
					.body(new IssuedResponse(issued.token().id(), issued.token().value(), issued.account(), issued.expiresAt()));
			case ApiTokens.IssueResult.UnknownAccount unknown -> Problems.of(HttpStatus.NOT_FOUND, "niet-gevonden",
					"Niet gevonden", "Dit account bestaat niet in uw gemeente.");
			case ApiTokens.IssueResult.InvalidValidity invalid -> Problems.invalid(List.of(new FieldProblem("validDays",
					"Een sleutel is 1 tot " + invalid.maxDays() + " dagen geldig.")));
		};
	}

	/** 204 when revoked; 404 when no unrevoked token with this id belongs to the municipality. */
	@PostMapping("/{id}/revoke")
	ResponseEntity<?> revoke(@PathVariable String id) {
		if (!tokens.revoke(users.current(), id)) {
			return Problems.of(HttpStatus.NOT_FOUND, "niet-gevonden", "Niet gevonden",
					"Deze sleutel bestaat niet in uw gemeente, of is al ingetrokken.");
		}
		return ResponseEntity.noContent().build();
	}
}
