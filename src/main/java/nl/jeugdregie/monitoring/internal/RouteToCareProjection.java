package nl.jeugdregie.monitoring.internal;

import nl.jeugdregie.intake.HelpRequestTransitioned;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the route-to-care read models (TOE-8) current: an application starts the lead time, the request's
 * closure ends it. Idempotent and order-free, because the event registry may deliver an event again and
 * listeners of successive transactions may run side by side.
 */
@Component
class RouteToCareProjection {

	private final JdbcClient jdbc;

	RouteToCareProjection(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(HelpRequestTransitioned event) {
		switch (event.state()) {
			case "APPLICATION_MADE" -> jdbc.sql("""
					insert into monitoring_route_to_care (help_request_id, municipality_code, team_id, applied_on, deadline)
					values (?, ?, ?, ?, ?) on conflict (help_request_id) do nothing""")
					.params(event.helpRequest().value(), event.municipality().value(), event.team().value(), event.on(),
							event.deadline())
					.update();
			case "CLOSED" -> jdbc.sql("""
					insert into monitoring_closure (help_request_id, municipality_code, closed_on, reason) values (?, ?, ?, ?)
					on conflict (help_request_id) do nothing""")
					.params(event.helpRequest().value(), event.municipality().value(), event.on(), event.outcome())
					.update();
			default -> { }
		}
	}
}
