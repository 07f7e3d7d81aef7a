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
 * What a financing line holds as typed (STU-4), for a new line and a changed one alike: a label, a kind of costs,
 * an optional FTE and an amount in cents. {@link #of} answers the refusals per field with their Dutch message codes;
 * the constructor accepts only checked values. The budget cap is checked by the service under the assignment's lock.
 */
public record FinancingLineInput(String label, FinancingCategory category, @Nullable BigDecimal fte, long amountCents) {

	public FinancingLineInput {
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

	/** The line as typed in the form or the JSON body. */
	public static Outcome<FinancingLineInput> of(@Nullable String label, @Nullable String category,
			@Nullable String fte, @Nullable String amount) {
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
		return Outcome.done(new FinancingLineInput(text, kind, ftes, cents.get()));
	}

	private static @Nullable String stripped(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
