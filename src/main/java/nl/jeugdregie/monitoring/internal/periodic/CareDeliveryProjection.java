package nl.jeugdregie.monitoring.internal.periodic;

import nl.jeugdregie.messaging.CareEnded;
import nl.jeugdregie.messaging.CareStarted;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * MON-5: keeps the actual start and stop of care per allocation from providers' accepted start and stop messages.
 * Idempotent: a redelivered event leaves the same row; a withdrawn start or stop undoes exactly its own effect.
 */
@Component
class CareDeliveryProjection {

	private final JdbcClient jdbc;

	CareDeliveryProjection(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(CareStarted e) {
		if (e.withdrawn()) {
			jdbc.sql("delete from monitoring_care_delivery where municipality_code = ? and allocation_number = ? and started_on = ?")
					.params(e.municipality().value(), e.allocationNumber(), e.startedOn()).update();
			return;
		}
		jdbc.sql("""
				insert into monitoring_care_delivery (municipality_code, allocation_number, started_on)
				values (?, ?, ?) on conflict do nothing""")
				.params(e.municipality().value(), e.allocationNumber(), e.startedOn()).update();
	}

	@ApplicationModuleListener
	void on(CareEnded e) {
		if (e.withdrawn()) {
			jdbc.sql("""
					update monitoring_care_delivery set ended_on = null, end_reason = null, temporary = false
					where municipality_code = ? and allocation_number = ? and started_on = ? and ended_on = ?""")
					.params(e.municipality().value(), e.allocationNumber(), e.startedOn(), e.endedOn()).update();
			return;
		}
		// A stop may arrive before its start was projected (listeners run independently): keep the start with it.
		jdbc.sql("""
				insert into monitoring_care_delivery (municipality_code, allocation_number, started_on, ended_on, end_reason,
				    temporary)
				values (?, ?, ?, ?, ?, ?)
				on conflict (municipality_code, allocation_number, started_on) do update
				set ended_on = excluded.ended_on, end_reason = excluded.end_reason, temporary = excluded.temporary""")
				.params(e.municipality().value(), e.allocationNumber(), e.startedOn(), e.endedOn(), e.reason(), e.temporary())
				.update();
	}
}
