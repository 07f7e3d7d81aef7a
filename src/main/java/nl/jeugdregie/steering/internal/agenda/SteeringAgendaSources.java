package nl.jeugdregie.steering.internal.agenda;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import nl.jeugdregie.platform.format.DutchFormat;
import nl.jeugdregie.platform.text.Labels;
import nl.jeugdregie.steering.internal.assignment.Assignment;
import nl.jeugdregie.steering.internal.assignment.SteeringRepository;
import nl.jeugdregie.steering.internal.assignment.TypeOfWork;
import nl.jeugdregie.steering.internal.financing.Budget;
import nl.jeugdregie.steering.internal.financing.BudgetCapStatus;
import nl.jeugdregie.steering.internal.financing.StatedFigureComparison;
import nl.jeugdregie.steering.internal.governance.GovernanceRepository;
import nl.jeugdregie.steering.internal.risk.RiskReassessment;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The agenda's sources as far as the steering module has them today: the risk register, the financing (cap and
 * the document's stated figures) and the new assignment requests. Norms come through
 * {@link NormAgendaAlerts}.
 */
@Component
public class SteeringAgendaSources implements AgendaSources {

	/** Memo 001 puts risks with an effect of 6 or 9 on the agenda (the red band of the heat map). */
	public static final int HIGH_EFFECT = 6;

	private final SteeringRepository steering;
	private final GovernanceRepository governance;
	private final NormAgendaAlerts norms;

	SteeringAgendaSources(SteeringRepository steering, GovernanceRepository governance,
			NormAgendaAlerts norms) {
		this.steering = steering;
		this.governance = governance;
		this.norms = norms;
	}

	@Override
	public List<AgendaAlert> highRisks(Assignment assignment, @Nullable LocalDate since) {
		if (since == null) {
			return steering.risks(assignment).stream().filter(risk -> risk.effect() >= HIGH_EFFECT)
					.map(risk -> new AgendaAlert(AgendaItemKind.RISK, risk.id(),
							Labels.text("text.steering.agenda.risk.title", risk.effect(), risk.description()),
							Labels.text("text.steering.agenda.risk.explanation", risk.typeOfWorkName(), risk.probability(),
									risk.damage(), blankAsUnknown(risk.responsibleParty()))))
					.toList();
		}
		// Newest re-assessment per risk; it is on the agenda when the risk is high now, or was high before.
		var latest = new LinkedHashMap<Long, RiskReassessment>();
		for (var reassessment : governance.reassessedSince(assignment, since)) {
			latest.putIfAbsent(reassessment.riskId(), reassessment);
		}
		return latest.values().stream()
				.filter(entry -> entry.effect() >= HIGH_EFFECT || entry.previousEffect() >= HIGH_EFFECT)
				.map(entry -> new AgendaAlert(AgendaItemKind.RISK, entry.riskId(),
						Labels.text("text.steering.agenda.reassessed.title", entry.effect(), entry.riskDescription()),
						Labels.text("text.steering.agenda.reassessed.explanation",
								DutchFormat.date(entry.assessedAt().atOffset(ZoneOffset.UTC)), entry.previousEffect(),
								entry.effect(), entry.note())))
				.toList();
	}

	@Override
	public List<AgendaAlert> normAlerts(Assignment assignment, @Nullable LocalDate since) {
		return norms.normAlerts(assignment, since);
	}

	@Override
	public List<AgendaAlert> budgetDeviations(Assignment assignment, @Nullable LocalDate since) {
		var alerts = new ArrayList<AgendaAlert>();
		var budget = Budget.of(steering.financingLines(assignment));
		var cap = new BudgetCapStatus(assignment.budgetCapCents(), budget.overall().cents());
		if (cap.overCap()) {
			alerts.add(new AgendaAlert(AgendaItemKind.BUDGET, null, Labels.text("text.steering.agenda.overCap.title"),
					Labels.text("text.steering.agenda.overCap.explanation", budget.overall().amountText(), cap.roomText(),
							cap.capText())));
		}
		var types = steering.typesOfWork(assignment);
		for (var stated : steering.statedFigures(assignment)) {
			if (stated.typeOfWorkId() == null) {
				continue;
			}
			var comparison = new StatedFigureComparison(stated.label(), stated.fte(), stated.cents(),
					budget.of(stated.typeOfWorkId()));
			if (!comparison.matches()) {
				var name = types.stream().filter(type -> type.id() == stated.typeOfWorkId()).map(TypeOfWork::name)
						.findFirst().orElse(stated.label());
				alerts.add(new AgendaAlert(AgendaItemKind.BUDGET, stated.typeOfWorkId(),
						Labels.text("text.steering.agenda.statedDiffers.title", name),
						Labels.text("text.steering.agenda.statedDiffers.explanation", comparison.statedAmountText(),
								comparison.computed().amountText(), comparison.differenceText())));
			}
		}
		return List.copyOf(alerts);
	}

	@Override
	public List<AgendaAlert> newRequests(Assignment assignment, @Nullable LocalDate since) {
		return governance.requests(assignment).stream()
				.filter(request -> request.undecided() || since == null
						|| !request.submittedAt().isBefore(since.atStartOfDay().toInstant(ZoneOffset.UTC)))
				.map(request -> new AgendaAlert(AgendaItemKind.REQUEST, request.id(),
						Labels.text("text.steering.agenda.request.title", request.title()),
						Labels.text("text.steering.agenda.request.explanation", request.status().dutchName(),
								request.fteText(), request.budgetText(), request.sourceOfFunds())))
				.toList();
	}

	private static String blankAsUnknown(String text) {
		return text.isBlank() ? Labels.text("text.steering.agenda.risk.noOneNamed") : text;
	}
}
