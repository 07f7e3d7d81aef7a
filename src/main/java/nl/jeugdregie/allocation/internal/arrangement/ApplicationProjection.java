package nl.jeugdregie.allocation.internal.arrangement;

import nl.jeugdregie.intake.HelpRequestTransitioned;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * TOE-8 → TOEW-2: allocation learns of an application for specialised care from intake's event, so an arrangement
 * can be made for it. Only ids and the date: allocation never reads intake's tables.
 */
@Component
class ApplicationProjection {

	static final String APPLICATION_MADE = "APPLICATION_MADE";

	private final JdbcClient jdbc;

	ApplicationProjection(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(HelpRequestTransitioned event) {
		if (!APPLICATION_MADE.equals(event.state())) {
			return;
		}
		jdbc.sql("""
				insert into allocation_application (help_request_id, municipality_code, team_id, applied_on)
				values (?, ?, ?, ?) on conflict (help_request_id) do update set team_id = excluded.team_id,
				    applied_on = excluded.applied_on""")
				.params(event.helpRequest().value(), event.municipality().value(), event.team().value(), event.on())
				.update();
	}
}
