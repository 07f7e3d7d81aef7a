package nl.jeugdregie.steering.internal.norms;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.identity.TodayItem;
import nl.jeugdregie.identity.WorkForToday;
import nl.jeugdregie.platform.text.Labels;
import nl.jeugdregie.steering.internal.assignment.AssignmentOfUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The policy officer's start page item (issue 13, item 3): the norms of the assignment to the welfare provider that
 * are missed or at risk today (STU-5), as on {@code /sturing/normen}. No client data.
 */
@Component
class NormWorkForToday implements WorkForToday {

	private final NormEvaluations evaluations;
	private final AssignmentOfUser assignments;
	private final Clock clock;

	NormWorkForToday(NormEvaluations evaluations, AssignmentOfUser assignments, Clock clock) {
		this.evaluations = evaluations;
		this.assignments = assignments;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<TodayItem> itemsFor(CurrentUser user) {
		if (user.role() != Role.POLICY_OFFICER) {
			return List.of();
		}
		return assignments.of(user).map(assignment -> {
			var attention = evaluations.needingAttentionOn(assignment.id(), LocalDate.now(clock));
			return List.of(new TodayItem(31, Labels.text("text.steering.norms.today.title"), attention.size(),
					Labels.text("text.steering.norms.today.explanation"), "/sturing/normen",
					!attention.isEmpty()));
		}).orElse(List.of());
	}
}
