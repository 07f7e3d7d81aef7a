package nl.jeugdregie.allocation.internal.waitingtime;

import java.util.ArrayList;
import java.util.UUID;
import nl.jeugdregie.allocation.ProductId;
import nl.jeugdregie.allocation.ProviderId;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.Refusal;
import org.jspecify.annotations.Nullable;

/** Typed input of a waiting-time report, or refusals per field. */
final class WaitingTimeInput {

	private WaitingTimeInput() {}

	/** {@code reportedOn} empty means today. */
	static Outcome<NewWaitingTime> of(@Nullable String provider, @Nullable String product, @Nullable String weeks,
			@Nullable String reportedOn, java.time.LocalDate today) {
		var refusals = new ArrayList<Refusal>();
		var providerId = uuid(provider);
		if (providerId == null) {
			refusals.add(Refusal.of("provider", "allocation.waitingTime.provider.required"));
		}
		var productId = uuid(product);
		if (productId == null) {
			refusals.add(Refusal.of("product", "allocation.tariff.product.required"));
		}
		Integer parsed = null;
		try {
			parsed = weeks == null ? null : Integer.valueOf(weeks.strip());
		}
		catch (NumberFormatException notANumber) {
			// refused below
		}
		if (parsed == null || parsed < 0 || parsed > 520) {
			refusals.add(Refusal.of("weeks", "allocation.waitingTime.weeks.invalid"));
		}
		var day = reportedOn == null || reportedOn.isBlank() ? java.util.Optional.of(today)
				: nl.jeugdregie.platform.format.DutchFormat.parseDate(reportedOn);
		if (day.isEmpty()) {
			refusals.add(Refusal.of("reportedOn", "allocation.date.invalid"));
		}
		else {
			new ReportedOnNotInFuture().check(new ReportedOnNotInFuture.Reported(day.get(), today)).ifPresent(refusals::add);
		}
		if (!refusals.isEmpty()) {
			return Outcome.refused(refusals);
		}
		return Outcome.done(new NewWaitingTime(new ProviderId(providerId), new ProductId(productId), parsed, day.get()));
	}

	private static @Nullable UUID uuid(@Nullable String text) {
		try {
			return text == null || text.isBlank() ? null : UUID.fromString(text.strip());
		}
		catch (IllegalArgumentException notAnId) {
			return null;
		}
	}
}
