package nl.jeugdregie.allocation.internal.waitingtime;

import org.jspecify.annotations.Nullable;

/** The form to report a waiting time, as typed. */
public class WaitingTimeForm {

	private @Nullable String provider;
	private @Nullable String product;
	private @Nullable String weeks;
	private @Nullable String reportedOn;

	public @Nullable String getReportedOn() { return reportedOn; }
	public void setReportedOn(@Nullable String reportedOn) { this.reportedOn = reportedOn; }

	public @Nullable String getProvider() { return provider; }
	public void setProvider(@Nullable String provider) { this.provider = provider; }
	public @Nullable String getProduct() { return product; }
	public void setProduct(@Nullable String product) { this.product = product; }
	public @Nullable String getWeeks() { return weeks; }
	public void setWeeks(@Nullable String weeks) { this.weeks = weeks; }
}
