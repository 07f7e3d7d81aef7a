package nl.jeugdregie.plans.internal.household.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.jeugdregie.audit.ClientId;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.identity.TeamId;
import nl.jeugdregie.plans.HouseholdId;
import nl.jeugdregie.plans.internal.plan.Contributor;
import nl.jeugdregie.plans.internal.plan.CooperationPlan;
import nl.jeugdregie.plans.internal.plan.LifeDomain;
import nl.jeugdregie.plans.internal.plan.PlanGoal;
import nl.jeugdregie.plans.internal.plan.PlanVersion;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import nl.jeugdregie.plans.internal.household.Household;
import nl.jeugdregie.plans.internal.household.HouseholdMember;
import nl.jeugdregie.plans.internal.household.MemberRole;
import nl.jeugdregie.plans.internal.household.HouseholdFile;

/** Issue 13, item 2: the household's task list "Wat moet er nu gebeuren?" is computed from the data and today. */
class HouseholdTasksUnitTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 16);
	static final UUID ID = UUID.randomUUID();
	static final HouseholdMember MILAN = new HouseholdMember(UUID.randomUUID(), "Milan", LocalDate.of(2009, 1, 10),
			MemberRole.YOUNG_PERSON, "zoon");
	static final PlanGoal GOAL = new PlanGoal(UUID.randomUUID(), LifeDomain.EDUCATION_AND_WORK, "Naar school", 1,
			Contributor.FAMILY, null, 2, List.of());

	@Test
	@DisplayName("Issue 13 item 2: a new household asks for its people and its goals first")
	void anEmptyHouseholdAsksForPeopleAndGoals() {
		var tasks = HouseholdTasks.of(file(List.of(), List.of(), null), summary(null, null, null, List.of(), false,
				List.of()), TODAY);
		assertThat(tasks).extracting(HouseholdTask::href)
				.containsExactly("/gezinnen/" + ID + "/leden/nieuw", "/gezinnen/" + ID + "/plan/doelen");
	}

	@Test
	@DisplayName("PLAN-2: a plan version without the family's agreement is a task; an agreed version is not")
	void aVersionAwaitingAgreementIsATask() {
		var goals = List.of(new HouseholdSummary.GoalLine(GOAL, 7, "Gaat goed", TODAY));
		var meetingSoon = summary(TODAY.minusDays(30), TODAY.plusDays(60), null, goals, false, List.of());
		assertThat(HouseholdTasks.of(file(List.of(MILAN), List.of(GOAL), null), meetingSoon, TODAY))
				.extracting(HouseholdTask::text).containsExactly("Vragen wat het gezin van versie 2 vindt");
		assertThat(HouseholdTasks.of(file(List.of(MILAN), List.of(GOAL), true), meetingSoon, TODAY)).isEmpty();
	}

	@Test
	@DisplayName("PLAN-1: an MDO within a week is due, a passed MDO is overdue, a later one is no task yet")
	void anMdoIsDueWithinAWeekAndOverdueAfterItsDate() {
		var goals = List.of(new HouseholdSummary.GoalLine(GOAL, 7, "Gaat goed", TODAY));
		var file = file(List.of(MILAN), List.of(GOAL), true);
		assertThat(HouseholdTasks.of(file, summary(TODAY.minusDays(30), TODAY.plusDays(7), null, goals, false,
				List.of()), TODAY)).singleElement().satisfies(t -> {
					assertThat(t.href()).isEqualTo("/gezinnen/" + ID + "/mdo");
					assertThat(t.urgency()).isEqualTo(HouseholdTask.Urgency.DUE);
					assertThat(t.tag()).isEqualTo("Op 23-11-2026");
				});
		assertThat(HouseholdTasks.of(file, summary(TODAY.minusDays(30), TODAY.minusDays(1), null, goals, false,
				List.of()), TODAY)).singleElement().extracting(HouseholdTask::urgency)
				.isEqualTo(HouseholdTask.Urgency.OVERDUE);
		assertThat(HouseholdTasks.of(file, summary(TODAY.minusDays(30), TODAY.plusDays(8), null, goals, false,
				List.of()), TODAY)).isEmpty();
		assertThat(HouseholdTasks.of(file, summary(null, null, null, goals, false, List.of()), TODAY))
				.extracting(HouseholdTask::text).containsExactly("Het eerste MDO houden");
	}

	@Test
	@DisplayName("PLAN-5: an MDO without an evaluation and a goal without progress are tasks")
	void anUnevaluatedMdoAndAGoalWithoutProgressAreTasks() {
		var goals = List.of(new HouseholdSummary.GoalLine(GOAL, null, null, null));
		var tasks = HouseholdTasks.of(file(List.of(MILAN), List.of(GOAL), true),
				summary(TODAY.minusDays(3), TODAY.plusDays(60), TODAY.minusDays(3), goals, false, List.of()), TODAY);
		assertThat(tasks).extracting(HouseholdTask::href).containsExactly(
				"/gezinnen/" + ID + "/voortgang#evalueren-kop", "/gezinnen/" + ID + "/voortgang#voortgang-vastleggen-kop");
		assertThat(tasks.get(1).text()).isEqualTo("Voortgang vastleggen: prioriteit 1, Onderwijs en werk");
	}

	@Test
	@DisplayName("PLAN-4: a young person turning 18 within the horizon without a future plan is a task")
	void aYoungPersonTurning18WithoutAFuturePlanIsATask() {
		var goals = List.of(new HouseholdSummary.GoalLine(GOAL, 7, "Gaat goed", TODAY));
		var file = file(List.of(MILAN), List.of(GOAL), true);
		var without = new HouseholdSummary.YoungPersonLine(MILAN.id(), "Milan", LocalDate.of(2027, 1, 10), null);
		var with = new HouseholdSummary.YoungPersonLine(MILAN.id(), "Milan", LocalDate.of(2027, 1, 10), UUID.randomUUID());
		var beyond = new HouseholdSummary.YoungPersonLine(MILAN.id(), "Milan", LocalDate.of(2028, 1, 10), null);
		assertThat(HouseholdTasks.of(file, summary(TODAY, TODAY.plusDays(60), null, goals, false, List.of(without)), TODAY))
				.singleElement().satisfies(t -> {
					assertThat(t.text()).isEqualTo("Toekomstplan 18-/18+ maken voor Milan");
					assertThat(t.tag()).isEqualTo("18 op 10-1-2027");
				});
		assertThat(HouseholdTasks.of(file, summary(TODAY, TODAY.plusDays(60), null, goals, false, List.of(with)), TODAY))
				.isEmpty();
		assertThat(HouseholdTasks.of(file, summary(TODAY, TODAY.plusDays(60), null, goals, false, List.of(beyond)), TODAY))
				.isEmpty();
	}

	@Test
	@DisplayName("PLAN-5: a closed plan has nothing left to do")
	void aClosedPlanHasNoTasks() {
		var goals = List.of(new HouseholdSummary.GoalLine(GOAL, null, null, null));
		assertThat(HouseholdTasks.of(file(List.of(), List.of(GOAL), null),
				summary(TODAY.minusDays(40), TODAY.minusDays(3), TODAY.minusDays(40), goals, true, List.of()), TODAY))
				.isEmpty();
	}

	private static HouseholdFile file(List<HouseholdMember> members, List<PlanGoal> goals, @Nullable Boolean agreed) {
		var household = new Household(new HouseholdId(ID), "GZ-2026-000001", new ClientId(UUID.randomUUID()),
				new MunicipalityCode("0828"), new TeamId(UUID.randomUUID()), "Gezin De Vries", "sanne", "sanne",
				Instant.parse("2026-11-02T09:00:00Z"), 0);
		var version = new PlanVersion(2, "Doel toegevoegd", "sanne", Instant.parse("2026-11-03T09:00:00Z"), agreed,
				agreed == null ? null : TODAY.minusDays(1), null);
		var plan = new CooperationPlan(UUID.randomUUID(), 2, List.of(version), List.of(), goals);
		return new HouseholdFile(household, members, List.of(), List.of(), plan, List.of(), List.of());
	}

	private static HouseholdSummary summary(@Nullable LocalDate last, @Nullable LocalDate next,
			@Nullable LocalDate unevaluated, List<HouseholdSummary.GoalLine> goals, boolean closed,
			List<HouseholdSummary.YoungPersonLine> youngPeople) {
		return new HouseholdSummary(last, next, unevaluated, goals, List.of(), closed, youngPeople,
				TODAY.plusMonths(6));
	}
}
