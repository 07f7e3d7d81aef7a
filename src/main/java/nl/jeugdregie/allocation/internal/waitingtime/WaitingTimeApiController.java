package nl.jeugdregie.allocation.internal.waitingtime;

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
import nl.jeugdregie.allocation.internal.Outcomes;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.platform.result.OutcomeResponses;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** TOEW-6: waiting times per provider and product, and the providers to choose from for a product, in the REST API. */
@RestController
@RequestMapping("/api/v1/allocation")
@Tag(name = "Toewijzing: wachttijden", description = "Providers' waiting times and choosing a provider (TOEW-6)")
class WaitingTimeApiController {

	private final WaitingTimes waitingTimes;
	private final CurrentUsers users;
	private final OutcomeResponses responses;
	private final Clock clock;

	WaitingTimeApiController(WaitingTimes waitingTimes, CurrentUsers users, OutcomeResponses responses, Clock clock) {
		this.waitingTimes = waitingTimes;
		this.users = users;
		this.responses = responses;
		this.clock = clock;
	}

	record WaitingTimeResponse(UUID providerId, String providerName, String agbCode, UUID productId, String product,
			int weeks, LocalDate reportedOn, String reportedBy, boolean stale) {

		static WaitingTimeResponse of(WaitingTime wait) {
			return new WaitingTimeResponse(wait.provider().value(), wait.providerName(), wait.agbCode().value(),
					wait.product().value(), wait.productLabel(), wait.weeks(), wait.reportedOn(), wait.reportedAs().name(),
					wait.stale());
		}
	}

	record WaitingTimeBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String providerId,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String productId,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "0", maximum = "520") @Nullable String weeks,
			@Schema(description = "Day the wait was known; empty: today. Not in the future.") @Nullable String reportedOn) {}

	record OptionResponse(UUID providerId, String providerName, String agbCode, UUID contractId, String procurementRoute,
			boolean inRegion, boolean bridgingCare, @Nullable Long tariffCents, @Nullable Integer waitWeeks,
			@Nullable LocalDate waitReportedOn, boolean waitStale, boolean flaggedWaitAboveNormWithoutBridgingCare) {}

	@GetMapping("/waiting-times")
	@Operation(summary = "The latest waiting time per provider and product; stale ones marked; a provider gets its own")
	List<WaitingTimeResponse> list() {
		return waitingTimes.latest(users.current()).stream().map(WaitingTimeResponse::of).toList();
	}

	@PostMapping("/waiting-times")
	@Operation(summary = "Report a waiting time in weeks: a provider for itself, or the municipality for any provider")
	@ApiResponse(responseCode = "201", description = "De gemelde wachttijd", content = @Content(schema = @Schema(implementation = WaitingTimeResponse.class)))
	ResponseEntity<?> report(@RequestBody WaitingTimeBody body) {
		var user = users.current();
		var outcome = Outcomes.then(WaitingTimeInput.of(body.providerId(), body.productId(), body.weeks(),
				body.reportedOn(), LocalDate.now(clock)),
				command -> waitingTimes.report(user, command));
		return responses.toResponse(outcome, wait -> ResponseEntity.status(201).body(WaitingTimeResponse.of(wait)));
	}

	@GetMapping("/choice")
	@Operation(summary = "Contracted providers for a product sorted by wait, with tariff and bridging care (TOEW-6)")
	List<OptionResponse> choice(@RequestParam UUID productId) {
		return waitingTimes.options(users.current(), new ProductId(productId), LocalDate.now(clock)).stream()
				.map(option -> new OptionResponse(option.provider().value(), option.providerName(), option.agbCode(),
						option.contract().value(), option.route(), option.inRegion(), option.bridgingCare(),
						option.tariffCents().orElse(null), option.waitingTime().map(WaitingTime::weeks).orElse(null),
						option.waitingTime().map(WaitingTime::reportedOn).orElse(null),
						option.waitingTime().map(WaitingTime::stale).orElse(false), option.flagged()))
				.toList();
	}
}
