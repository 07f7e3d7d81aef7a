package nl.jeugdregie.plans.internal.followup;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.jeugdregie.plans.ContinuationOutcome;
import nl.jeugdregie.plans.internal.household.TextInputPolicy;
import nl.jeugdregie.plans.internal.plan.Contributor;
import org.jspecify.annotations.Nullable;

/**
 * What the UI and the API ask to record about following a plan: an MDO, progress on a goal, an evaluation
 * (PLAN-1, PLAN-5). Field names are the form fields' names, so a refusal names its field in both.
 */
final class FollowUpCommands {

	private FollowUpCommands() {}

	/** Someone at an MDO: the family (resident), its network, a professional or a provider. */
	record Participant(@Nullable String name, @Nullable Contributor kind, @Nullable Boolean present) {

		boolean filledIn() {
			return TextInputPolicy.present(name) || kind != null;
		}

		boolean familyPresent() {
			return kind == Contributor.FAMILY && Boolean.TRUE.equals(present);
		}
	}

	record NewMeeting(@Nullable LocalDate heldOn, @Nullable List<Participant> participants,
			@Nullable List<String> agenda, @Nullable List<String> decisions, @Nullable String absenceReason,
			@Nullable LocalDate nextMeetingOn) {

		/** The participant rows that were filled in; empty rows of the form are no participants. */
		List<Participant> filledInParticipants() {
			return participants == null ? List.of()
					: participants.stream().filter(p -> p != null && p.filledIn()).toList();
		}

		List<String> agendaItems() {
			return lines(agenda);
		}

		List<String> decisionItems() {
			return lines(decisions);
		}

		private static List<String> lines(@Nullable List<String> items) {
			return items == null ? List.of()
					: items.stream().filter(TextInputPolicy::present).map(String::strip).toList();
		}
	}

	record NewProgress(@Nullable UUID progressGoal, @Nullable LocalDate measuredOn, @Nullable Integer score,
			@Nullable GoalStatus status, @Nullable String progressNote) {}

	record NewEvaluation(@Nullable EvaluationMoment moment, @Nullable LocalDate evaluatedOn, @Nullable UUID meeting,
			@Nullable ContinuationOutcome continuation, @Nullable String remarks, @Nullable Boolean remarksInternal) {}
}
