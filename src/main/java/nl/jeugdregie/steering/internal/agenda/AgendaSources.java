package nl.jeugdregie.steering.internal.agenda;

import java.time.LocalDate;
import java.util.List;
import nl.jeugdregie.steering.internal.assignment.Assignment;
import org.jspecify.annotations.Nullable;

/**
 * What a meeting's agenda is prepared from (STU-6): the changes since a day, or everything open when there was no
 * earlier meeting ({@code since} null). Kept small so each source can come from where it is computed.
 */
public interface AgendaSources {

	/** Risks with an effect of 6 or more: all of them for a first meeting, else the ones re-assessed since. */
	List<AgendaAlert> highRisks(Assignment assignment, @Nullable LocalDate since);

	/** Norms missed or at risk. */
	List<AgendaAlert> normAlerts(Assignment assignment, @Nullable LocalDate since);

	/** Budget deviations: the total above the cap, and document figures that differ from the computed ones. */
	List<AgendaAlert> budgetDeviations(Assignment assignment, @Nullable LocalDate since);

	/** New assignment requests submitted since, and those still waiting for a decision. */
	List<AgendaAlert> newRequests(Assignment assignment, @Nullable LocalDate since);
}
