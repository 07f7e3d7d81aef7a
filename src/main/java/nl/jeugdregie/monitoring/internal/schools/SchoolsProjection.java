package nl.jeugdregie.monitoring.internal.schools;

import java.util.List;
import nl.jeugdregie.intake.HelpRequestRegistered;
import nl.jeugdregie.monitoring.internal.RegistrationProjection;
import nl.jeugdregie.platform.database.TextColumn;
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

	/** Fed by the fold of monitoring's registration inbox, a batch in one statement (ADR 0057). */
	@Override
	public void project(List<HelpRequestRegistered> events) {
		var fromSchools = events.stream().filter(e -> e.schoolLocation() != null).toList();
		if (fromSchools.isEmpty()) {
			return;
		}
		jdbc.sql("""
				insert into monitoring_school_question (help_request_id, municipality_code, school_location_id, registered_on)
				select r::uuid, m, s::uuid, d::date from unnest(?::text[], ?::text[], ?::text[], ?::text[]) u(r, m, s, d)
				on conflict (help_request_id) do nothing""")
				.params(TextColumn.of(fromSchools, e -> e.helpRequest().value().toString()),
						TextColumn.of(fromSchools, e -> e.municipality().value()),
						TextColumn.of(fromSchools, e -> String.valueOf(e.schoolLocation())),
						TextColumn.of(fromSchools, e -> e.registeredOn().toString()))
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
