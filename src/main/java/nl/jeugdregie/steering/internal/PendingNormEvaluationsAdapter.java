package nl.jeugdregie.steering.internal;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The norms missed or at risk for the agenda. TEMPORARY: the measurable norms and their evaluation (met / at risk
 * / missed) are built on a parallel branch ({@code NormEvaluations}); until that is merged this adapter finds no
 * alerts. At merge, delegate to {@code NormEvaluations} here; nothing else changes.
 */
@Component
class PendingNormEvaluationsAdapter {

	List<AgendaAlert> normAlerts(Assignment assignment, @Nullable LocalDate since) {
		return List.of();
	}
}
