package nl.jeugdregie.steering;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The effect chain side of the small test assignment (STU-2): its one goal, and a figure the provider delivered for
 * norm TST-1 (at least 80 % per quarter) over the third quarter of 2026, the last quarter ended on the tests' today.
 */
final class EffectChainTestData {

	private EffectChainTestData() {}

	static long goal(JdbcClient jdbc, long typeOfWorkId) {
		return jdbc.sql("select id from steering_goal where type_of_work_id = ?").param(typeOfWorkId)
				.query(Long.class).single();
	}

	static void deliverThirdQuarter(JdbcClient jdbc, long normId, String value) {
		jdbc.sql("""
				insert into steering_norm_figure (norm_id, period_start, period_end, value, delivered_by, delivered_at)
				values (?, date '2026-07-01', date '2026-09-30', cast(? as numeric), 'aanbieder-test', now())""")
				.params(normId, value).update();
	}

	static long indicator(JdbcClient jdbc, long goalId, String name, Long normId) {
		return jdbc.sql("""
				insert into steering_indicator (goal_id, position, name, measures, unit, norm_id, target, added_by, added_at)
				values (?, (select coalesce(max(position), 0) + 1 from steering_indicator where goal_id = ?), ?,
				        'Aandeel', '%', ?, 80, 'test', now()) returning id""")
				.params(goalId, goalId, name, normId).query(Long.class).single();
	}

	static long indicators(JdbcClient jdbc, long goalId) {
		return jdbc.sql("select count(*) from steering_indicator where goal_id = ?").param(goalId)
				.query(Long.class).single();
	}

	static String link(JdbcClient jdbc, long typeOfWorkId, String link) {
		return jdbc.sql("select text from steering_effect_chain_link where type_of_work_id = ? and link = ?")
				.params(typeOfWorkId, link).query(String.class).optional().orElse("");
	}
}
