package nl.jeugdregie.steering.internal.norms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.platform.text.Labels;
import nl.jeugdregie.policy.NormKey;
import nl.jeugdregie.policy.Norms;
import nl.jeugdregie.steering.internal.assignment.Assignment;
import nl.jeugdregie.steering.internal.assignment.SteeringRepository;
import nl.jeugdregie.steering.internal.financing.Budget;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The status of every norm of an assignment on a day (STU-5, BEY-3): computed from case data or the financing lines
 * where Jeugdregie has them, otherwise from the provider's delivered figures. Each norm is judged on the last period
 * of its kind that ended on or before the day. Used by the steering screens and by the governance agenda.
 */
@Service
public class NormEvaluations {

	private final NormRepository norms;
	private final SteeringRepository steering;
	private final CaseDataFigures caseData;
	private final Norms settings;
	private final NormStatusRule rule = new NormStatusRule();

	NormEvaluations(NormRepository norms, SteeringRepository steering, CaseDataFigures caseData, Norms settings) {
		this.norms = norms;
		this.steering = steering;
		this.caseData = caseData;
		this.settings = settings;
	}

	/** Every norm of the assignment with its status on the date, in the order of the types of work. */
	@Transactional(readOnly = true)
	public List<NormEvaluation> statusesOn(long assignmentId, LocalDate date) {
		var assignment = steering.assignment(assignmentId).orElseThrow();
		return norms.norms(assignmentId).stream().map(norm -> evaluate(assignment, norm, date)).toList();
	}

	/** Only the norms missed or at risk on the date: what the next meeting's agenda needs. */
	@Transactional(readOnly = true)
	public List<NormEvaluation> needingAttentionOn(long assignmentId, LocalDate date) {
		return statusesOn(assignmentId, date).stream().filter(evaluation -> evaluation.status().needsAttention()).toList();
	}

	@Transactional(readOnly = true)
	NormEvaluation evaluate(Assignment assignment, Norm norm, LocalDate date) {
		if (norm.kind() == NormKind.DEADLINE) {
			return deadline(norm, date);
		}
		var period = norm.period().lastEndedOn(date);
		if (norm.effectiveFrom().isAfter(period.end())) {
			return new NormEvaluation(norm, period, NormStatus.NOT_YET_IN_EFFECT, null, null, FigureSource.NONE,
					Labels.text("text.steering.norms.notYetInEffect", norm.effectiveFromText()), null, null, null);
		}
		var margin = BigDecimal.valueOf(settings.inEffect(new MunicipalityCode(assignment.municipalityCode()),
				NormKey.STEERING_NORM_AT_RISK_MARGIN, date).amount());
		var cause = norms.causeAnalysis(norm.id(), period.start()).orElse(null);
		if (norm.measure() == NormMeasure.INDIVIDUAL_WORK_BUDGET_SHARE) {
			var share = budgetShare(assignment);
			return new NormEvaluation(norm, period, rule.evaluate(norm.kind(), norm.target(), share, margin), share, null,
					FigureSource.FINANCING, Labels.text("text.steering.norms.budgetShare"), null, null, cause);
		}
		var measured = caseData.measure(norm, assignment.municipalityCode(), period, date);
		if (measured.isPresent()) {
			var figure = measured.get();
			return new NormEvaluation(norm, period, rule.evaluate(norm.kind(), norm.target(), figure.percentage(), margin),
					figure.percentage(), null, FigureSource.CASE_DATA,
					Labels.text("text.steering.norms.caseData", figure.numerator(), figure.denominator()), null, null,
					cause);
		}
		var delivered = norms.figure(norm.id(), period.start());
		if (delivered.isEmpty()) {
			return new NormEvaluation(norm, period, NormStatus.NO_FIGURE, null, null, FigureSource.NONE,
					Labels.text("text.steering.norms.noFigure", period.label()), null, null, cause);
		}
		var figure = delivered.get();
		return new NormEvaluation(norm, period, rule.evaluate(norm.kind(), norm.target(), figure.value(), margin),
				figure.value(), null, FigureSource.PROVIDER, Labels.text("text.steering.norms.deliveredFor", period.label()),
				figure.deliveredBy(),
				figure.deliveredAt(), cause);
	}

	private NormEvaluation deadline(Norm norm, LocalDate date) {
		var deadline = Objects.requireNonNull(norm.deadline());
		var period = DeliveredFigurePolicy.deadlinePeriod(norm, deadline);
		var delivered = norms.figure(norm.id(), period.start());
		var completedOn = delivered.map(DeliveredFigure::completedOn).orElse(null);
		var status = rule.evaluateDeadline(deadline, completedOn, date);
		var cause = norms.causeAnalysis(norm.id(), period.start()).orElse(null);
		return new NormEvaluation(norm, period, status, null, completedOn,
				delivered.isPresent() ? FigureSource.PROVIDER : FigureSource.NONE,
				delivered.isPresent() ? Labels.text("text.steering.norms.delivered") : Labels.text("text.steering.norms.notReported"),
				delivered.map(DeliveredFigure::deliveredBy).orElse(null),
				delivered.map(DeliveredFigure::deliveredAt).orElse(null), cause);
	}

	/** Individual social work's share of the budget of individual plus collective social work (memo 001, ISW-5). */
	private BigDecimal budgetShare(Assignment assignment) {
		var budget = Budget.of(steering.financingLines(assignment));
		Map<String, Long> perCode = new java.util.HashMap<>();
		for (var type : steering.typesOfWork(assignment)) {
			perCode.put(type.code(), budget.of(type.id()).cents());
		}
		var individual = perCode.getOrDefault("INDIVIDUAL_SOCIAL_WORK", 0L);
		var both = individual + perCode.getOrDefault("COLLECTIVE_SOCIAL_WORK", 0L);
		return both == 0 ? BigDecimal.ZERO.setScale(2) : Figures.percentage(individual, both);
	}
}
