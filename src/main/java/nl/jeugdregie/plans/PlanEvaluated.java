package nl.jeugdregie.plans;

import java.time.LocalDate;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.identity.TeamId;
import org.jmolecules.event.annotation.DomainEvent;
import org.jspecify.annotations.Nullable;

/**
 * A household's plan was evaluated (PLAN-5): at an MDO, at closure or at a handover. Counts only, no personal
 * data; monitoring turns them into the outcome indicators "agreed goals realised" and "problems reduced" (MON-3).
 *
 * @param goalsAgreed goals in the plan at this evaluation
 * @param goalsRealised of those, goals recorded as realised
 * @param goalsImproved of those, goals whose latest progress score is higher than their first (problems reduced)
 * @param outcome the CBS continuation outcome, recorded at closure and handover only
 */
@DomainEvent
public record PlanEvaluated(HouseholdId household, MunicipalityCode municipality, TeamId team, LocalDate on,
		Moment moment, int goalsAgreed, int goalsRealised, int goalsImproved, @Nullable ContinuationOutcome outcome) {

	public PlanEvaluated {
		if (goalsAgreed < 0 || goalsRealised < 0 || goalsImproved < 0 || goalsRealised > goalsAgreed
				|| goalsImproved > goalsAgreed) {
			throw new IllegalArgumentException("Goal counts are between 0 and the number of goals agreed");
		}
	}

	/** When the plan was evaluated. */
	public enum Moment {
		MDO, CLOSURE, HANDOVER
	}
}
