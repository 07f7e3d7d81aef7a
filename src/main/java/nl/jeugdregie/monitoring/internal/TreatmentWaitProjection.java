package nl.jeugdregie.monitoring.internal;

import java.util.List;
import nl.jeugdregie.intake.HelpRequestRegistered;
import nl.jeugdregie.intake.TreatmentStarted;
import nl.jeugdregie.platform.database.TextColumn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the treatment-wait read model current. Idempotent, because the event registry re-delivers events
 * whose handling did not complete; a start that arrives before its registration still lands.
 */
@Component
class TreatmentWaitProjection implements RegistrationProjection {

	private final JdbcClient jdbc;

	TreatmentWaitProjection(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Fed by the fold of monitoring's registration inbox, a batch in one statement (ADR 0057). */
	@Override
	public void project(List<HelpRequestRegistered> events) {
		if (events.isEmpty()) {
			return;
		}
		jdbc.sql("""
				insert into monitoring_treatment_wait (help_request_id, municipality_code, team_id, registered_on, deadline)
				select r::uuid, m, t::uuid, d::date, dl::date from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) u(r, m, t, d, dl)
				on conflict (help_request_id) do nothing""")
				.params(TextColumn.of(events, e -> e.helpRequest().value().toString()),
						TextColumn.of(events, e -> e.municipality().value()),
						TextColumn.of(events, e -> e.team().value().toString()),
						TextColumn.of(events, e -> e.registeredOn().toString()),
						TextColumn.of(events, e -> e.treatmentDeadline().toString()))
				.update();
	}

	@ApplicationModuleListener
	void on(TreatmentStarted event) {
		jdbc.sql("""
				insert into monitoring_treatment_wait (help_request_id, municipality_code, team_id, registered_on, deadline, started_on)
				values (?, ?, ?, ?, ?, ?)
				on conflict (help_request_id) do update set started_on = excluded.started_on""")
				.params(event.helpRequest().value(), event.municipality().value(), event.team().value(),
						event.registeredOn(), event.treatmentDeadline(), event.startedOn())
				.update();
	}
}
