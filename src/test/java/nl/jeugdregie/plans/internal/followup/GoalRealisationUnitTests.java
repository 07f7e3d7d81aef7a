package nl.jeugdregie.plans.internal.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** PLAN-5, MON-3: the goal counts an evaluation publishes. */
class GoalRealisationUnitTests {

	static GoalProgress measured(UUID goal, String on, int score, GoalStatus status) {
		return new GoalProgress(UUID.randomUUID(), goal, LocalDate.parse(on), score, status, null, "jp");
	}

	@Test
	@DisplayName("PLAN-5: counts goals agreed, realised (latest status) and improved (latest score above the first)")
	void countsAgreedRealisedAndImprovedGoals() {
		var realised = UUID.randomUUID();
		var worse = UUID.randomUUID();
		var unmeasured = UUID.randomUUID();
		var progress = Map.of(
				realised, List.of(measured(realised, "2026-09-01", 3, GoalStatus.ON_TRACK),
						measured(realised, "2026-11-16", 9, GoalStatus.REALISED)),
				worse, List.of(measured(worse, "2026-09-01", 6, GoalStatus.REALISED),
						measured(worse, "2026-11-16", 4, GoalStatus.ON_TRACK)));

		assertThat(GoalRealisation.of(List.of(realised, worse, unmeasured), progress))
				.isEqualTo(new GoalRealisation(3, 1, 1));
	}

	@Test
	void countsNothingForAPlanWithoutProgress() {
		assertThat(GoalRealisation.of(List.of(UUID.randomUUID()), Map.of())).isEqualTo(new GoalRealisation(1, 0, 0));
	}
}
