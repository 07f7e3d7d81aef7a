package nl.jeugdregie.allocation.internal.provider;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import nl.jeugdregie.allocation.ContractId;
import nl.jeugdregie.allocation.internal.Outcomes;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.platform.api.IfMatch;
import nl.jeugdregie.platform.result.OutcomeResponses;
import nl.jeugdregie.platform.web.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** TOEW-3: changing a contract in the REST API, on the version in If-Match (a second change on it gets 409). */
@RestController
@Tag(name = "Toewijzing: aanbieders", description = "Providers with AGB code, contracts and accounts (TOEW-3)")
class ContractApiController {

	private final ProviderKeeping keeping;
	private final CurrentUsers users;
	private final OutcomeResponses responses;

	ContractApiController(ProviderKeeping keeping, CurrentUsers users, OutcomeResponses responses) {
		this.keeping = keeping;
		this.users = users;
		this.responses = responses;
	}

	record ContractChangeBody(@Nullable Boolean inRegion, @Nullable Boolean bridgingCare,
			@Schema(maxLength = 10_000) @Nullable String terms,
			@Schema(description = "The last day; empty: runs on. Not before the last allocated day") @Nullable String validUntil) {}

	@PutMapping("/api/v1/allocation/contracts/{id}")
	@Operation(summary = "Change a contract's region, bridging care, terms and last day; If-Match: the contract's version")
	@ApiResponse(responseCode = "200", description = "Het contract na de wijziging; ETag is de nieuwe versie", content = @Content(schema = @Schema(implementation = ProviderApiController.ContractResponse.class)))
	ResponseEntity<?> change(@PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
			@RequestBody ContractChangeBody body) {
		var version = IfMatch.version(ifMatch);
		if (version == null) {
			return Problems.versionRequired();
		}
		var outcome = Outcomes.then(ProviderInput.change(new ContractId(id), version, Boolean.TRUE.equals(body.inRegion()),
				Boolean.TRUE.equals(body.bridgingCare()), body.terms(), body.validUntil()),
				change -> keeping.changeContract(users.current(), change));
		return responses.toResponse(outcome, contract -> ResponseEntity.ok().eTag("\"" + contract.version() + "\"")
				.body(ProviderApiController.ContractResponse.of(contract)));
	}

}
