package nl.jeugdregie.plans.internal.plan;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.jeugdregie.intake.HelpRequestId;
import nl.jeugdregie.plans.FamilyPlanGoals;
import nl.jeugdregie.plans.HouseholdId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The plan's goals for other modules, read from plans' own tables. */
@Component
class JdbcFamilyPlanGoals implements FamilyPlanGoals {

	private final JdbcClient jdbc;

	JdbcFamilyPlanGoals(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<HouseholdId> householdOf(HelpRequestId helpRequest) {
		return jdbc.sql("select household_id from household_help_request where help_request_id = ?")
				.param(helpRequest.value()).query((rs, row) -> new HouseholdId(rs.getObject(1, UUID.class))).optional();
	}

	@Override
	public List<Goal> goalsOf(HouseholdId household) {
		return jdbc.sql("""
				select g.id, g.life_domain, g.description from plan_goal g
				join cooperation_plan p on p.id = g.plan_id
				where p.household_id = ? order by g.priority, g.recorded_at""")
				.param(household.value())
				.query((rs, row) -> new Goal(rs.getObject("id", UUID.class),
						LifeDomain.valueOf(rs.getString("life_domain")).dutchName(), rs.getString("description")))
				.list();
	}
}
