package nl.jeugdregie.allocation.internal.change;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.jeugdregie.allocation.internal.Outcomes;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.platform.result.OutcomeResponses;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * TOEW-1, TOEW-7 (issue 16): ending an allocation early, changing its volume and withdrawing it in the REST API, and
 * its history. Refusals are problem+json naming the field (400); another team 403, another municipality 404.
 */
@RestController
@Tag(name = "Toewijzing: wijzigingen", description = "Ending early, changing the volume and withdrawing an allocation the way iJw prescribes (TOEW-1, TOEW-7)")
class AllocationChangeApiController {

	private final AllocationChanges changes;
	private final CurrentUsers users;
	private final OutcomeResponses responses;

	AllocationChangeApiController(AllocationChanges changes, CurrentUsers users, OutcomeResponses responses) {
		this.changes = changes;
		this.users = users;
		this.responses = responses;
	}

	@Schema(name = "AllocationEndBody")
	record EndBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The new last day (2026-12-20), on or after the first day and before the current last day") @Nullable String validUntil,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "JZ002 reason, 02 to 12") @Nullable String reason) {}

	@Schema(name = "AllocationVolumeChangeBody")
	record VolumeBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The new volume, 1 or more") @Nullable String volume,
			@Schema(description = "The first day of the new volume; required unless the frequency is 6 (total within the validity), which keeps the number") @Nullable String changeDate,
			@Schema(description = "JZ002 reason, 02 to 12; empty: 05") @Nullable String reason) {}

	@Schema(name = "AllocationHistoryEntry")
	record HistoryResponse(String kind, @Nullable String reason, String description, @Nullable LocalDate untilBefore,
			@Nullable LocalDate untilAfter, @Nullable Integer volumeBefore, @Nullable Integer volumeAfter,
			@Nullable Long otherNumber, String changedBy, Instant changedAt) {

		static HistoryResponse of(HistoryEntry e) {
			return new HistoryResponse(e.kind().name(), e.kind() == HistoryEntry.Kind.WITHDRAWN ? "13"
					: e.reason() == null ? null : e.reason().code(), e.what(), e.untilBefore(), e.untilAfter(),
					e.volumeBefore(), e.volumeAfter(), e.otherNumber(), e.changedBy(), e.changedAt());
		}
	}

	@Schema(name = "AllocationState")
	record AllocationResponse(long number, String status, String product, String provider, int volume, String unit,
			String frequency, LocalDate validFrom, @Nullable LocalDate validUntil, long budgetCents,
			@Schema(description = "The allocation this one continues after a volume change") @Nullable Long replaces,
			@Schema(description = "The allocation that continues this one after a volume change") @Nullable Long replacedBy,
			boolean withdrawn, @Nullable Instant withdrawnAt) {

		static AllocationResponse of(CurrentAllocation a) {
			return new AllocationResponse(a.number(), a.withdrawn() ? "WITHDRAWN" : a.replaced() ? "REPLACED" : "CURRENT",
					a.productLabel(), a.providerName(), a.volume(), a.unit().code(), a.frequency().code(), a.period().from(),
					a.period().until(), a.budgetCents(), a.replaces(), a.replacedBy(), a.withdrawn(), a.withdrawnAt());
		}
	}

	@Schema(name = "AllocationChangeResult")
	record ChangedResponse(AllocationResponse allocation,
			@Schema(description = "After a volume change with a new number: the new allocation's number") @Nullable Long newNumber) {}

	@Schema(name = "AllocationWithHistory")
	record ViewResponse(AllocationResponse allocation,
			@ArraySchema(schema = @Schema(implementation = HistoryResponse.class)) List<HistoryResponse> history) {}

	@PostMapping("/api/v1/allocation/allocations/{number}/end")
	@Operation(summary = "End an allocation early (it keeps its number; iJw JW301 with the new end date and a JZ002 reason)")
	@ApiResponse(responseCode = "200", description = "De toewijzing met haar nieuwe einddatum", content = @Content(schema = @Schema(implementation = ChangedResponse.class)))
	ResponseEntity<?> end(@PathVariable long number, @RequestBody EndBody body) {
		var user = users.current();
		return responses.toResponse(Outcomes.then(ChangeInput.end(number, body.validUntil(), body.reason()),
				command -> changes.end(user, command)), changed -> ResponseEntity.ok(changed(changed)));
	}

	@PostMapping("/api/v1/allocation/allocations/{number}/volume-change")
	@Operation(summary = "Change an allocation's volume: the same number for frequency 6 (total), otherwise it ends the day before the change date and a new allocation with a new number continues it")
	@ApiResponse(responseCode = "200", description = "De gewijzigde toewijzing en zo nodig het nummer van de nieuwe", content = @Content(schema = @Schema(implementation = ChangedResponse.class)))
	ResponseEntity<?> changeVolume(@PathVariable long number, @RequestBody VolumeBody body) {
		var user = users.current();
		return responses.toResponse(Outcomes.then(ChangeInput.volume(number, body.volume(), body.changeDate(), body.reason()),
				command -> changes.changeVolume(user, command)), changed -> ResponseEntity.ok(changed(changed)));
	}

	@PostMapping("/api/v1/allocation/allocations/{number}/withdrawal")
	@Operation(summary = "Withdraw an allocation sent in error (counts as never sent; iJw StatusAanlevering 3); refused with approved declarations (TR385)")
	@ApiResponse(responseCode = "200", description = "De ingetrokken toewijzing", content = @Content(schema = @Schema(implementation = ChangedResponse.class)))
	ResponseEntity<?> withdraw(@PathVariable long number) {
		return responses.toResponse(changes.withdraw(users.current(), number), changed -> ResponseEntity.ok(changed(changed)));
	}

	@GetMapping("/api/v1/allocation/allocations/{number}/history")
	@Operation(summary = "An allocation as it stands now with its changes (who, when, what, why), oldest first")
	@ApiResponse(responseCode = "200", description = "De toewijzing met haar wijzigingen", content = @Content(schema = @Schema(implementation = ViewResponse.class)))
	ResponseEntity<?> history(@PathVariable long number) {
		return responses.toResponse(changes.view(users.current(), number), view -> ResponseEntity.ok(new ViewResponse(
				AllocationResponse.of(view.allocation()), view.history().stream().map(HistoryResponse::of).toList())));
	}

	private static ChangedResponse changed(AllocationChanges.Changed changed) {
		return new ChangedResponse(AllocationResponse.of(changed.allocation()), changed.newNumber());
	}
}
