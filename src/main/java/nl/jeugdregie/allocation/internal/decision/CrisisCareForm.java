package nl.jeugdregie.allocation.internal.decision;

import org.jspecify.annotations.Nullable;

/** The form to record crisis care started without a decision, as typed. */
public class CrisisCareForm {

	private @Nullable String helpRequest;
	private @Nullable String care;
	private @Nullable String startedOn;

	public @Nullable String getHelpRequest() { return helpRequest; }
	public void setHelpRequest(@Nullable String helpRequest) { this.helpRequest = helpRequest; }
	public @Nullable String getCare() { return care; }
	public void setCare(@Nullable String care) { this.care = care; }
	public @Nullable String getStartedOn() { return startedOn; }
	public void setStartedOn(@Nullable String startedOn) { this.startedOn = startedOn; }
}
