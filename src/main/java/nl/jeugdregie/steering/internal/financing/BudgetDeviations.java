package nl.jeugdregie.steering.internal.financing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.policy.NormKey;
import nl.jeugdregie.policy.Norms;
import nl.jeugdregie.steering.internal.assignment.Assignment;
import nl.jeugdregie.steering.internal.assignment.SteeringRepository;
import nl.jeugdregie.steering.internal.assignment.TypeOfWork;
import nl.jeugdregie.steering.internal.period.NormPeriod;
import nl.jeugdregie.steering.internal.period.ReportingPeriod;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The half-yearly actuals of an assignment against its budget (STU-4, STU-7): per financing line with delivered
 * actuals, the deviation, whether an explanation is required, and the pro-rata reclaim. Used by the steering screens
 * and by the governance agenda ("budget deviations").
 */
@Service
public class BudgetDeviations {

	private final FinancingRepository financing;
	private final SteeringRepository steering;
	private final Norms norms;
	private final ExplanationForBudgetDeviation explanations = new ExplanationForBudgetDeviation();
	private final ProRataReclaim reclaim = new ProRataReclaim();

	BudgetDeviations(FinancingRepository financing, SteeringRepository steering, Norms norms) {
		this.financing = financing;
		this.steering = steering;
		this.norms = norms;
	}

	/** The deviations of the last half year that ended on or before the date. */
	@Transactional(readOnly = true)
	public List<BudgetDeviation> lastHalfYearOn(long assignmentId, LocalDate date) {
		return forHalfYear(assignmentId, NormPeriod.HALF_YEAR.lastEndedOn(date));
	}

	/** Only those needing attention: beyond the margin, or with money to reclaim. */
	@Transactional(readOnly = true)
	public List<BudgetDeviation> needingAttentionOn(long assignmentId, LocalDate date) {
		return lastHalfYearOn(assignmentId, date).stream().filter(BudgetDeviation::needsAttention).toList();
	}

	@Transactional(readOnly = true)
	public List<BudgetDeviation> forHalfYear(long assignmentId, ReportingPeriod halfYear) {
		var assignment = steering.assignment(assignmentId).orElseThrow();
		var margin = margin(assignment, halfYear.end());
		var lines = steering.financingLines(assignment).stream()
				.collect(Collectors.toMap(FinancingLine::id, Function.identity()));
		Map<Long, String> typeNames = steering.typesOfWork(assignment).stream()
				.collect(Collectors.toMap(TypeOfWork::id, TypeOfWork::name));
		var firstHalf = halfYear.start().getMonthValue() == 1;
		return financing.actuals(assignmentId, halfYear.start()).stream().map(actual -> {
			var line = lines.get(actual.lineId());
			var budget = ProRataReclaim.halfYearBudget(line.amountCents(), firstHalf);
			var reclaimed = actual.planned() == null || actual.performed() == null ? 0
					: reclaim.reclaimCents(budget, actual.planned(), actual.performed());
			var typeName = line.typeOfWorkId() == null ? "Proeftuin Ruwaard"
					: typeNames.getOrDefault(line.typeOfWorkId(), "");
			return new BudgetDeviation(line.id(), typeName, line.label(), halfYear, budget, actual.cents(),
					explanations.required(budget, actual.cents(), margin), actual.explanation(), actual.planned(),
					actual.performed(), reclaimed, actual.deliveredBy());
		}).toList();
	}

	int margin(Assignment assignment, LocalDate on) {
		return norms.inEffect(new MunicipalityCode(assignment.municipalityCode()),
				NormKey.BUDGET_DEVIATION_EXPLANATION_MARGIN, on).amount();
	}
}
