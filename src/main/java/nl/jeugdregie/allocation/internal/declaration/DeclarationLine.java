package nl.jeugdregie.allocation.internal.declaration;

import nl.jeugdregie.allocation.internal.ValidityPeriod;

/** One declared line: for which allocation (its number), which period of delivery, how many units, at what tariff. */
record DeclarationLine(long allocationNumber, ValidityPeriod period, int units, long tariffCents) {

	DeclarationLine {
		if (units < 1 || tariffCents < 0 || period.until() == null) {
			throw new IllegalArgumentException("A declaration line has a closed period, units and a tariff");
		}
	}

	long amountCents() {
		return Math.multiplyExact(units, tariffCents);
	}
}
