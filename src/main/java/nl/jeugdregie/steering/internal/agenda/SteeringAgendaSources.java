package nl.jeugdregie.steering.internal.agenda;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import nl.jeugdregie.platform.format.DutchFormat;
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
							"Risico met effect " + risk.effect() + ": " + risk.description(),
							risk.typeOfWorkName() + " – kans " + risk.probability() + ", schade " + risk.damage()
									+ ". Verantwoordelijk: " + blankAsUnknown(risk.responsibleParty()) + "."))
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
						"Risico opnieuw beoordeeld, effect " + entry.effect() + ": " + entry.riskDescription(),
						"Op " + DutchFormat.date(entry.assessedAt().atOffset(ZoneOffset.UTC)) + " van effect "
								+ entry.previousEffect() + " naar " + entry.effect() + ". " + entry.note()))
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
			alerts.add(new AgendaAlert(AgendaItemKind.BUDGET, null, "Totaal boven het begrotingsplafond",
					"Het berekende totaal " + budget.overall().amountText() + " ligt " + cap.roomText()
							+ " boven het plafond van " + cap.capText() + "."));
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
						"Verschil tussen memo en berekening: " + name,
						"Volgens het memo " + comparison.statedAmountText() + ", berekend uit de regels "
								+ comparison.computed().amountText() + ", verschil " + comparison.differenceText() + "."));
			}
		}
		return List.copyOf(alerts);
	}

	@Override
	public List<AgendaAlert> newRequests(Assignment assignment, @Nullable LocalDate since) {
		return governance.requests(assignment).stream()
				.filter(request -> request.undecided() || since == null
						|| !request.submittedAt().isBefore(since.atStartOfDay().toInstant(ZoneOffset.UTC)))
				.map(request -> new AgendaAlert(AgendaItemKind.REQUEST, request.id(), "Nieuwe opdracht: " + request.title(),
						request.status().dutchName() + ". Nodig: " + request.fteText() + " fte en " + request.budgetText()
								+ ". Dekking: " + request.sourceOfFunds()))
				.toList();
	}

	private static String blankAsUnknown(String text) {
		return text.isBlank() ? "niet genoemd" : text;
	}
}
