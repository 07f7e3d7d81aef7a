package nl.jeugdregie.allocation.internal.cjgtransfer;

import java.time.LocalDate;
import java.util.UUID;
import nl.jeugdregie.allocation.ProductCategory;
import nl.jeugdregie.allocation.ProviderId;
import org.jspecify.annotations.Nullable;

/**
 * TOEW-8: the notice a provider got that support of a category moves to the CJG on extension from a date. For a
 * provider contracted after the marking ({@link #late()}), the transfer applies to it from its own notice plus the
 * notice norm, so {@code transferFrom} can lie after the scope's {@code scopeFrom}. When the scope's date was moved,
 * the provider got a new notice on {@code renoticedOn}.
 */
public record TransferNotice(UUID id, ProviderId provider, String providerName, ProductCategory category,
		LocalDate noticedOn, LocalDate transferFrom, LocalDate scopeFrom, LocalDate scopeNoticedOn,
		@Nullable LocalDate renoticedOn) {

	/** Whether the provider was told on contracting, after the category was marked. */
	public boolean late() {
		return noticedOn.isAfter(scopeNoticedOn);
	}
}
