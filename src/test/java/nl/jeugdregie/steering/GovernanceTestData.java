package nl.jeugdregie.steering;

import java.time.LocalDate;
import nl.jeugdregie.identity.MunicipalityCode;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A meeting with one agenda item and an undecided assignment request, for the test's own municipality. */
final class GovernanceTestData {

	record TestGovernance(SteeringTestData.TestAssignment assignment, long meetingId, long itemId, long requestId) {}

	private GovernanceTestData() {}

	static TestGovernance create(JdbcClient jdbc, MunicipalityCode municipality, LocalDate meetingDate) {
		var assignment = SteeringTestData.create(jdbc, municipality);
		var meeting = jdbc.sql("""
				insert into steering_meeting (municipality_code, assignment_id, meeting_type, held_on, planned_by, planned_at)
				values (?, ?, 'TRANSFORMATION', ?, 'test', now()) returning id""")
				.params(municipality.value(), assignment.assignmentId(), meetingDate).query(Long.class).single();
		var item = jdbc.sql("""
				insert into steering_agenda_item (meeting_id, position, kind, subject_id, title, detail)
				values (?, 1, 'RISK', ?, 'Risico met effect 6: Jongeren komen steeds later samen.', 'Jongerenwerk') returning id""")
				.params(meeting, assignment.riskId()).query(Long.class).single();
		var request = jdbc.sql("""
				insert into steering_assignment_request (assignment_id, title, current_situation, desired_situation, fit, fte,
				       budget_cents, source_of_funds, target_group, submitted_by, submitted_at)
				values (?, 'Buurtsportcoach', 'Geen aanbod.', 'Elke wijk een coach.', 'Past.', 0.50, 50000, 'Herschikking',
				        'YOUTH', 'test', timestamptz '2026-11-02 10:00:00+00') returning id""")
				.param(assignment.assignmentId()).query(Long.class).single();
		return new TestGovernance(assignment, meeting, item, request);
	}

	static long count(JdbcClient jdbc, String sql, Object parameter) {
		return jdbc.sql(sql).param(parameter).query(Long.class).single();
	}
}
