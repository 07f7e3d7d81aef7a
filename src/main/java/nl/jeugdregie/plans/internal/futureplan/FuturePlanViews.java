package nl.jeugdregie.plans.internal.futureplan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.jeugdregie.plans.internal.household.HouseholdFile;
import nl.jeugdregie.plans.internal.household.HouseholdMember;
import org.jspecify.annotations.Nullable;

/** What the future plan pages and API show (PLAN-4). */
public final class FuturePlanViews {

	private FuturePlanViews() {}

	/** A young person of the household: age, 18th birthday, whether a future plan may be made, and the plan. */
	public record YoungPerson(HouseholdMember member, @Nullable Integer age, @Nullable LocalDate eighteenthBirthday,
			boolean eligible, @Nullable UUID planId) {}

	/** The household's future plans page. */
	public record Overview(HouseholdFile file, List<YoungPerson> youngPeople, FuturePlanAgePolicy.AgeRange ages) {

		public List<YoungPerson> withoutPlan() {
			return youngPeople.stream().filter(p -> p.planId() == null).toList();
		}

		public List<YoungPerson> withPlan() {
			return youngPeople.stream().filter(p -> p.planId() != null).toList();
		}
	}

	/** One young person's future plan. */
	public record PlanPage(HouseholdFile file, FuturePlan plan, YoungPerson youngPerson) {}

	/** A row of the team's worklist: turns 18 within the horizon and has no future plan. */
	public record WorklistRow(UUID householdId, String householdNumber, UUID memberId, String name,
			LocalDate dateOfBirth, LocalDate eighteenthBirthday, long daysUntil) {}

	public record Worklist(String team, int horizonMonths, LocalDate until, List<WorklistRow> rows) {}

	/** The outcome of opening a page; a refusal is audited. */
	public sealed interface Opening<T> {
		record Opened<T>(T view) implements Opening<T> {}

		record NotFound<T>() implements Opening<T> {}

		record Forbidden<T>() implements Opening<T> {}
	}
}
