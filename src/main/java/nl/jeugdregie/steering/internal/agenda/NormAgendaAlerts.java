package nl.jeugdregie.steering.internal.agenda;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.jeugdregie.platform.text.Labels;
import nl.jeugdregie.steering.internal.assignment.Assignment;
import nl.jeugdregie.steering.internal.norms.NormEvaluations;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The norms missed or at risk for the agenda (STU-5, STU-6). A norm stays on every agenda for as long as it is
 * missed or at risk, not only when it changed since the last meeting: the memo asks the provider to keep reporting
 * on it until the trend has turned.
 */
@Component
class NormAgendaAlerts {

	private final NormEvaluations evaluations;
	private final Clock clock;

	NormAgendaAlerts(NormEvaluations evaluations, Clock clock) {
		this.evaluations = evaluations;
		this.clock = clock;
	}

	List<AgendaAlert> normAlerts(Assignment assignment, @Nullable LocalDate since) {
		return evaluations.needingAttentionOn(assignment.id(), LocalDate.now(clock)).stream()
				.map(evaluation -> new AgendaAlert(AgendaItemKind.NORM, evaluation.norm().id(),
						Labels.text("text.steering.agenda.norm.title", evaluation.norm().code(),
								evaluation.status().dutchName(), evaluation.norm().description()),
						Labels.text("text.steering.agenda.norm.explanation", evaluation.norm().typeOfWorkName(),
								evaluation.period().label(), evaluation.figureText(),
								evaluation.causeAnalysisRequired() ? evaluation.causeAnalysisDelivered()
										? Labels.text("text.steering.agenda.norm.causeAnalysisDelivered")
										: Labels.text("text.steering.agenda.norm.causeAnalysisMissing") : "")))
				.toList();
	}
}
