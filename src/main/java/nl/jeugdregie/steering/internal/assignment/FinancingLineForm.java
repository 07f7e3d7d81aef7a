package nl.jeugdregie.steering.internal.assignment;

import org.jspecify.annotations.Nullable;

/**
 * The form to add a financing line. FTE and amount are text, read the Dutch way ("12.500,00") by the service,
 * so a malformed number is answered with a Dutch explanation and shown back as typed.
 */
public class FinancingLineForm {

	private @Nullable String label;
	private @Nullable String category;
	private @Nullable String fte;
	private @Nullable String amount;

	public @Nullable String getLabel() {
		return label;
	}

	public void setLabel(@Nullable String label) {
		this.label = label;
	}

	public @Nullable String getCategory() {
		return category;
	}

	public void setCategory(@Nullable String category) {
		this.category = category;
	}

	public @Nullable String getFte() {
		return fte;
	}

	public void setFte(@Nullable String fte) {
		this.fte = fte;
	}

	public @Nullable String getAmount() {
		return amount;
	}

	public void setAmount(@Nullable String amount) {
		this.amount = amount;
	}
}
