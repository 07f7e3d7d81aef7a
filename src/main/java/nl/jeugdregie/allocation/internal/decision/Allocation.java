package nl.jeugdregie.allocation.internal.decision;

import java.util.UUID;
import nl.jeugdregie.allocation.Financing;
import nl.jeugdregie.allocation.Frequency;
import nl.jeugdregie.allocation.ProductId;
import nl.jeugdregie.allocation.ProviderId;
import nl.jeugdregie.allocation.Unit;
import nl.jeugdregie.allocation.internal.ValidityPeriod;

/**
 * TOEW-1: one allocated product, as iJw's JW301 carries it: its number (unique per municipality, at most nine digits),
 * provider, product, volume with unit and frequency, validity, in kind or PGB, and its budget in cents.
 */
public record Allocation(UUID id, long number, ProviderId provider, String providerName, ProductId product,
		String productLabel, int volume, Unit unit, Frequency frequency, ValidityPeriod period, Financing financing,
		long budgetCents) {}
