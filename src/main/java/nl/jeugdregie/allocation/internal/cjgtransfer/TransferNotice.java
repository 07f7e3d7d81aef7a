package nl.jeugdregie.allocation.internal.cjgtransfer;

import java.time.LocalDate;
import java.util.UUID;
import nl.jeugdregie.allocation.ProductCategory;
import nl.jeugdregie.allocation.ProviderId;

/** TOEW-8: the notice a provider got that support of a category moves to the CJG on extension from a date. */
public record TransferNotice(UUID id, ProviderId provider, String providerName, ProductCategory category,
		LocalDate noticedOn, LocalDate transferFrom) {}
