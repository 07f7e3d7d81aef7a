package nl.jeugdregie.steering;

import nl.jeugdregie.identity.MunicipalityCode;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A small assignment for a test's own municipality, so tests that change an assignment never touch Oss's real one:
 * one type of work (youth) with one risk (probability 2, damage 2) and one line of € 9.000,00 under a cap of
 * € 10.000,00.
 */
final class SteeringTestData {

	static final long CAP_CENTS = 1_000_000;
	static final long LINE_CENTS = 900_000;

	record TestAssignment(long assignmentId, long typeOfWorkId, long riskId) {}

	private SteeringTestData() {}

	static TestAssignment create(JdbcClient jdbc, MunicipalityCode municipality) {
		var assignment = jdbc.sql("""
				insert into steering_assignment (municipality_code, year, provider_name, title, source, budget_cap_cents)
				values (?, 2026, 'Testaanbieder', 'Opdracht welzijnswerk 2026', 'Test', ?) returning id""")
				.params(municipality.value(), CAP_CENTS).query(Long.class).single();
		var type = jdbc.sql("""
				insert into steering_type_of_work (assignment_id, position, code, name, target_group, desired_situation)
				values (?, 1, 'YOUTH_WORK', 'Jongerenwerk', 'YOUTH', 'Alle jongeren doen mee.') returning id""")
				.param(assignment).query(Long.class).single();
		jdbc.sql("insert into steering_goal (type_of_work_id, position, heading, text) values (?, 1, null, 'Jongeren zijn bekend.')")
				.param(type).update();
		jdbc.sql("insert into steering_core_condition (type_of_work_id, position, title, text) values (?, 1, 'Kernbeding', 'Jongerenwerkers werken in de wijk.')")
				.param(type).update();
		var risk = jdbc.sql("""
				insert into steering_risk (type_of_work_id, position, description, kind, probability, damage, precondition,
				                           responsible_party, where_agreed)
				values (?, 1, 'Jongeren komen steeds later samen.', 'RISK', 2, 2, 'Werktijden aanpassen.', 'Aanbieder',
				        'Overeenkomst') returning id""")
				.param(type).query(Long.class).single();
		jdbc.sql("""
				insert into steering_financing_line (assignment_id, type_of_work_id, position, label, fte, amount_cents,
				                                     category, target_group, proeftuin, added_by, added_at)
				values (?, ?, 1, 'Jongerenwerkers', 0.10, ?, 'STAFF', 'YOUTH', false, 'test', now())""")
				.params(assignment, type, LINE_CENTS).update();
		return new TestAssignment(assignment, type, risk);
	}

	static long lines(JdbcClient jdbc, long assignmentId) {
		return jdbc.sql("select count(*) from steering_financing_line where assignment_id = ?").param(assignmentId)
				.query(Long.class).single();
	}

	static long reassessments(JdbcClient jdbc, long riskId) {
		return jdbc.sql("select count(*) from steering_risk_assessment where risk_id = ?").param(riskId)
				.query(Long.class).single();
	}
}
