package nl.jeugdregie.steering.internal.financing;

import java.util.Objects;
import java.util.Optional;
import nl.jeugdregie.platform.result.Outcome;
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
	 * A line's new label, kind, FTE and amount; {@code version} is the one the writer saw, or empty to change
	 * whatever is current.
	 */
	record ChangeLine(FinancingLineId id, FinancingLineInput input, @Nullable Integer version) {

		ChangeLine {
			Objects.requireNonNull(id, "id");
			Objects.requireNonNull(input, "input");
		}

		static Outcome<ChangeLine> of(FinancingLineId id, @Nullable String label, @Nullable String category,
				@Nullable String fte, @Nullable String amount, @Nullable Integer version) {
			return FinancingLineInput.of(label, category, fte, amount)
					.then(input -> Outcome.done(new ChangeLine(id, input, version)));
		}
	}

	/** Removing a line; {@code version} is the one the writer saw, or empty to remove whatever is current. */
	record RemoveLine(FinancingLineId id, @Nullable Integer version) {

		RemoveLine {
			Objects.requireNonNull(id, "id");
		}
	}
}
