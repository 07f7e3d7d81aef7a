package nl.jeugdregie.steering.internal.financing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.Refusal;
import nl.jeugdregie.steering.internal.assignment.Amounts;
import nl.jeugdregie.steering.internal.assignment.SteeringService;
import org.jspecify.annotations.Nullable;

/**
 * The typed id and commands for keeping financing lines (STU-4). The controllers build a command with
 * {@code of(...)}, which answers the refusals per field; the constructor accepts only checked values. The budget
 * cap and the version are checked by {@link FinancingService} under the assignment's lock.
 */
final class FinancingCommands {

	private FinancingCommands() {}

	/** Which financing line; a positive database id, read from the path. */
	record FinancingLineId(long value) {

		FinancingLineId {
			if (value <= 0) {
				throw new IllegalArgumentException("A financing line id is positive");
			}
		}

		/** The id in a path; empty when it can be no line at all (answered as not found). */
		static Optional<FinancingLineId> of(long value) {
			return value > 0 ? Optional.of(new FinancingLineId(value)) : Optional.empty();
		}
	}

	/**
	 * A line's new label, kind, FTE (optional) and amount in cents; {@code version} is the one the writer saw, or
	 * empty to change whatever is current.
	 */
	record ChangeLine(FinancingLineId id, String label, FinancingCategory category, @Nullable BigDecimal fte,
			long amountCents, @Nullable Integer version) {

		ChangeLine {
			Objects.requireNonNull(id, "id");
			Objects.requireNonNull(category, "category");
			if (label.isBlank() || label.strip().length() > SteeringService.MAX_LABEL_LENGTH) {
				throw new IllegalArgumentException("A label is 1 to " + SteeringService.MAX_LABEL_LENGTH + " characters");
			}
			if (fte != null && (fte.signum() < 0 || fte.compareTo(Amounts.MAX_FTE) > 0)) {
				throw new IllegalArgumentException("FTE out of range");
			}
			if (amountCents < 0 || amountCents > Amounts.MAX_LINE_CENTS) {
				throw new IllegalArgumentException("Amount out of range");
			}
			label = label.strip();
		}

		static Outcome<ChangeLine> of(FinancingLineId id, @Nullable String label, @Nullable String category,
				@Nullable String fte, @Nullable String amount, @Nullable Integer version) {
			var refusals = new ArrayList<Refusal>();
			var text = stripped(label);
			if (text == null) {
				refusals.add(Refusal.of("label", "steering.refusal.label.missing"));
			}
			else if (text.length() > SteeringService.MAX_LABEL_LENGTH) {
				refusals.add(Refusal.of("label", "steering.refusal.label.tooLong", SteeringService.MAX_LABEL_LENGTH));
			}
			var kind = category == null ? null
					: Arrays.stream(FinancingCategory.values()).filter(c -> c.name().equals(category.strip()))
							.findFirst().orElse(null);
			if (kind == null) {
				refusals.add(Refusal.of("category", "steering.refusal.category.missing"));
			}
			BigDecimal ftes = null;
			if (stripped(fte) != null) {
				var parsed = Amounts.parseFte(fte).filter(value -> value.compareTo(Amounts.MAX_FTE) <= 0);
				if (parsed.isEmpty()) {
					refusals.add(Refusal.of("fte", "steering.refusal.fte.malformed"));
				}
				else {
					ftes = parsed.get();
				}
			}
			var cents = stripped(amount) == null ? Optional.<Long>empty()
					: Amounts.parseEuroCents(amount).filter(value -> value <= Amounts.MAX_LINE_CENTS);
			if (stripped(amount) == null) {
				refusals.add(Refusal.of("amount", "steering.refusal.amount.missing"));
			}
			else if (cents.isEmpty()) {
				refusals.add(Refusal.of("amount", "steering.refusal.amount.malformed"));
			}
			if (!refusals.isEmpty() || text == null || kind == null || cents.isEmpty()) {
				return Outcome.refused(refusals);
			}
			return Outcome.done(new ChangeLine(id, text, kind, ftes, cents.get(), version));
		}
	}

	/** Removing a line; {@code version} is the one the writer saw, or empty to remove whatever is current. */
	record RemoveLine(FinancingLineId id, @Nullable Integer version) {

		RemoveLine {
			Objects.requireNonNull(id, "id");
		}
	}

	private static @Nullable String stripped(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
