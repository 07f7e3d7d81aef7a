package nl.jeugdregie.plans.internal.followup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import nl.jeugdregie.plans.ContinuationOutcome;
import nl.jeugdregie.plans.internal.plan.Contributor;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The MDO, progress and evaluation forms as the browser posts them (PLAN-1, PLAN-5). Without JavaScript the MDO
 * form has a fixed number of participant rows (empty rows are ignored) and one agenda item or decision a line.
 */
public class FollowUpForm {

	static final int PARTICIPANT_ROWS = 6;

	/** One participant row of the MDO form. */
	public static class ParticipantRow {
		private @Nullable String name;
		private @Nullable Contributor kind;
		private boolean present;

		public @Nullable String getName() { return name; }
		public void setName(@Nullable String name) { this.name = name; }
		public @Nullable Contributor getKind() { return kind; }
		public void setKind(@Nullable Contributor kind) { this.kind = kind; }
		public boolean isPresent() { return present; }
		public void setPresent(boolean present) { this.present = present; }
	}

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate heldOn;
	private List<ParticipantRow> participants = new ArrayList<>();
	private @Nullable String agenda;
	private @Nullable String decisions;
	private @Nullable String absenceReason;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate nextMeetingOn;
	private @Nullable UUID progressGoal;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate measuredOn;
	private @Nullable Integer score;
	private @Nullable GoalStatus status;
	private @Nullable String progressNote;
	private @Nullable EvaluationMoment moment;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate evaluatedOn;
	private @Nullable UUID meeting;
	private @Nullable ContinuationOutcome continuation;
	private @Nullable String remarks;
	private boolean remarksInternal = true;
	private @Nullable Integer planVersion;

	/** Fills up the participant rows to the fixed number the page shows. */
	void padParticipants() {
		while (participants.size() < PARTICIPANT_ROWS) {
			participants.add(new ParticipantRow());
		}
	}

	FollowUpCommands.NewMeeting meetingCommand() {
		return new FollowUpCommands.NewMeeting(heldOn,
				participants.stream().map(p -> new FollowUpCommands.Participant(p.getName(), p.getKind(), p.isPresent()))
						.toList(),
				lines(agenda), lines(decisions), absenceReason, nextMeetingOn);
	}

	FollowUpCommands.NewProgress progressCommand() {
		return new FollowUpCommands.NewProgress(progressGoal, measuredOn, score, status, progressNote);
	}

	FollowUpCommands.NewEvaluation evaluationCommand() {
		return new FollowUpCommands.NewEvaluation(moment, evaluatedOn, meeting, continuation, remarks, remarksInternal);
	}

	private static List<String> lines(@Nullable String text) {
		return text == null ? List.of() : Arrays.stream(text.split("\\R")).toList();
	}

	public @Nullable LocalDate getHeldOn() { return heldOn; }
	public void setHeldOn(@Nullable LocalDate heldOn) { this.heldOn = heldOn; }
	public List<ParticipantRow> getParticipants() { return participants; }
	public void setParticipants(List<ParticipantRow> participants) { this.participants = participants; }
	public @Nullable String getAgenda() { return agenda; }
	public void setAgenda(@Nullable String agenda) { this.agenda = agenda; }
	public @Nullable String getDecisions() { return decisions; }
	public void setDecisions(@Nullable String decisions) { this.decisions = decisions; }
	public @Nullable String getAbsenceReason() { return absenceReason; }
	public void setAbsenceReason(@Nullable String absenceReason) { this.absenceReason = absenceReason; }
	public @Nullable LocalDate getNextMeetingOn() { return nextMeetingOn; }
	public void setNextMeetingOn(@Nullable LocalDate nextMeetingOn) { this.nextMeetingOn = nextMeetingOn; }
	public @Nullable UUID getProgressGoal() { return progressGoal; }
	public void setProgressGoal(@Nullable UUID progressGoal) { this.progressGoal = progressGoal; }
	public @Nullable LocalDate getMeasuredOn() { return measuredOn; }
	public void setMeasuredOn(@Nullable LocalDate measuredOn) { this.measuredOn = measuredOn; }
	public @Nullable Integer getScore() { return score; }
	public void setScore(@Nullable Integer score) { this.score = score; }
	public @Nullable GoalStatus getStatus() { return status; }
	public void setStatus(@Nullable GoalStatus status) { this.status = status; }
	public @Nullable String getProgressNote() { return progressNote; }
	public void setProgressNote(@Nullable String progressNote) { this.progressNote = progressNote; }
	public @Nullable EvaluationMoment getMoment() { return moment; }
	public void setMoment(@Nullable EvaluationMoment moment) { this.moment = moment; }
	public @Nullable LocalDate getEvaluatedOn() { return evaluatedOn; }
	public void setEvaluatedOn(@Nullable LocalDate evaluatedOn) { this.evaluatedOn = evaluatedOn; }
	public @Nullable UUID getMeeting() { return meeting; }
	public void setMeeting(@Nullable UUID meeting) { this.meeting = meeting; }
	public @Nullable ContinuationOutcome getContinuation() { return continuation; }
	public void setContinuation(@Nullable ContinuationOutcome continuation) { this.continuation = continuation; }
	public @Nullable String getRemarks() { return remarks; }
	public void setRemarks(@Nullable String remarks) { this.remarks = remarks; }
	public boolean isRemarksInternal() { return remarksInternal; }
	public void setRemarksInternal(boolean remarksInternal) { this.remarksInternal = remarksInternal; }
	public @Nullable Integer getPlanVersion() { return planVersion; }
	public void setPlanVersion(@Nullable Integer planVersion) { this.planVersion = planVersion; }
}
