package nl.jeugdregie.plans.internal.socialwork;

import java.time.LocalDate;
import nl.jeugdregie.plans.ExitRoute;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The social work pages' forms as the browser posts them (PLAN-8, PLAN-9); {@code version} is the lock. */
class SocialWorkForm {

	private @Nullable String residentName;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate residentDateOfBirth;
	private @Nullable String question;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate registeredOn;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate heldOn;
	private @Nullable String summary;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate clarifiedOn;
	private @Nullable String clarifiedQuestion;
	private @Nullable TrajectoryKind trajectoryKind;
	private @Nullable Integer contactRhythmWeeks;
	private @Nullable ContactKind contactKind;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate contactOn;
	private @Nullable ContactInitiator initiatedBy;
	private @Nullable String contactSummary;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate closedOn;
	private @Nullable ExitRoute exitRoute;
	private @Nullable Long version;

	SocialWorkCommands.NewTrajectory trajectory() {
		return new SocialWorkCommands.NewTrajectory(residentName, residentDateOfBirth, question, registeredOn);
	}
	SocialWorkCommands.Conversation conversation() { return new SocialWorkCommands.Conversation(heldOn, summary); }
	SocialWorkCommands.Clarified clarified() {
		return new SocialWorkCommands.Clarified(clarifiedOn, clarifiedQuestion, trajectoryKind, contactRhythmWeeks);
	}
	SocialWorkCommands.NewContact contact() {
		return new SocialWorkCommands.NewContact(contactKind, contactOn, initiatedBy, contactSummary);
	}
	SocialWorkCommands.Closure closure() { return new SocialWorkCommands.Closure(closedOn, exitRoute); }

	public @Nullable String getResidentName() { return residentName; }
	public void setResidentName(@Nullable String residentName) { this.residentName = residentName; }
	public @Nullable LocalDate getResidentDateOfBirth() { return residentDateOfBirth; }
	public void setResidentDateOfBirth(@Nullable LocalDate residentDateOfBirth) { this.residentDateOfBirth = residentDateOfBirth; }
	public @Nullable String getQuestion() { return question; }
	public void setQuestion(@Nullable String question) { this.question = question; }
	public @Nullable LocalDate getRegisteredOn() { return registeredOn; }
	public void setRegisteredOn(@Nullable LocalDate registeredOn) { this.registeredOn = registeredOn; }
	public @Nullable LocalDate getHeldOn() { return heldOn; }
	public void setHeldOn(@Nullable LocalDate heldOn) { this.heldOn = heldOn; }
	public @Nullable String getSummary() { return summary; }
	public void setSummary(@Nullable String summary) { this.summary = summary; }
	public @Nullable LocalDate getClarifiedOn() { return clarifiedOn; }
	public void setClarifiedOn(@Nullable LocalDate clarifiedOn) { this.clarifiedOn = clarifiedOn; }
	public @Nullable String getClarifiedQuestion() { return clarifiedQuestion; }
	public void setClarifiedQuestion(@Nullable String clarifiedQuestion) { this.clarifiedQuestion = clarifiedQuestion; }
	public @Nullable TrajectoryKind getTrajectoryKind() { return trajectoryKind; }
	public void setTrajectoryKind(@Nullable TrajectoryKind trajectoryKind) { this.trajectoryKind = trajectoryKind; }
	public @Nullable Integer getContactRhythmWeeks() { return contactRhythmWeeks; }
	public void setContactRhythmWeeks(@Nullable Integer contactRhythmWeeks) { this.contactRhythmWeeks = contactRhythmWeeks; }
	public @Nullable ContactKind getContactKind() { return contactKind; }
	public void setContactKind(@Nullable ContactKind contactKind) { this.contactKind = contactKind; }
	public @Nullable LocalDate getContactOn() { return contactOn; }
	public void setContactOn(@Nullable LocalDate contactOn) { this.contactOn = contactOn; }
	public @Nullable ContactInitiator getInitiatedBy() { return initiatedBy; }
	public void setInitiatedBy(@Nullable ContactInitiator initiatedBy) { this.initiatedBy = initiatedBy; }
	public @Nullable String getContactSummary() { return contactSummary; }
	public void setContactSummary(@Nullable String contactSummary) { this.contactSummary = contactSummary; }
	public @Nullable LocalDate getClosedOn() { return closedOn; }
	public void setClosedOn(@Nullable LocalDate closedOn) { this.closedOn = closedOn; }
	public @Nullable ExitRoute getExitRoute() { return exitRoute; }
	public void setExitRoute(@Nullable ExitRoute exitRoute) { this.exitRoute = exitRoute; }
	public @Nullable Long getVersion() { return version; }
	public void setVersion(@Nullable Long version) { this.version = version; }
}
