package nl.jeugdregie.steering.internal.financing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.OutcomeResponses;
import nl.jeugdregie.platform.web.Problems;
import nl.jeugdregie.platform.result.Refusal;
import nl.jeugdregie.steering.internal.period.NormPeriod;
import nl.jeugdregie.steering.internal.norms.NormService;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Half-yearly actuals, deviations and reclaims (STU-7), and changing or removing financing lines within the cap
 * (STU-4). The provider and the municipality deliver actuals; only the municipality changes lines.
 */
@RestController
@RequestMapping("/api/v1/steering")
@Tag(name = "Sturing: financiering", description = "Financing lines with half-yearly actuals and reclaim (STU-6)")
class FinancingApiController {

	private final FinancingService financing;
	private final NormService access;
	private final BudgetDeviations deviations;
	private final CurrentUsers users;
	private final OutcomeResponses responses;
	private final java.time.Clock clock;

	FinancingApiController(FinancingService financing, NormService access, BudgetDeviations deviations,
			CurrentUsers users, OutcomeResponses responses, java.time.Clock clock) {
		this.financing = financing;
		this.access = access;
		this.deviations = deviations;
		this.users = users;
		this.responses = responses;
		this.clock = clock;
	}

	/** @param halfYear "2026-H1"; default the last half year that ended */
	@GetMapping("/actuals")
	@Operation(summary = "The half-year's actuals per financing line against budget, and the reclaim (STU-6)")
	@ApiResponse(responseCode = "200", description = "De realisatie per financieringsregel", content = @Content(schema = @Schema(implementation = ActualsResponse.class)))
	ResponseEntity<?> actuals(@RequestParam(required = false) @Nullable String halfYear) {
		var assignment = access.assignmentOf(users.current());
		var period = halfYear == null ? java.util.Optional.of(NormPeriod.HALF_YEAR.lastEndedOn(java.time.LocalDate.now(clock)))
				: NormPeriod.HALF_YEAR.parse(halfYear);
		if (period.isEmpty()) {
			return Problems.invalid(List.of(new Problems.FieldProblem("halfYear",
					responses.message(Refusal.of("halfYear", "steering.refusal.period.malformed", "halfjaar", "2026-H1")))));
		}
		var rows = assignment.map(a -> deviations.forHalfYear(a.id(), period.get())).orElse(List.of());
		return ResponseEntity.ok(new ActualsResponse(period.get().label(),
				rows.stream().map(DeviationResponse::of).toList(),
				rows.stream().mapToLong(BudgetDeviation::reclaimCents).sum()));
	}

	@PostMapping("/actuals")
	@Operation(summary = "Deliver the actual amount and activities of a financing line for a half-year (STU-6)")
	@ApiResponse(responseCode = "201", description = "Vastgelegd", content = @Content)
	ResponseEntity<?> deliver(@RequestBody ActualRequest request) {
		if (request.lineId() == null) {
			return Problems.invalid(List.of(new Problems.FieldProblem("lineId",
					responses.message(Refusal.of("lineId", "steering.refusal.lineId.missing")))));
		}
		return answer(financing.deliverActual(users.current(), request.lineId(), request.halfYear(), request.amount(),
				text(request.plannedActivities()), text(request.performedActivities()), request.explanation()),
				HttpStatus.CREATED);
	}

	@PutMapping("/financing-lines/{id}")
	@Operation(summary = "Change a financing line; version: the one last read, an old one answers 409")
	@ApiResponse(responseCode = "204", description = "Gewijzigd")
	ResponseEntity<?> change(@PathVariable long id, @RequestBody LineChangeRequest request) {
		var user = users.current();
		return answer(financing.changeable(user, id)
				.then(line -> FinancingCommands.ChangeLine.of(line, request.label(), request.category(), request.fte(),
						request.amount(), request.version()))
				.then(change -> financing.change(user, change)), HttpStatus.NO_CONTENT);
	}

	@DeleteMapping("/financing-lines/{id}")
	@Operation(summary = "Remove a financing line; version: the one last read")
	@ApiResponse(responseCode = "204", description = "Verwijderd")
	ResponseEntity<?> remove(@PathVariable long id, @RequestParam(required = false) @Nullable Integer version) {
		var user = users.current();
		return answer(financing.changeable(user, id)
				.then(line -> financing.remove(user, new FinancingCommands.RemoveLine(line, version))),
				HttpStatus.NO_CONTENT);
	}

	/**
	 * {@code success} (201 for delivered actuals, 204 for a changed or removed line); otherwise the platform's
	 * problem+json, except that an unknown line is named as a line and a line someone else changed first is 409
	 * with the reason.
	 */
	private <T> ResponseEntity<?> answer(Outcome<T> outcome, HttpStatus success) {
		return switch (outcome) {
			case Outcome.NotFound<T> _ -> lineNotFound();
			case Outcome.Refused<T>(var found) when found.stream()
					.anyMatch(refusal -> refusal.code().equals(FinancingService.CHANGED_MEANWHILE)) ->
					Problems.conflict(responses.message(found.getFirst()));
			case Outcome.Done<T> _, Outcome.Refused<T> _, Outcome.Forbidden<T> _, Outcome.Stale<T> _ ->
					responses.toResponse(outcome, done -> ResponseEntity.status(success).build());
		};
	}

	private static ResponseEntity<?> lineNotFound() {
		return Problems.of(HttpStatus.NOT_FOUND, "niet-gevonden", "Niet gevonden",
				"Deze financieringsregel bestaat niet, of u mag hem niet zien.");
	}

	private static @Nullable String text(@Nullable Integer number) {
		return number == null ? null : number.toString();
	}

	/**
	 * Actuals for one line and half year.
	 *
	 * @param amount euros as Dutch text, "104.500,00"
	 */
	record ActualRequest(@Nullable Long lineId, @Nullable String halfYear, @Nullable String amount,
			@Nullable Integer plannedActivities, @Nullable Integer performedActivities, @Nullable String explanation) {}

	record LineChangeRequest(@Nullable String label, @Nullable String category, @Nullable String fte,
			@Nullable String amount, @Nullable Integer version) {}

	record DeviationResponse(long lineId, String typeOfWork, String label, String halfYear, long budgetCents,
			long actualCents, long deviationCents, java.math.@Nullable BigDecimal deviationPercent,
			boolean explanationRequired, @Nullable String explanation, @Nullable Integer plannedActivities,
			@Nullable Integer performedActivities, long reclaimCents, String reclaim) {

		static DeviationResponse of(BudgetDeviation d) {
			return new DeviationResponse(d.lineId(), d.typeOfWorkName(), d.label(), d.halfYear().label(), d.budgetCents(),
					d.actualCents(), d.deviationCents(), d.deviationPercent(), d.explanationRequired(), d.explanation(),
					d.plannedActivities(), d.performedActivities(), d.reclaimCents(), d.reclaimText());
		}
	}

	record ActualsResponse(String halfYear, List<DeviationResponse> lines, long totalReclaimCents) {}
}
