package nl.jeugdregie.steering.internal.report;

import java.time.LocalDate;
import java.util.List;
import nl.jeugdregie.steering.internal.assignment.Assignment;
import nl.jeugdregie.steering.internal.assignment.Goal;
import nl.jeugdregie.steering.internal.assignment.TypeOfWork;
import nl.jeugdregie.steering.internal.financing.Budget;
import nl.jeugdregie.steering.internal.financing.BudgetCapStatus;
import nl.jeugdregie.steering.internal.financing.Figure;
import nl.jeugdregie.steering.internal.financing.StatedFigureComparison;
import nl.jeugdregie.steering.internal.governance.AgendaItem;
import nl.jeugdregie.steering.internal.governance.AssignmentRequest;
import nl.jeugdregie.steering.internal.governance.Meeting;
import nl.jeugdregie.steering.internal.risk.Risk;
import org.jspecify.annotations.Nullable;

/**
 * The half-yearly progress report or the yearly council overview (memo 001 section 6, STU-6): the assignment's
 * types of work with their goals, the risks, the financing (computed next to stated), and the meetings with their
 * decisions in the period.
 */
public record ProgressReport(String title, String municipalityName, Assignment assignment, LocalDate from, LocalDate to,
		List<TypeSection> types, List<Risk> risks, Budget budget, BudgetCapStatus cap, List<MeetingSection> meetings,
		List<AssignmentRequest> requests) {

	public record TypeSection(TypeOfWork type, List<Goal> goals, Figure computed, @Nullable StatedFigureComparison stated) {}

	public record MeetingSection(Meeting meeting, List<AgendaItem> items) {}

	enum Kind {
		/** Half-yearly progress report: a half year. */
		PROGRESS,
		/** Yearly council overview: the whole year, around July. */
		COUNCIL
	}
}
