package nl.jeugdregie.monitoring.internal.dashboard;

import nl.jeugdregie.allocation.AllocationDecided;
import nl.jeugdregie.allocation.SupportTransferredToCjg;
import nl.jeugdregie.allocation.WaitingTimeReported;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * MON-8, MON-5, MON-6: feeds monitoring's read models of in-kind provisions (with their band against the 18th
 * birthday and which earlier allocation each continues), providers' waiting times and support moved to the CJG
 * from allocation's events.
 * Idempotent: an event handled twice leaves one row; an older waiting time never replaces a newer one.
 */
@Component
class InKindProvisionProjection {

	private final JdbcClient jdbc;

	InKindProvisionProjection(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(AllocationDecided e) {
		jdbc.sql("""
				insert into monitoring_in_kind_provision (municipality_code, allocation_number, category, financing, valid_from,
				    valid_until, budget_cents, in_region, bridging_care, residential, family_based, extension, decided_on,
				    adulthood)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
				.params(e.municipality().value(), e.allocationNumber(), e.productCategory().code(), e.financing().name(),
						e.validFrom(), e.validUntil(), e.budgetCents(), e.inRegion(), e.providerDeliversBridgingCare(),
						e.productCategory().residential(), e.productCategory().familyBased(), e.extension(), e.decidedOn(),
						e.adulthood().name())
				.update();
		for (var continued : e.continuedAllocations()) {
			jdbc.sql("""
					insert into monitoring_allocation_continuation (municipality_code, allocation_number, continued_by)
					values (?, ?, ?) on conflict do nothing""")
					.params(e.municipality().value(), continued, e.allocationNumber()).update();
		}
	}

	/** MON-6 (heavy → light): an extension within the CJG's scope moved to the CJG (TOEW-8). */
	@ApplicationModuleListener
	void on(SupportTransferredToCjg e) {
		jdbc.sql("""
				insert into monitoring_cjg_transfer (transfer_id, municipality_code, category, valid_from, valid_until, decided_on)
				values (?, ?, ?, ?, ?, ?) on conflict do nothing""")
				.params(e.transfer(), e.municipality().value(), e.productCategory().code(), e.validFrom(), e.validUntil(),
						e.decidedOn())
				.update();
	}

	@ApplicationModuleListener
	void on(WaitingTimeReported e) {
		jdbc.sql("""
				insert into monitoring_provider_wait (municipality_code, agb_code, category, product_code, weeks, reported_on)
				values (?, ?, ?, ?, ?, ?)
				on conflict (municipality_code, agb_code, category, product_code) do update
				set weeks = excluded.weeks, reported_on = excluded.reported_on
				where monitoring_provider_wait.reported_on <= excluded.reported_on""")
				.params(e.municipality().value(), e.agbCode().value(), e.productCategory().code(), e.productCode().value(),
						e.weeks(), e.reportedOn())
				.update();
	}
}
