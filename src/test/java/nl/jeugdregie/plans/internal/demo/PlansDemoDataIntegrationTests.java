package nl.jeugdregie.plans.internal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.identity.UserAccounts;
import nl.jeugdregie.plans.internal.futureplan.FuturePlanService;
import nl.jeugdregie.plans.internal.futureplan.FuturePlanViews;
import nl.jeugdregie.plans.internal.household.HouseholdService;
import nl.jeugdregie.plans.internal.socialwork.SocialWorkService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo content of PLAN-4 and PLAN-8: a young person turning 18 without a plan and adult trajectories. */
@IntegrationTest
class PlansDemoDataIntegrationTests {

	@Autowired TestFixtures fixtures;
	@Autowired UserAccounts accounts;
	@Autowired HouseholdService households;
	@Autowired nl.jeugdregie.intake.HelpRequestRegistration registration;
	@Autowired FuturePlanService futurePlans;
	@Autowired SocialWorkService socialWork;
	@Autowired JdbcClient jdbc;
	@Autowired Clock clock;

	@Test
	@DisplayName("PLAN-4, PLAN-8: the demo puts a young person turning 18 on the worklist and an evaluation reminder, once")
	void generatesAYoungPersonTurningEighteenAndAdultTrajectoriesOnce() {
		var world = fixtures.newWorld();
		var user = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		var demo = new PlansDemoData(accounts, households, registration, socialWork, jdbc, clock, user.username());

		demo.start();
		demo.start();

		assertThat(futurePlans.worklist(user).rows()).extracting(FuturePlanViews.WorklistRow::name)
				.containsExactly("Emre Yilmaz");
		var worklist = socialWork.worklist(user);
		assertThat(worklist.open()).hasSize(2);
		assertThat(worklist.reminders()).extracting(v -> v.trajectory().residentName()).containsExactly("Henk Visser");
	}
}
