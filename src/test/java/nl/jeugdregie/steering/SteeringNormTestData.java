package nl.jeugdregie.steering;

import nl.jeugdregie.identity.MunicipalityCode;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Norms on the small test assignment of {@link SteeringTestData}: one provider-figure norm (at least 80 % per
 * quarter), one count norm (at least 11 per quarter), one computed from case data (at most 10 % Wmo referrals per
 * quarter), one first-conversation norm (90 % within 4 weeks) and a deadline norm (1-1-2022).
 */
final class SteeringNormTestData {

	record TestNorms(SteeringTestData.TestAssignment assignment, long closedWithinSixMonths, long districtAreas,
			long wmoReferrals, long firstConversation, long socialAgenda) {}

	private SteeringNormTestData() {}

	static TestNorms create(JdbcClient jdbc, MunicipalityCode municipality) {
		var assignment = SteeringTestData.create(jdbc, municipality);
		var condition = jdbc.sql("select id from steering_core_condition where type_of_work_id = ?")
				.param(assignment.typeOfWorkId()).query(Long.class).single();
		return new TestNorms(assignment,
				norm(jdbc, assignment, condition, "TST-1", "PERCENT_AT_LEAST", "80", null, "PROVIDER_FIGURES", null),
				norm(jdbc, assignment, condition, "TST-2", "COUNT_AT_LEAST", "11", null, "PROVIDER_FIGURES", null),
				norm(jdbc, assignment, condition, "TST-3", "PERCENT_AT_MOST", "10", null, "WMO_REFERRALS_AFTER_CLOSURE", null),
				norm(jdbc, assignment, condition, "TST-4", "PERCENT_AT_LEAST", "90", null, "FIRST_CONVERSATION_WITHIN_TERM", 4),
				norm(jdbc, assignment, condition, "TST-5", "DEADLINE", null, "2022-01-01", "PROVIDER_FIGURES", null));
	}

	static void linkProvider(JdbcClient jdbc, String username, long assignmentId) {
		jdbc.sql("insert into steering_provider_account (username, assignment_id) values (?, ?)")
				.params(username, assignmentId).update();
	}

	static long figures(JdbcClient jdbc, long normId) {
		return jdbc.sql("select count(*) from steering_norm_figure where norm_id = ?").param(normId)
				.query(Long.class).single();
	}

	private static long norm(JdbcClient jdbc, SteeringTestData.TestAssignment assignment, long condition, String code,
			String kind, String target, String deadline, String measure, Integer term) {
		return jdbc.sql("""
				insert into steering_norm (assignment_id, core_condition_id, code, description, kind, target, deadline, period,
				                           effective_from, measure, term_weeks, added_by, added_at)
				values (?, ?, ?, 'Testnorm', ?, cast(? as numeric), cast(? as date), 'QUARTER', date '2021-01-01', ?, ?,
				        'test', now()) returning id""")
				.params(assignment.assignmentId(), condition, code, kind, target, deadline, measure, term)
				.query(Long.class).single();
	}
}
