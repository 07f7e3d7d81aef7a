package nl.jeugdregie.allocation.internal.aftercare;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import nl.jeugdregie.allocation.internal.Outcomes;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.platform.api.IfMatch;
import nl.jeugdregie.platform.result.OutcomeResponses;
import nl.jeugdregie.platform.web.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * MON-5: an allocation's aftercare decision in the REST API. PUT records or changes it: If-Match names the version
 * changed (absent: none recorded yet); the same decision again changes nothing. Refusals are problem+json naming the
 * field (400), a stale version 409, another team 403, another municipality 404.
 */
@RestController
@Tag(name = "Toewijzing: nazorg", description = "The aftercare decision after the specialised care of an allocation ended (MON-5)")
class AftercareApiController {

	private final AftercareDecisions decisions;
	private final CurrentUsers users;
	private final OutcomeResponses responses;

	AftercareApiController(AftercareDecisions decisions, CurrentUsers users, OutcomeResponses responses) {
		this.decisions = decisions;
		this.users = users;
		this.responses = responses;
	}

	@Schema(name = "AftercareBody")
	record AftercareBody(
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "CJG (nazorg door het CJG), OTHER_PARTY (nazorg door een andere partij) or NONE (geen nazorg nodig)", allowableValues = { "CJG", "OTHER_PARTY", "NONE" }) @Nullable String kind,
			@Schema(description = "The first day of the aftercare (2027-03-01); required for CJG and OTHER_PARTY, from 30 days before to a year after the allocation's last day") @Nullable String from,
			@Schema(description = "Who gives the aftercare, 1 to 100 characters; required for OTHER_PARTY") @Nullable String party) {}

	@Schema(name = "AftercareDecision")
	record DecisionResponse(String kind, String label, @Nullable LocalDate from, @Nullable String party, long version,
			String recordedBy, Instant recordedAt) {

		static DecisionResponse of(AftercareDecision d) {
			return new DecisionResponse(d.kind().name(), d.kind().dutchName(), d.from(), d.party(),
					d.version(), d.recordedBy(), d.recordedAt());
		}
	}

	@Schema(name = "AllocationAftercare")
	record AftercareResponse(long allocationNumber, LocalDate lastDay,
			@Schema(description = "Whether the care has ended (last day passed or ended early), so aftercare can be recorded") boolean careEnded,
			@Schema(description = "The decision; absent while none is recorded") @Nullable DecisionResponse decision) {

		static AftercareResponse of(EndedCare allocation, @Nullable AftercareDecision decision, boolean careEnded) {
			return new AftercareResponse(allocation.number(), allocation.lastDay(), careEnded,
					decision == null ? null : DecisionResponse.of(decision));
		}
	}

	@GetMapping("/api/v1/allocation/allocations/{number}/aftercare")
	@Operation(summary = "An allocation's aftercare decision and whether its care has ended")
	@ApiResponse(responseCode = "200", description = "De toewijzing met het besluit over nazorg; ETag is de versie (0: nog niets vastgelegd)", content = @Content(schema = @Schema(implementation = AftercareResponse.class)))
	ResponseEntity<?> get(@PathVariable long number) {
		return responses.toResponse(decisions.view(users.current(), number), view -> ResponseEntity.ok()
				.eTag("\"" + (view.decision() == null ? 0 : view.decision().version()) + "\"")
				.body(AftercareResponse.of(view.allocation(), view.decision(), view.careEnded())));
	}

	@PutMapping("/api/v1/allocation/allocations/{number}/aftercare")
	@Operation(summary = "Record or change an allocation's aftercare decision once its care has ended; If-Match: the version changed (absent when none is recorded yet)")
	@ApiResponse(responseCode = "200", description = "Het vastgelegde besluit over nazorg; ETag is de nieuwe versie", content = @Content(schema = @Schema(implementation = AftercareResponse.class)))
	@ApiResponse(responseCode = "409", description = "Iemand anders legde het besluit eerst vast of wijzigde het: verouderde-versie met currentVersion")
	@ApiResponse(responseCode = "428", description = "De kop If-Match is geen versie: versie-vereist")
	ResponseEntity<?> put(@PathVariable long number, @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
			@RequestBody AftercareBody body) {
		var version = version(ifMatch);
		if (version == null) {
			return Problems.versionRequired();
		}
		var user = users.current();
		return responses.toResponse(Outcomes.then(AftercareInput.of(number, body.kind(), body.from(), body.party(), version),
				command -> decisions.record(user, command)), recorded -> ResponseEntity.ok()
						.eTag("\"" + recorded.decision().version() + "\"")
						.body(AftercareResponse.of(recorded.allocation(), recorded.decision(), true)));
	}

	/** The version in If-Match: 0 when absent, null when unreadable. */
	private static @Nullable Long version(@Nullable String ifMatch) {
		if (IfMatch.absent(ifMatch)) {
			return 0L;
		}
		var version = IfMatch.version(ifMatch);
		return version == null || version < 0 ? null : version;
	}
}
