package nl.jeugdregie.allocation.internal.cjgtransfer;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.jeugdregie.allocation.internal.Outcomes;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.platform.api.IfMatch;
import nl.jeugdregie.platform.web.Problems;
import nl.jeugdregie.platform.result.OutcomeResponses;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** TOEW-8: the CJG's scope, the notices to providers and the out-of-scope situations in the REST API. */
@RestController
@Tag(name = "Toewijzing: overdracht naar het CJG", description = "Categories within the CJG's scope, notices to providers, out-of-scope situations (TOEW-8)")
class CjgTransferApiController {

	private final CjgScopes scopes;
	private final CurrentUsers users;
	private final OutcomeResponses responses;
	private final Clock clock;

	CjgTransferApiController(CjgScopes scopes, CurrentUsers users, OutcomeResponses responses, Clock clock) {
		this.scopes = scopes;
		this.users = users;
		this.responses = responses;
		this.clock = clock;
	}

	record ScopeBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "JZ020 category code", example = "45") @Nullable String category,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "First day; at least the notice norm (6 months) after today") @Nullable String effectiveFrom) {}

	record ScopeResponse(UUID id, String category, String categoryName, LocalDate effectiveFrom, LocalDate noticedOn,
			@Schema(description = "The version to send in If-Match when moving the date") long version) {

		static ScopeResponse of(CjgScope scope) {
			return new ScopeResponse(scope.id(), scope.category().code(), scope.category().dutchName(), scope.effectiveFrom(),
					scope.noticedOn(), scope.version());
		}
	}

	record MoveBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The new first day: later always; earlier only at least the notice norm (6 months) after the notice") @Nullable String effectiveFrom) {}

	record MovedResponse(ScopeResponse scope, int notices) {}

	record MarkedResponse(ScopeResponse scope, int notices) {}

	record NoticeResponse(UUID id, UUID providerId, String provider, String category, String categoryName,
			LocalDate noticedOn,
			@Schema(description = "The day the transfer applies to this provider: the scope's day, or for a provider contracted after the marking its notice plus the notice norm") LocalDate transferFrom,
			@Schema(description = "The day the category entered the CJG's scope") LocalDate scopeFrom,
			@Schema(description = "Whether the provider was told on contracting, after the marking") boolean contractedAfterMarking,
			@Schema(description = "When the scope's date was moved: the day of the new notice") @Nullable LocalDate renoticedOn) {}

	record SituationBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200) @Nullable String label) {}

	record SituationResponse(UUID id, String label) {}

	@GetMapping("/api/v1/allocation/cjg-scopes")
	@Operation(summary = "The product categories within the CJG's scope, each from its date")
	List<ScopeResponse> list() {
		return scopes.scopes(users.current().municipality()).stream().map(ScopeResponse::of).toList();
	}

	@PostMapping("/api/v1/allocation/cjg-scopes")
	@Operation(summary = "Mark a category as within the CJG's scope from a date; every contracted provider gets a notice today")
	@ApiResponse(responseCode = "201", description = "De categorie en het aantal verstuurde berichten", content = @Content(schema = @Schema(implementation = MarkedResponse.class)))
	ResponseEntity<?> mark(@RequestBody ScopeBody body) {
		var user = users.current();
		var outcome = Outcomes.then(ScopeInput.of(body.category(), body.effectiveFrom(), LocalDate.now(clock)),
				scope -> scopes.mark(user, scope));
		return responses.toResponse(outcome, marked -> ResponseEntity.status(201)
				.body(new MarkedResponse(ScopeResponse.of(marked.scope()), marked.notices())));
	}

	@PutMapping("/api/v1/allocation/cjg-scopes/{id}")
	@Operation(summary = "Move a scope's date (TOEW-8); If-Match: the scope's version. Every provider told gets a new notice today")
	@ApiResponse(responseCode = "200", description = "De verplaatste afbakening en de nieuwe berichten; ETag is de versie", content = @Content(schema = @Schema(implementation = MovedResponse.class)))
	ResponseEntity<?> move(@PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
			@RequestBody MoveBody body) {
		var version = IfMatch.version(ifMatch);
		if (version == null) {
			return Problems.versionRequired();
		}
		var user = users.current();
		var outcome = Outcomes.then(ScopeInput.move(id, version, body.effectiveFrom(), LocalDate.now(clock)),
				move -> scopes.move(user, move));
		return responses.toResponse(outcome, moved -> ResponseEntity.ok().eTag("\"" + moved.scope().version() + "\"")
				.body(new MovedResponse(ScopeResponse.of(moved.scope()), moved.notices())));
	}

	@GetMapping("/api/v1/allocation/cjg-transfer-notices")
	@Operation(summary = "The notices of transfer to the CJG, with dates; a provider's account gets only its own")
	List<NoticeResponse> notices() {
		return scopes.notices(users.current()).stream().map(n -> new NoticeResponse(n.id(), n.provider().value(),
				n.providerName(), n.category().code(), n.category().dutchName(), n.noticedOn(), n.transferFrom(), n.scopeFrom(),
				n.late(), n.renoticedOn())).toList();
	}

	@GetMapping("/api/v1/allocation/cjg-out-of-scope-situations")
	@Operation(summary = "The situations in which support stays with a specialised provider")
	List<SituationResponse> situations() {
		return scopes.situations(users.current().municipality()).stream()
				.map(s -> new SituationResponse(s.id(), s.label())).toList();
	}

	@PostMapping("/api/v1/allocation/cjg-out-of-scope-situations")
	@Operation(summary = "Add a situation in which support stays with a specialised provider")
	@ApiResponse(responseCode = "201", description = "De situatie", content = @Content(schema = @Schema(implementation = SituationResponse.class)))
	ResponseEntity<?> addSituation(@RequestBody SituationBody body) {
		return responses.toResponse(scopes.addSituation(users.current(), body.label() == null ? "" : body.label()),
				added -> ResponseEntity.status(201).body(new SituationResponse(added.id(), added.label())));
	}

	@DeleteMapping("/api/v1/allocation/cjg-out-of-scope-situations/{id}")
	@Operation(summary = "Withdraw a situation from the municipality's list")
	@ApiResponse(responseCode = "204", description = "Gelukt, zonder inhoud")
	ResponseEntity<?> withdraw(@PathVariable UUID id) {
		return responses.toResponse(scopes.withdrawSituation(users.current(), id), done -> ResponseEntity.noContent().build());
	}
}
