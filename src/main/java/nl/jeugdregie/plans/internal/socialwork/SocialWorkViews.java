package nl.jeugdregie.plans.internal.socialwork;

import java.util.List;

/** What the social work pages and API show (PLAN-8, PLAN-9). */
public final class SocialWorkViews {

	private SocialWorkViews() {}

	/** A trajectory with its clock on today and the norms it runs under. */
	public record Trajectory(SocialWorkTrajectory trajectory, SocialWorkClock clock, SocialWorkTerms terms) {

		public boolean mayHoldClarificationConversation() {
			return ClarificationConversationLimit.check(trajectory.state(), trajectory.clarificationConversations(),
					terms.maxClarifications()).isEmpty();
		}

		public boolean mayCompleteClarification() {
			return trajectory.state() instanceof TrajectoryState.Clarifying;
		}

		public boolean mayRecordContact() {
			return trajectory.state() instanceof TrajectoryState.InTrajectory;
		}

		public boolean mayClose() {
			return trajectory.state().open();
		}
	}

	/** The team's open trajectories: the evaluation reminders ("evaluatie binnenkort / termijn verlopen") and all. */
	public record Worklist(String team, List<Trajectory> reminders, List<Trajectory> open) {}
}
