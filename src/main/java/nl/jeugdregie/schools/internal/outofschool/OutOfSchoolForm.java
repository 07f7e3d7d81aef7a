package nl.jeugdregie.schools.internal.outofschool;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The form of a child out of school, and of the day it goes to school again. */
public class OutOfSchoolForm {

	private @Nullable String givenName;
	private @Nullable String familyName;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate dateOfBirth;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate since;
	private @Nullable ReasonCategory reason;
	private @Nullable UUID school;
	private @Nullable String nextStep;
	private @Nullable String helpRequest;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate backOn;
	private long version;

	/** The draft; a help-request id that is no id is passed as a random one, which no municipality holds. */
	OutOfSchoolDraft draft() {
		UUID request = null;
		if (helpRequest != null && !helpRequest.isBlank()) {
			try {
				request = UUID.fromString(helpRequest.strip());
			}
			catch (IllegalArgumentException notAnId) {
				request = new UUID(0, 0);
			}
		}
		return new OutOfSchoolDraft(givenName, familyName, dateOfBirth, since, reason, school, nextStep, request);
	}

	public @Nullable String getGivenName() { return givenName; }
	public void setGivenName(@Nullable String givenName) { this.givenName = givenName; }
	public @Nullable String getFamilyName() { return familyName; }
	public void setFamilyName(@Nullable String familyName) { this.familyName = familyName; }
	public @Nullable LocalDate getDateOfBirth() { return dateOfBirth; }
	public void setDateOfBirth(@Nullable LocalDate dateOfBirth) { this.dateOfBirth = dateOfBirth; }
	public @Nullable LocalDate getSince() { return since; }
	public void setSince(@Nullable LocalDate since) { this.since = since; }
	public @Nullable ReasonCategory getReason() { return reason; }
	public void setReason(@Nullable ReasonCategory reason) { this.reason = reason; }
	public @Nullable UUID getSchool() { return school; }
	public void setSchool(@Nullable UUID school) { this.school = school; }
	public @Nullable String getNextStep() { return nextStep; }
	public void setNextStep(@Nullable String nextStep) { this.nextStep = nextStep; }
	public @Nullable String getHelpRequest() { return helpRequest; }
	public void setHelpRequest(@Nullable String helpRequest) { this.helpRequest = helpRequest; }
	public @Nullable LocalDate getBackOn() { return backOn; }
	public void setBackOn(@Nullable LocalDate backOn) { this.backOn = backOn; }
	public long getVersion() { return version; }
	public void setVersion(long version) { this.version = version; }
}
