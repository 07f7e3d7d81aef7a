package nl.jeugdregie.allocation.internal.decision;

import org.jspecify.annotations.Nullable;

/** The decision form and its check step, as typed. */
public class DecisionForm {

	private long version;
	private @Nullable String legalRoute;
	private @Nullable String referrerAgb;
	private @Nullable String financing;
	private boolean extension;
	private @Nullable String cjgChoice;
	private @Nullable String cjgSituation;

	public long getVersion() { return version; }
	public void setVersion(long version) { this.version = version; }
	public @Nullable String getLegalRoute() { return legalRoute; }
	public void setLegalRoute(@Nullable String legalRoute) { this.legalRoute = legalRoute; }
	public @Nullable String getReferrerAgb() { return referrerAgb; }
	public void setReferrerAgb(@Nullable String referrerAgb) { this.referrerAgb = referrerAgb; }
	public @Nullable String getFinancing() { return financing; }
	public void setFinancing(@Nullable String financing) { this.financing = financing; }
	public boolean isExtension() { return extension; }
	public void setExtension(boolean extension) { this.extension = extension; }
	public @Nullable String getCjgChoice() { return cjgChoice; }
	public void setCjgChoice(@Nullable String cjgChoice) { this.cjgChoice = cjgChoice; }
	public @Nullable String getCjgSituation() { return cjgSituation; }
	public void setCjgSituation(@Nullable String cjgSituation) { this.cjgSituation = cjgSituation; }
}
