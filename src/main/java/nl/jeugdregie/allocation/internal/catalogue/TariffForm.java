package nl.jeugdregie.allocation.internal.catalogue;

import org.jspecify.annotations.Nullable;

/** The form to add a tariff to a contract, as typed. */
public class TariffForm {

	private @Nullable String product;
	private @Nullable String amount;
	private @Nullable String effectiveFrom;
	private @Nullable String effectiveUntil;

	public @Nullable String getProduct() { return product; }
	public void setProduct(@Nullable String product) { this.product = product; }
	public @Nullable String getAmount() { return amount; }
	public void setAmount(@Nullable String amount) { this.amount = amount; }
	public @Nullable String getEffectiveFrom() { return effectiveFrom; }
	public void setEffectiveFrom(@Nullable String effectiveFrom) { this.effectiveFrom = effectiveFrom; }
	public @Nullable String getEffectiveUntil() { return effectiveUntil; }
	public void setEffectiveUntil(@Nullable String effectiveUntil) { this.effectiveUntil = effectiveUntil; }
}
