package nl.jeugdregie.monitoring.internal;

import nl.jeugdregie.intake.HelpRequestRegistered;
import nl.jeugdregie.intake.TreatmentStarted;
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

	/** Fed by monitoring's one registration listener (ADR 0053). */
	@Override
	public void project(HelpRequestRegistered event) {
		jdbc.sql("""
				insert into monitoring_treatment_wait (help_request_id, municipality_code, team_id, registered_on, deadline)
				values (?, ?, ?, ?, ?) on conflict (help_request_id) do nothing""")
				.params(event.helpRequest().value(), event.municipality().value(), event.team().value(),
						event.registeredOn(), event.treatmentDeadline())
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
