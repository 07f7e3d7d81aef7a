package nl.jeugdregie.steering.internal.norms;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.jeugdregie.platform.format.DutchFormat;
import nl.jeugdregie.platform.result.Refusal;
import org.jspecify.annotations.Nullable;
import nl.jeugdregie.steering.internal.period.ReportingPeriod;
import nl.jeugdregie.steering.internal.period.FigureForOpenPeriod;

/**
 * Checks one figure the provider delivers for a norm (STU-5): a period of the norm's kind that has ended and is not
 * closed, and a value that fits the norm — a percentage from 0 to 100, a whole count, or for a deadline norm the
 * day it was done (not in the future). The same rules serve the form, the API and each CSV row.
 */
public final class DeliveredFigurePolicy {

	static final String PERIOD = "period";
	static final String VALUE = "value";

	private final PercentageWithinRange percentages = new PercentageWithinRange();
	private final FigureForOpenPeriod openPeriod = new FigureForOpenPeriod();

	sealed interface Result {}

	record Accepted(ProposedFigure figure) implements Result {}

	record Refused(List<Refusal> refusals) implements Result {}

	Result check(Norm norm, @Nullable String periodText, @Nullable String valueText, LocalDate today,
			Collection<LocalDate> closedQuarters) {
		if (!norm.measure().acceptsDeliveredFigures()) {
			return new Refused(List.of(Refusal.ofWhole("steering.refusal.figure.computed")));
		}
		if (norm.kind() == NormKind.DEADLINE) {
			return completion(norm, valueText, today);
		}
		var refusals = new ArrayList<Refusal>();
		var period = norm.period().parse(periodText);
		if (period.isEmpty()) {
			refusals.add(Refusal.of(PERIOD, "steering.refusal.period.malformed", norm.period().dutchName(), norm.period().example()));
		}
		else {
			openPeriod.check(PERIOD, period.get(), today, closedQuarters).ifPresent(refusals::add);
		}
		var value = Figures.parse(valueText);
		if (blank(valueText)) {
			refusals.add(Refusal.of(VALUE, "steering.refusal.value.missing"));
		}
		else if (value.isEmpty()) {
			refusals.add(Refusal.of(VALUE, "steering.refusal.value.malformed"));
		}
		else if (norm.kind().percentage()) {
			percentages.check(VALUE, value.get()).ifPresent(refusals::add);
		}
		else if (value.get().signum() < 0 || value.get().stripTrailingZeros().scale() > 0) {
			refusals.add(Refusal.of(VALUE, "steering.refusal.count.malformed"));
		}
		if (!refusals.isEmpty() || period.isEmpty() || value.isEmpty()) {
			return new Refused(List.copyOf(refusals));
		}
		return new Accepted(new ProposedFigure(norm, period.get(), value.get(), null));
	}

	private Result completion(Norm norm, @Nullable String valueText, LocalDate today) {
		var deadline = java.util.Objects.requireNonNull(norm.deadline());
		var completedOn = date(valueText);
		if (completedOn.isEmpty()) {
			return new Refused(List.of(Refusal.of(VALUE, "steering.refusal.completedOn.malformed")));
		}
		if (completedOn.get().isAfter(today)) {
			return new Refused(List.of(Refusal.of(VALUE, "steering.refusal.completedOn.future")));
		}
		var period = deadlinePeriod(norm, deadline);
		return new Accepted(new ProposedFigure(norm, period, null, completedOn.get()));
	}

	/** A deadline norm has one figure: it is kept under the period that ends the day before the deadline. */
	public static ReportingPeriod deadlinePeriod(Norm norm, LocalDate deadline) {
		return norm.period().containing(deadline.minusDays(1));
	}

	private static Optional<LocalDate> date(@Nullable String text) {
		if (blank(text)) {
			return Optional.empty();
		}
		var stripped = text.strip();
		try {
			return Optional.of(stripped.contains("-") && stripped.indexOf('-') == 4 ? LocalDate.parse(stripped)
					: LocalDate.parse(stripped, DutchFormat.DAY));
		}
		catch (DateTimeParseException malformed) {
			return Optional.empty();
		}
	}

	private static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}

}
