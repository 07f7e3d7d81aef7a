package nl.jeugdregie.monitoring.internal.schools;

import nl.jeugdregie.intake.HelpRequestRegistered;
import nl.jeugdregie.monitoring.internal.RegistrationProjection;
import nl.jeugdregie.schools.ChildBackAtSchool;
import nl.jeugdregie.schools.ChildOutOfSchoolRecorded;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * OND-5, OND-7: monitoring's own read models of questions from schools (from intake's registration event with its
 * school location) and of children out of school (from the schools module's events). Idempotent: the event registry
 * re-delivers events whose handling did not complete, and a return to school may arrive before its entry.
 */
@Component
class SchoolsProjection implements RegistrationProjection {

	private final JdbcClient jdbc;

	SchoolsProjection(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Fed by monitoring's one registration listener (ADR 0053). */
	@Override
	public void project(HelpRequestRegistered event) {
		if (event.schoolLocation() == null) {
			return;
		}
		jdbc.sql("""
				insert into monitoring_school_question (help_request_id, municipality_code, school_location_id, registered_on)
				values (?, ?, ?, ?) on conflict (help_request_id) do nothing""")
				.params(event.helpRequest().value(), event.municipality().value(), event.schoolLocation().value(),
						event.registeredOn())
				.update();
	}

	@ApplicationModuleListener
	void on(ChildOutOfSchoolRecorded event) {
		jdbc.sql("""
				insert into monitoring_out_of_school (record_id, municipality_code, since) values (?, ?, ?)
				on conflict (record_id) do nothing""")
				.params(event.entry().value(), event.municipality().value(), event.since()).update();
	}

	@ApplicationModuleListener
	void on(ChildBackAtSchool event) {
		jdbc.sql("""
				insert into monitoring_out_of_school (record_id, municipality_code, since, back_at_school_on) values (?, ?, ?, ?)
				on conflict (record_id) do update set back_at_school_on = excluded.back_at_school_on""")
				.params(event.entry().value(), event.municipality().value(), event.since(), event.backOn()).update();
	}
}
