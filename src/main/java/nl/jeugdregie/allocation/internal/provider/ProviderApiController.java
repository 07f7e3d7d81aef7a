package nl.jeugdregie.allocation.internal.provider;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.jeugdregie.allocation.ProviderId;
import nl.jeugdregie.allocation.internal.Outcomes;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.platform.result.OutcomeResponses;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** TOEW-3: providers, their contracts and accounts in the REST API. A provider's account sees only its own. */
@RestController
@RequestMapping("/api/v1/allocation/providers")
@Tag(name = "Toewijzing: aanbieders", description = "Providers with AGB code, contracts and accounts (TOEW-3)")
class ProviderApiController {

	private final Providers providers;
	private final ProviderKeeping keeping;
	private final CurrentUsers users;
	private final OutcomeResponses responses;

	ProviderApiController(Providers providers, ProviderKeeping keeping, CurrentUsers users, OutcomeResponses responses) {
		this.providers = providers;
		this.keeping = keeping;
		this.users = users;
		this.responses = responses;
	}

	@Schema(name = "CareProvider")
	record ProviderResponse(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) UUID id,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String name,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "98123456") String agbCode) {

		static ProviderResponse of(Provider provider) {
			return new ProviderResponse(provider.id().value(), provider.name(), provider.agbCode().value());
		}
	}

	record ContractResponse(UUID id, String procurementRoute, boolean inRegion, boolean bridgingCare, String terms,
			LocalDate validFrom, @Nullable LocalDate validUntil, List<UUID> productIds) {

		static ContractResponse of(Contract contract) {
			return new ContractResponse(contract.id().value(), contract.route().name(), contract.inRegion(),
					contract.bridgingCare(), contract.terms(), contract.period().from(), contract.period().until(),
					contract.products().stream().map(p -> p.value()).toList());
		}
	}

	record ProviderDetail(ProviderResponse provider, List<ContractResponse> contracts, List<String> accounts) {}

	record ProviderBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String name,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "8 cijfers") @Nullable String agbCode) {}

	record ContractBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable List<String> productIds,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = { "OPEN_HOUSE", "TENDERED" }) @Nullable String procurementRoute,
			@Nullable Boolean inRegion, @Nullable Boolean bridgingCare, @Nullable String terms,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String validFrom, @Nullable String validUntil) {}

	/** The account now linked to the provider. */
	record Linked(String username) {}

	record AccountBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String username) {}

	@GetMapping
	@Operation(summary = "The municipality's providers; a provider's account gets only its own")
	List<ProviderResponse> list() {
		return providers.list(users.current()).stream().map(ProviderResponse::of).toList();
	}

	@PostMapping
	@Operation(summary = "Register a provider with its AGB code (TOEW-3); policy officer or administrator")
	@ApiResponse(responseCode = "201", description = "De aanbieder; Location wijst ernaar", content = @Content(schema = @Schema(implementation = ProviderResponse.class)))
	ResponseEntity<?> register(@RequestBody ProviderBody body) {
		var user = users.current();
		var outcome = Outcomes.then(ProviderInput.provider(body.name(), body.agbCode()), command -> keeping.register(user, command));
		return responses.toResponse(outcome, id -> ResponseEntity.created(URI.create("/api/v1/allocation/providers/" + id))
				.body(ProviderResponse.of(providers.find(user, id).doneValue().orElseThrow())));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One provider with its contracts and linked accounts")
	@ApiResponse(responseCode = "200", description = "De aanbieder met contracten en accounts", content = @Content(schema = @Schema(implementation = ProviderDetail.class)))
	ResponseEntity<?> provider(@PathVariable UUID id) {
		var user = users.current();
		return responses.toResponse(providers.find(user, new ProviderId(id)), provider -> ResponseEntity.ok(
				new ProviderDetail(ProviderResponse.of(provider),
						providers.contracts(user, provider.id()).stream().map(ContractResponse::of).toList(),
						providers.accounts(user, provider.id()))));
	}

	@PostMapping("/{id}/contracts")
	@Operation(summary = "Record a contract: products, procurement route, region, bridging care, terms (TOEW-3)")
	@ApiResponse(responseCode = "201", description = "Het contract", content = @Content(schema = @Schema(implementation = ContractResponse.class)))
	ResponseEntity<?> addContract(@PathVariable UUID id, @RequestBody ContractBody body) {
		var user = users.current();
		var saved = Outcomes.then(ProviderInput.contract(new ProviderId(id), body.productIds(), body.procurementRoute(),
				Boolean.TRUE.equals(body.inRegion()), Boolean.TRUE.equals(body.bridgingCare()), body.terms(), body.validFrom(), body.validUntil()),
				command -> keeping.addContract(user, command));
		return responses.toResponse(saved, contract -> ResponseEntity.status(201)
				.body(ContractResponse.of(providers.contract(user, contract).doneValue().orElseThrow())));
	}

	@PostMapping("/{id}/accounts")
	@Operation(summary = "Link a user account with the provider role to this provider; administrator only")
	@ApiResponse(responseCode = "200", description = "Het gekoppelde account", content = @Content(schema = @Schema(implementation = Linked.class)))
	ResponseEntity<?> link(@PathVariable UUID id, @RequestBody AccountBody body) {
		var outcome = keeping.linkAccount(users.current(), new ProviderId(id), body.username() == null ? "" : body.username());
		return responses.toResponse(outcome, username -> ResponseEntity.ok(new Linked(username)));
	}
}
