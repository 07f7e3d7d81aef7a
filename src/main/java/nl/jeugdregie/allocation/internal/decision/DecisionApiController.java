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
import nl.jeugdregie.allocation.internal.Outcomes;
import nl.jeugdregie.allocation.internal.arrangement.ArrangementId;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.platform.api.IfMatch;
import nl.jeugdregie.platform.result.OutcomeResponses;
import nl.jeugdregie.platform.web.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** TOEW-1, TOEW-4, TOEW-5: the decision on an arrangement, its letter, and a provider's allocations in the REST API. */
@RestController
@Tag(name = "Toewijzing: beschikkingen", description = "The allocation decision and its allocations (TOEW-1, TOEW-4, TOEW-5)")
class DecisionApiController {

	private final DecisionService decisions;
	private final DecisionLetters letters;
	private final CurrentUsers users;
	private final OutcomeResponses responses;
	private final Clock clock;

	DecisionApiController(DecisionService decisions, DecisionLetters letters, CurrentUsers users,
			OutcomeResponses responses, Clock clock) {
		this.decisions = decisions;
		this.letters = letters;
		this.users = users;
		this.responses = responses;
		this.clock = clock;
	}

	@Schema(name = "AllocationDecisionBody")
	record DecisionBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = { "ACCESS_TEAM",
			"GENERAL_PRACTITIONER", "YOUTH_DOCTOR", "CERTIFIED_INSTITUTION", "MEDICAL_SPECIALIST" }) @Nullable String legalRoute,
			@Schema(description = "Required for a referral by a GP, youth doctor or medical specialist") @Nullable String referrerAgb,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = { "IN_KIND", "PGB" }) @Nullable String financing,
			@Schema(description = "An extension of earlier support (heavy-step rules)") @Nullable Boolean extension,
			@Schema(description = "Empty: today") @Nullable String decidedOn,
			@Schema(description = "TOEW-8, for an extension of a product within the CJG's scope: TRANSFER (overdracht naar CJG) or OUT_OF_SCOPE with a situation",
					allowableValues = { "NONE", "TRANSFER", "OUT_OF_SCOPE" }) @Nullable String cjgChoice,
			@Schema(description = "TOEW-8: the id of the out-of-scope situation for OUT_OF_SCOPE") @Nullable String cjgSituation) {}

	record TransferResponse(String product, LocalDate validFrom, LocalDate validUntil) {}

	record AllocationResponse(long number, UUID providerId, String provider, UUID productId, String product, int volume,
			String unit, String frequency, LocalDate validFrom, LocalDate validUntil, String financing, long budgetCents) {

		static AllocationResponse of(Allocation a) {
			return new AllocationResponse(a.number(), a.provider().value(), a.providerName(), a.product().value(),
					a.productLabel(), a.volume(), a.unit().code(), a.frequency().code(), a.period().from(), a.period().until(),
					a.financing().name(), a.budgetCents());
		}
	}

	record DecisionResponse(UUID id, String legalRoute, String referrerCode, @Nullable String referrerAgb, String financing,
			boolean extension, LocalDate decidedOn, List<AllocationResponse> allocations, String cjgChoice,
			@Nullable String cjgSituation, List<TransferResponse> transferredToCjg) {

		static DecisionResponse of(DecisionService.Decided decided) {
			var d = decided.decision();
			return new DecisionResponse(d.id(), d.legalRoute().name(), d.legalRoute().referrerCode(),
					d.referrerAgb() == null ? null : d.referrerAgb().value(), d.financing().name(), d.extension(),
					d.decidedOn(), decided.allocations().stream().map(AllocationResponse::of).toList(), d.cjgChoice(),
					d.cjgSituation(), decided.transfers().stream().map(t -> new TransferResponse(t.productLabel(),
							t.period().from(), t.period().until())).toList());
		}
	}

	@PostMapping("/api/v1/allocation/arrangements/{id}/decision")
	@Operation(summary = "Decide the agreed arrangement (beschikking); If-Match: the arrangement's version; a second decider gets 409")
	@ApiResponse(responseCode = "201", description = "De beschikking met haar toewijzingen", content = @Content(schema = @Schema(implementation = DecisionResponse.class)))
	ResponseEntity<?> decide(@PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
			@RequestBody DecisionBody body) {
		var version = IfMatch.version(ifMatch);
		if (version == null) {
			return Problems.versionRequired();
		}
		var user = users.current();
		var outcome = Outcomes.then(DecisionInput.of(new ArrangementId(id), version, body.legalRoute(), body.referrerAgb(),
				body.financing(), Boolean.TRUE.equals(body.extension()), body.decidedOn(), body.cjgChoice(), body.cjgSituation(),
				LocalDate.now(clock)),
				command -> decisions.decide(user, command));
		return responses.toResponse(outcome, decided -> ResponseEntity.status(201).body(DecisionResponse.of(decided)));
	}

	@GetMapping("/api/v1/allocation/arrangements/{id}/decision")
	@Operation(summary = "The decision on an arrangement with its allocations")
	@ApiResponse(responseCode = "200", description = "De beschikking met haar toewijzingen", content = @Content(schema = @Schema(implementation = DecisionResponse.class)))
	ResponseEntity<?> decision(@PathVariable UUID id) {
		return responses.toResponse(decisions.decisionOf(users.current(), new ArrangementId(id)),
				decided -> ResponseEntity.ok(DecisionResponse.of(decided)));
	}

	@GetMapping(value = "/api/v1/allocation/arrangements/{id}/decision/letter.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	@Operation(summary = "The decision letter for the family as accessible PDF (plain Dutch, legal basis, bezwaar)")
	@ApiResponse(responseCode = "200", description = "De brief als PDF", content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")))
	ResponseEntity<?> letter(@PathVariable UUID id) {
		return responses.toResponse(letters.letter(users.current(), new ArrangementId(id)),
				pdf -> ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
						.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=beschikking.pdf").body(pdf));
	}

	@GetMapping("/api/v1/allocation/allocations")
	@Operation(summary = "The allocations to the provider of the calling provider account (its own only)")
	List<AllocationResponse> allocations() {
		return decisions.allocationsOfProvider(users.current()).stream().map(AllocationResponse::of).toList();
	}
}
