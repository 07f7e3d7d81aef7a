package nl.jeugdregie.policy.internal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.jeugdregie.policy.NormKey;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The form to schedule a norm value. A mutable bean, not a record, so a wrongly typed value is shown back in its
 * field next to the error.
 */
class NormChangeForm {

	static final int MAX_NOTE_LENGTH = 500;

	@NotNull
	private @Nullable NormKey key;

	@NotNull
	private @Nullable Integer amount;

	// input type=date always sends yyyy-MM-dd, whatever the user's language.
	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate effectiveFrom;

	@Size(max = MAX_NOTE_LENGTH)
	private @Nullable String note;

	public @Nullable NormKey getKey() {
		return key;
	}

	public void setKey(@Nullable NormKey key) {
		this.key = key;
	}

	public @Nullable Integer getAmount() {
		return amount;
	}

	public void setAmount(@Nullable Integer amount) {
		this.amount = amount;
	}

	public @Nullable LocalDate getEffectiveFrom() {
		return effectiveFrom;
	}

	public void setEffectiveFrom(@Nullable LocalDate effectiveFrom) {
		this.effectiveFrom = effectiveFrom;
	}

	public @Nullable String getNote() {
		return note;
	}

	public void setNote(@Nullable String note) {
		this.note = note;
	}
}
