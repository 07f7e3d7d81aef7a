package nl.jeugdregie.steering.internal.casedata;

import nl.jeugdregie.plans.SocialWorkFirstConversationHeld;
import nl.jeugdregie.plans.SocialWorkRequestRegistered;
import nl.jeugdregie.plans.SocialWorkTrajectoryClosed;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Steering's own read model of adult individual social work (BEY-3): dates and the exit route per trajectory, so
 * the first-conversation and Wmo-referral norms are computed from case data instead of typed in. Idempotent and
 * order-independent, because the event registry re-delivers events whose handling did not complete.
 */
@Component
class SocialWorkProjection {

	private final JdbcClient jdbc;

	SocialWorkProjection(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(SocialWorkRequestRegistered event) {
		jdbc.sql("""
				insert into steering_social_work_trajectory (trajectory_id, municipality_code, registered_on)
				values (?, ?, ?) on conflict (trajectory_id) do update set registered_on = excluded.registered_on""")
				.params(event.trajectory().value(), event.municipality().value(), event.registeredOn())
				.update();
	}

	@ApplicationModuleListener
	void on(SocialWorkFirstConversationHeld event) {
		jdbc.sql("""
				insert into steering_social_work_trajectory (trajectory_id, municipality_code, registered_on, first_conversation)
				values (?, ?, ?, ?)
				on conflict (trajectory_id) do update set registered_on = excluded.registered_on,
				    first_conversation = excluded.first_conversation""")
				.params(event.trajectory().value(), event.municipality().value(), event.registeredOn(), event.heldOn())
				.update();
	}

	@ApplicationModuleListener
	void on(SocialWorkTrajectoryClosed event) {
		jdbc.sql("""
				insert into steering_social_work_trajectory (trajectory_id, municipality_code, closed_on, exit_route)
				values (?, ?, ?, ?)
				on conflict (trajectory_id) do update set closed_on = excluded.closed_on, exit_route = excluded.exit_route""")
				.params(event.trajectory().value(), event.municipality().value(), event.closedOn(), event.exitRoute().name())
				.update();
	}
}
