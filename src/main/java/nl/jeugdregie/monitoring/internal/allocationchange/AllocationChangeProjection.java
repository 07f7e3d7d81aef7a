package nl.jeugdregie.monitoring.internal.allocationchange;

import nl.jeugdregie.allocation.AllocationEnded;
import nl.jeugdregie.allocation.AllocationVolumeChanged;
import nl.jeugdregie.allocation.AllocationWithdrawn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * MON-8, MON-5 with TOEW-7 (issue 16): keeps monitoring's read model of in-kind provisions exact when allocation
 * changes an allocation. An allocation ended early (or replaced after a volume change) counts with its new last day;
 * a volume change under the same number carries its new budget; a withdrawn allocation counts as never sent, so it
 * leaves the provisions and the continuations. Idempotent: an event handled twice changes nothing more.
 */
@Component
class AllocationChangeProjection {

	private final JdbcClient jdbc;

	AllocationChangeProjection(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(AllocationEnded e) {
		jdbc.sql("update monitoring_in_kind_provision set valid_until = ? where municipality_code = ? and allocation_number = ?")
				.params(e.validUntil(), e.municipality().value(), e.allocationNumber()).update();
	}

	@ApplicationModuleListener
	void on(AllocationVolumeChanged e) {
		jdbc.sql("update monitoring_in_kind_provision set budget_cents = ? where municipality_code = ? and allocation_number = ?")
				.params(e.budgetCents(), e.municipality().value(), e.allocationNumber()).update();
	}

	@ApplicationModuleListener
	void on(AllocationWithdrawn e) {
		jdbc.sql("delete from monitoring_in_kind_provision where municipality_code = ? and allocation_number = ?")
				.params(e.municipality().value(), e.allocationNumber()).update();
		jdbc.sql("""
				delete from monitoring_allocation_continuation
				where municipality_code = ? and (allocation_number = ? or continued_by = ?)""")
				.params(e.municipality().value(), e.allocationNumber(), e.allocationNumber()).update();
	}
}
