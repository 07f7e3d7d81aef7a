package nl.jeugdregie.allocation.internal.arrangement;

import java.util.ArrayList;
import java.util.UUID;
import nl.jeugdregie.allocation.ProductId;
import nl.jeugdregie.allocation.ProviderId;
import nl.jeugdregie.allocation.internal.DateRange;
import nl.jeugdregie.allocation.internal.EndNotBeforeStart;
import nl.jeugdregie.platform.format.DutchFormat;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.Refusal;
import org.jspecify.annotations.Nullable;

/** Typed input of a product for an arrangement, or refusals per field. */
final class ArrangementInput {

	private ArrangementInput() {}

	static Outcome<NewLine> line(long version, @Nullable String product, @Nullable String provider, @Nullable String volume,
			@Nullable String validFrom, @Nullable String validUntil, @Nullable String goal) {
		var refusals = new ArrayList<Refusal>();
		var productId = uuid(product);
		if (productId == null) {
			refusals.add(Refusal.of("product", "allocation.tariff.product.required"));
		}
		var providerId = uuid(provider);
		if (providerId == null) {
			refusals.add(Refusal.of("provider", "allocation.waitingTime.provider.required"));
		}
		Integer parsed = null;
		try {
			parsed = volume == null ? null : Integer.valueOf(volume.strip());
		}
		catch (NumberFormatException notANumber) {
			// refused below
		}
		if (parsed == null || parsed < 1 || parsed > 99_999_999) {
			refusals.add(Refusal.of("volume", "allocation.arrangement.volume.invalid"));
		}
		var from = DutchFormat.parseDate(validFrom);
		if (from.isEmpty()) {
			refusals.add(Refusal.of("validFrom", "allocation.date.required"));
		}
		var until = DutchFormat.parseDate(validUntil);
		if (until.isEmpty()) {
			refusals.add(Refusal.of("validUntil", "allocation.date.required"));
		}
		if (from.isPresent() && until.isPresent()) {
			new EndNotBeforeStart().check(new DateRange("validUntil", from.get(), until.get())).ifPresent(refusals::add);
		}
		if (goal != null && goal.strip().length() > 1000) {
			refusals.add(Refusal.of("goal", "allocation.arrangement.goal.tooLong"));
		}
		if (!refusals.isEmpty()) {
			return Outcome.refused(refusals);
		}
		return Outcome.done(new NewLine(version, new ProductId(productId), new ProviderId(providerId), parsed,
				new DateRange("validUntil", from.get(), until.get()).period(), goal == null ? "" : goal));
	}

	static @Nullable UUID uuid(@Nullable String text) {
		try {
			return text == null || text.isBlank() ? null : UUID.fromString(text.strip());
		}
		catch (IllegalArgumentException notAnId) {
			return null;
		}
	}
}
