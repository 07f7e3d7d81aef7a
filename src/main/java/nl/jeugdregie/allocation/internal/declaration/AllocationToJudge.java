package nl.jeugdregie.allocation.internal.declaration;

import nl.jeugdregie.allocation.AgbCode;
import nl.jeugdregie.allocation.Frequency;

/**
 * BEY-5: an allocation as a JW323 line is judged against it: the totals a declaration is checked against (period,
 * units and amounts allocated and declared so far, tariff) and what the standard compares a line with (the provider's
 * AGB code, the product, the volume per frequency and its unit), and whether it was withdrawn (JZ002 13).
 */
record AllocationToJudge(AllocationToDeclare totals, AgbCode provider, String category, String productCode, int volume,
		String unit, Frequency frequency, boolean withdrawn) {

	/** The same allocation after a line was approved: its units and amount added (a credit line takes them off). */
	AllocationToJudge after(long units, long cents) {
		var t = totals;
		return new AllocationToJudge(new AllocationToDeclare(t.id(), t.number(), t.provider(), t.period(), t.allocatedUnits(),
				t.declaredUnits() + units, t.tariffCents(), t.budgetCents(), t.declaredCents() + cents), provider, category,
				productCode, volume, unit, frequency, withdrawn);
	}
}
