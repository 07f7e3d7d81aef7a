package nl.jeugdregie.monitoring.internal.periodic;

import java.sql.Timestamp;
import nl.jeugdregie.allocation.AftercareRecorded;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * MON-5: keeps the aftercare decision per allocation (monitoring_aftercare, V54_4) from allocation's
 * {@link AftercareRecorded}. One row per allocation; the highest version wins, so a late or redelivered event changes
 * nothing.
 */
@Component
class AftercareProjection {

	private final JdbcClient jdbc;

	AftercareProjection(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(AftercareRecorded e) {
		jdbc.sql("""
				insert into monitoring_aftercare (municipality_code, allocation_number, kind, starts_on, care_ended_on, version,
				    recorded_at)
				values (?, ?, ?, ?, ?, ?, ?)
				on conflict (municipality_code, allocation_number) do update set kind = excluded.kind,
				    starts_on = excluded.starts_on, care_ended_on = excluded.care_ended_on, version = excluded.version,
				    recorded_at = excluded.recorded_at
				where monitoring_aftercare.version < excluded.version""")
				.params(e.municipality().value(), e.allocationNumber(), e.kind().name(), e.from(), e.careEndedOn(),
						e.version(), Timestamp.from(e.recordedAt()))
				.update();
	}
}
