package nl.jeugdregie.allocation.internal.declaration;

import java.util.UUID;
import nl.jeugdregie.allocation.ProviderId;
import nl.jeugdregie.allocation.internal.ValidityPeriod;

/** An allocation as a declaration is checked against it: its period, units in all, units declared, tariff in force. */
record AllocationToDeclare(UUID id, long number, ProviderId provider, ValidityPeriod period, long allocatedUnits,
		long declaredUnits, long tariffCents, long budgetCents, long declaredCents) {}
