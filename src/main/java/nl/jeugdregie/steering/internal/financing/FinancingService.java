package nl.jeugdregie.steering.internal.financing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.steering.internal.financing.FinancingCommands.ChangeLine;
import nl.jeugdregie.steering.internal.financing.FinancingCommands.FinancingLineId;
import nl.jeugdregie.steering.internal.financing.FinancingCommands.RemoveLine;
import nl.jeugdregie.steering.internal.assignment.Amounts;
import nl.jeugdregie.steering.internal.assignment.Assignment;
import nl.jeugdregie.platform.result.Refusal;
import nl.jeugdregie.steering.internal.assignment.SteeringRepository;
import nl.jeugdregie.steering.internal.assignment.SteeringService;
import nl.jeugdregie.steering.internal.period.FigureForOpenPeriod;
import nl.jeugdregie.steering.internal.period.NormPeriod;
import nl.jeugdregie.steering.internal.norms.NormRepository;
import nl.jeugdregie.steering.internal.norms.NormService;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changing and removing financing lines within the budget cap (STU-4, STU-7), and the provider's half-yearly
 * actuals per line with the explanation a deviation requires and the activities behind the pro-rata reclaim. The
 * cap allows the source document's stated rounding difference on top (ADR 0014); beyond that nothing is saved.
 */
@Service
class FinancingService {

	static final int MAX_EXPLANATION_LENGTH = 4000;
	static final int MAX_ACTIVITIES = 1_000_000;
	/** The message code of "you may not do this" (answered as 403). */
	static final String NOT_PERMITTED = "steering.refusal." + SteeringService.NOT_PERMITTED;
	/** The message code of "someone else changed the line first" (answered as 409 in the API). */
	static final String CHANGED_MEANWHILE = "steering.refusal.line.changedMeanwhile";

	private final FinancingRepository financing;
	private final SteeringRepository steering;
	private final NormService access;
	private final NormRepository norms;
	private final BudgetDeviations deviations;
	private final Clock clock;
	private final FinancingWithinBudgetCap budgetCap = new FinancingWithinBudgetCap();
	private final FigureForOpenPeriod openPeriod = new FigureForOpenPeriod();
	private final ExplanationForBudgetDeviation explanations = new ExplanationForBudgetDeviation();

	FinancingService(FinancingRepository financing, SteeringRepository steering, NormService access,
			NormRepository norms, BudgetDeviations deviations, Clock clock) {
		this.financing = financing;
		this.steering = steering;
		this.access = access;
		this.norms = norms;
		this.deviations = deviations;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	Optional<FinancingRepository.LineOf> line(CurrentUser user, FinancingLineId lineId) {
		return access.assignmentOf(user).flatMap(assignment -> financing.line(assignment.id(), lineId.value()));
	}

	/** The line the user may change or remove: forbidden for a user who does not edit, not found when not theirs. */
	@Transactional(readOnly = true)
	Outcome<FinancingLineId> changeable(CurrentUser user, long lineId) {
		if (!SteeringService.mayEdit(user)) {
			return Outcome.forbidden(NOT_PERMITTED);
		}
		return FinancingLineId.of(lineId).filter(id -> line(user, id).isPresent())
				.<Outcome<FinancingLineId>>map(Outcome::done).orElseGet(Outcome::notFound);
	}

	/** STU-4, STU-7: a new label, kind, FTE or amount for a line; refused when the total would pass the cap. */
	@Transactional
	Outcome<FinancingLineId> change(CurrentUser user, ChangeLine change) {
		if (!SteeringService.mayEdit(user)) {
			return Outcome.forbidden(NOT_PERMITTED);
		}
		var found = line(user, change.id());
		if (found.isEmpty()) {
			return Outcome.notFound();
		}
		var line = found.get();
		var assignment = steering.assignment(line.assignmentId()).orElseThrow();
		steering.lock(assignment);
		if (!line.line().proeftuin()) {
			var over = overCap(assignment, line.line().amountCents(), change.input().amountCents());
			if (over != null) {
				return Outcome.refused(over);
			}
		}
		var expected = change.version() == null ? line.version() : change.version();
		var input = change.input();
		if (!financing.update(change.id().value(), expected, input.label(), input.fte(), input.amountCents(),
				input.category(), user.username(), clock.instant())) {
			return Outcome.refused(nl.jeugdregie.platform.result.Refusal.ofWhole(CHANGED_MEANWHILE));
		}
		return Outcome.done(change.id());
	}

	/** Removes a line; a line with delivered actuals stays, so the history of what was spent is kept. */
	@Transactional
	Outcome<FinancingLineId> remove(CurrentUser user, RemoveLine removal) {
		if (!SteeringService.mayEdit(user)) {
			return Outcome.forbidden(NOT_PERMITTED);
		}
		var found = line(user, removal.id());
		if (found.isEmpty()) {
			return Outcome.notFound();
		}
		var lineId = removal.id().value();
		if (financing.hasActuals(lineId)) {
			return Outcome.refused(nl.jeugdregie.platform.result.Refusal.ofWhole("steering.refusal.line.hasActuals"));
		}
		var expected = removal.version() == null ? found.get().version() : removal.version();
		if (!financing.remove(lineId, expected)) {
			return Outcome.refused(nl.jeugdregie.platform.result.Refusal.ofWhole(CHANGED_MEANWHILE));
		}
		return Outcome.done(removal.id());
	}

	/**
	 * STU-7: what the provider spent on a line in a half year, with the activities planned and performed; an
	 * explanation is required when the deviation from the half year's budget is beyond the configured margin.
	 */
	@Transactional
	Outcome<FinancingLineId> deliverActual(CurrentUser user, long lineId, @Nullable String halfYear,
			@Nullable String amount, @Nullable String planned, @Nullable String performed,
			@Nullable String explanation) {
		if (!NormService.mayDeliver(user)) {
			return Outcome.forbidden(NOT_PERMITTED);
		}
		var id = FinancingLineId.of(lineId);
		var found = id.flatMap(known -> line(user, known));
		if (found.isEmpty()) {
			return Outcome.notFound();
		}
		var assignment = steering.assignment(found.get().assignmentId()).orElseThrow();
		steering.lock(assignment);
		var refusals = new ArrayList<Refusal>();
		var period = NormPeriod.HALF_YEAR.parse(halfYear);
		if (period.isEmpty()) {
			refusals.add(Refusal.of("halfYear", "steering.refusal.period.malformed", NormPeriod.HALF_YEAR.dutchName(),
					NormPeriod.HALF_YEAR.example()));
		}
		else {
			openPeriod.check("halfYear", period.get(), today(), norms.closedQuarters(assignment.id()))
					.ifPresent(refusals::add);
		}
		var cents = Amounts.parseEuroCents(amount).filter(value -> value <= Amounts.MAX_LINE_CENTS);
		if (stripped(amount) == null) {
			refusals.add(Refusal.of("amount", "steering.refusal.amount.missing"));
		}
		else if (cents.isEmpty()) {
			refusals.add(Refusal.of("amount", "steering.refusal.amount.malformed"));
		}
		var plannedCount = count(planned, "plannedActivities", refusals);
		var performedCount = count(performed, "performedActivities", refusals);
		if ((plannedCount == null) != (performedCount == null) && refusals.isEmpty()) {
			refusals.add(Refusal.of(plannedCount == null ? "plannedActivities" : "performedActivities",
					"steering.refusal.activities.bothOrNone"));
		}
		var text = stripped(explanation);
		if (text != null && text.length() > MAX_EXPLANATION_LENGTH) {
			refusals.add(Refusal.of("explanation", "steering.refusal.explanation.tooLong", MAX_EXPLANATION_LENGTH));
		}
		if (period.isPresent() && cents.isPresent()) {
			var budget = ProRataReclaim.halfYearBudget(found.get().line().amountCents(),
					period.get().start().getMonthValue() == 1);
			explanations.check(budget, cents.get(), deviations.margin(assignment, period.get().end()), text)
					.ifPresent(refusals::add);
		}
		if (!refusals.isEmpty() || period.isEmpty() || cents.isEmpty()) {
			return Outcome.refused(refusals);
		}
		financing.saveActual(lineId, period.get().start(), cents.get(), text, plannedCount, performedCount,
				user.username(), clock.instant());
		return Outcome.done(id.get());
	}

	private @Nullable Refusal overCap(Assignment assignment, long replacedCents, long proposedCents) {
		var total = Budget.of(steering.financingLines(assignment)).overall().cents();
		var cap = assignment.budgetCapCents() + financing.statedRoundingDifference(assignment.id());
		if (budgetCap.check(total, replacedCents, proposedCents, cap) instanceof FinancingWithinBudgetCap.OverCap over) {
			return Refusal.of("amount", "steering.refusal.amount.overCap", Amounts.euro(assignment.budgetCapCents()),
					Amounts.euro(over.newTotalCents() - assignment.budgetCapCents()));
		}
		return null;
	}

	private static @Nullable Integer count(@Nullable String text, String field, List<Refusal> refusals) {
		var value = stripped(text);
		if (value == null) {
			return null;
		}
		try {
			var number = Integer.parseInt(value);
			if (number >= 0 && number <= MAX_ACTIVITIES) {
				return number;
			}
		}
		catch (NumberFormatException malformed) {
			// answered below
		}
		refusals.add(Refusal.of(field, "steering.refusal.activities.malformed"));
		return null;
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	private static @Nullable String stripped(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
