package nl.jeugdregie.allocation.internal.declaration;

import java.util.Optional;
import nl.jeugdregie.allocation.internal.EuroAmounts;
import nl.jeugdregie.platform.format.DutchFormat;
import nl.jeugdregie.platform.result.Policy;
import nl.jeugdregie.platform.result.Refusal;

/** TOEW-9: the checks of a declared line against its allocation, each a named rule. */
final class DeclarationChecks {

	private DeclarationChecks() {}

	/** A line and the allocation it is for; {@code field} names where the line was typed or read. */
	record Declared(DeclarationLine line, AllocationToDeclare allocation, String field) {}

	/** The care was delivered within the allocation's period. */
	static final class WithinAllocationPeriod implements Policy<Declared> {
		@Override
		public Optional<Refusal> check(Declared d) {
			return d.allocation().period().covers(d.line().period()) ? Optional.empty()
					: Optional.of(Refusal.of(d.field(), "allocation.declaration.outsidePeriod",
							DutchFormat.date(d.allocation().period().from()), DutchFormat.date(d.allocation().period().until())));
		}
	}

	/** Together with what was declared before, no more units than allocated. */
	static final class WithinAllocatedVolume implements Policy<Declared> {
		@Override
		public Optional<Refusal> check(Declared d) {
			var left = d.allocation().allocatedUnits() - d.allocation().declaredUnits();
			return d.line().units() <= left ? Optional.empty()
					: Optional.of(Refusal.of(d.field(), "allocation.declaration.aboveVolume", d.line().units(), Math.max(left, 0)));
		}
	}

	/** At the contract's tariff for the product in force at the start of the allocation. */
	static final class AtAllocatedTariff implements Policy<Declared> {
		@Override
		public Optional<Refusal> check(Declared d) {
			return d.line().tariffCents() == d.allocation().tariffCents() ? Optional.empty()
					: Optional.of(Refusal.of(d.field(), "allocation.declaration.otherTariff",
							EuroAmounts.plain(d.line().tariffCents()).replace('.', ','),
							EuroAmounts.plain(d.allocation().tariffCents()).replace('.', ',')));
		}
	}
}
