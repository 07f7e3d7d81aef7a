package nl.jeugdregie.allocation.internal.arrangement;

import org.jspecify.annotations.Nullable;

/** The form to add a product from a chosen provider to an arrangement, and to record the family's agreement. */
public class LineForm {

	private long version;
	private @Nullable String product;
	private @Nullable String provider;
	private @Nullable String volume;
	private @Nullable String validFrom;
	private @Nullable String validUntil;
	private @Nullable String goal;
	private @Nullable String agreedOn;

	public long getVersion() { return version; }
	public void setVersion(long version) { this.version = version; }
	public @Nullable String getProduct() { return product; }
	public void setProduct(@Nullable String product) { this.product = product; }
	public @Nullable String getProvider() { return provider; }
	public void setProvider(@Nullable String provider) { this.provider = provider; }
	public @Nullable String getVolume() { return volume; }
	public void setVolume(@Nullable String volume) { this.volume = volume; }
	public @Nullable String getValidFrom() { return validFrom; }
	public void setValidFrom(@Nullable String validFrom) { this.validFrom = validFrom; }
	public @Nullable String getValidUntil() { return validUntil; }
	public void setValidUntil(@Nullable String validUntil) { this.validUntil = validUntil; }
	public @Nullable String getGoal() { return goal; }
	public void setGoal(@Nullable String goal) { this.goal = goal; }
	public @Nullable String getAgreedOn() { return agreedOn; }
	public void setAgreedOn(@Nullable String agreedOn) { this.agreedOn = agreedOn; }
}
