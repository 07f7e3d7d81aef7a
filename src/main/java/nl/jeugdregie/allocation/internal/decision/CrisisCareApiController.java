package nl.jeugdregie.allocation.internal.decision;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.jeugdregie.allocation.ProductId;
import nl.jeugdregie.allocation.ProviderId;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.intake.HelpRequestId;
import nl.jeugdregie.platform.format.DutchFormat;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.OutcomeResponses;
import nl.jeugdregie.platform.result.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** TOEW-1: crisis care started before a decision, and the team's worklist of it, in the REST API. */
@RestController
@RequestMapping("/api/v1/allocation/crisis-care")
@Tag(name = "Toewijzing: crisiszorg", description = "Crisis care without a decision (TOEW-1)")
class CrisisCareApiController {

	private final CrisisCare crisisCare;
	private final CurrentUsers users;
	private final OutcomeResponses responses;
	private final Clock clock;

	CrisisCareApiController(CrisisCare crisisCare, CurrentUsers users, OutcomeResponses responses, Clock clock) {
		this.crisisCare = crisisCare;
		this.users = users;
		this.responses = responses;
		this.clock = clock;
	}

	record CrisisBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String helpRequestId,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String providerId,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "A product of category 46") @Nullable String productId,
			@Schema(description = "Empty: today") @Nullable String startedOn) {}

	@Schema(name = "CrisisCareEntry")
	record EntryResponse(UUID id, String helpRequestNumber, String provider, String product, LocalDate startedOn,
			LocalDate decisionDueBy, long daysLeft, boolean nearingLimit) {}

	/** The crisis care entry that was recorded. */
	record Started(UUID id) {}

	@PostMapping
	@Operation(summary = "Record crisis care started without a decision (category 46 only)")
	@ApiResponse(responseCode = "201", description = "Vastgelegd", content = @Content(schema = @Schema(implementation = Started.class)))
	ResponseEntity<?> start(@RequestBody CrisisBody body) {
		var helpRequest = uuid(body.helpRequestId());
		var provider = uuid(body.providerId());
		var product = uuid(body.productId());
		var started = body.startedOn() == null || body.startedOn().isBlank() ? java.util.Optional.of(LocalDate.now(clock))
				: DutchFormat.parseDate(body.startedOn());
		Outcome<UUID> outcome;
		if (helpRequest == null || provider == null || product == null || started.isEmpty()) {
			var refusals = new java.util.ArrayList<Refusal>();
			if (helpRequest == null) {
				refusals.add(Refusal.of("helpRequestId", "allocation.arrangement.helpRequest.required"));
			}
			if (provider == null) {
				refusals.add(Refusal.of("providerId", "allocation.waitingTime.provider.required"));
			}
			if (product == null) {
				refusals.add(Refusal.of("productId", "allocation.tariff.product.required"));
			}
			if (started.isEmpty()) {
				refusals.add(Refusal.of("startedOn", "allocation.date.invalid"));
			}
			outcome = Outcome.refused(refusals);
		}
		else {
			outcome = crisisCare.start(users.current(), new HelpRequestId(helpRequest), new ProviderId(provider),
					new ProductId(product), started.get());
		}
		return responses.toResponse(outcome, id -> ResponseEntity.status(201).body(new Started(id)));
	}

	@GetMapping
	@Operation(summary = "The team's crisis care without a decision, soonest limit first")
	List<EntryResponse> worklist() {
		return crisisCare.worklist(users.current()).stream().map(e -> new EntryResponse(e.id(), e.helpRequestNumber(),
				e.provider(), e.product(), e.startedOn(), e.limit(), e.daysLeft(), e.nearing())).toList();
	}

	private static @Nullable UUID uuid(@Nullable String text) {
		try {
			return text == null || text.isBlank() ? null : UUID.fromString(text.strip());
		}
		catch (IllegalArgumentException notAnId) {
			return null;
		}
	}
}
