package nl.jeugdregie.signin.internal.tokens;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = "API-sleutels", description = "API tokens for systems, issued and revoked by the administrator")
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
	@Operation(summary = "The API tokens of the caller's municipality (never the secret), valid ones first")
	List<TokenResponse> list() {
		return tokens.of(users.current()).stream()
				.map(t -> new TokenResponse(t.id(), t.account(), t.description(), t.issuedBy(), t.issuedAt(),
						t.expiresAt(), t.revokedAt(), t.useCount(), t.lastUsedAt()))
				.toList();
	}

	@PostMapping
	@Operation(summary = "Issue a token for an account of the municipality: 201 with the token, shown this once")
	@ApiResponse(responseCode = "201", description = "De sleutel, alleen nu getoond", content = @Content(schema = @Schema(implementation = IssuedResponse.class)))
	ResponseEntity<?> issue(@RequestBody IssueRequest request) {
		var wish = new NewApiToken(request.username(), request.description(), request.validDays());
		if (!wish.problems().isEmpty()) {
			return Problems.invalid(wish.problems().stream().map(p -> new FieldProblem(p.field(), p.message())).toList());
		}
		return switch (tokens.issue(users.current(), wish)) {
			case ApiTokens.IssueResult.Issued issued -> ResponseEntity
					.created(URI.create("/api/v1/admin/api-tokens/" + issued.token().id()))
					.body(new IssuedResponse(issued.token().id(), issued.token().value(), issued.account(), issued.expiresAt()));
			case ApiTokens.IssueResult.UnknownAccount unknown -> Problems.of(HttpStatus.NOT_FOUND, "niet-gevonden",
					"Niet gevonden", "Dit account bestaat niet in uw gemeente.");
			case ApiTokens.IssueResult.InvalidValidity invalid -> Problems.invalid(List.of(new FieldProblem("validDays",
					"Een sleutel is 1 tot " + invalid.maxDays() + " dagen geldig.")));
		};
	}

	@PostMapping("/{id}/revoke")
	@Operation(summary = "Revoke a token: 204; 404 when no unrevoked token with this id belongs to the municipality")
	@ApiResponse(responseCode = "204", description = "De sleutel is ingetrokken")
	ResponseEntity<?> revoke(@PathVariable String id) {
		if (!tokens.revoke(users.current(), id)) {
			return Problems.of(HttpStatus.NOT_FOUND, "niet-gevonden", "Niet gevonden",
					"Deze sleutel bestaat niet in uw gemeente, of is al ingetrokken.");
		}
		return ResponseEntity.noContent().build();
	}
}
