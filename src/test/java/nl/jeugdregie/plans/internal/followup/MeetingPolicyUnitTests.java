package nl.jeugdregie.plans.internal.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.jeugdregie.plans.internal.followup.FollowUpCommands.NewMeeting;
import nl.jeugdregie.plans.internal.followup.FollowUpCommands.Participant;
import nl.jeugdregie.plans.internal.plan.Contributor;
import nl.jeugdregie.platform.result.Refusal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** PLAN-1, PLAN-5: what an MDO must contain before it is recorded. */
class MeetingPolicyUnitTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 16);
	static final Participant MOTHER_PRESENT = new Participant("Sanne Jansen", Contributor.FAMILY, true);
	static final Participant MOTHER_ABSENT = new Participant("Sanne Jansen", Contributor.FAMILY, false);
	static final Participant PROFESSIONAL = new Participant("Jeugdprofessional", Contributor.PROFESSIONAL, true);

	static NewMeeting meeting(List<Participant> participants, String absenceReason) {
		return new NewMeeting(TODAY, participants, List.of("Doelen bespreken"), List.of("Daan gaat naar de sportclub"),
				absenceReason, TODAY.plusWeeks(6));
	}

	static List<String> fields(List<Refusal> refusals) {
		return refusals.stream().map(v -> v.field() + ":" + v.code()).toList();
	}

	@Test
	@DisplayName("PLAN-1: accepts an MDO with the family present")
	void acceptsAnMdoWithTheFamilyPresent() {
		assertThat(MeetingPolicy.check(meeting(List.of(MOTHER_PRESENT, PROFESSIONAL), null), TODAY)).isEmpty();
	}

	@Test
	@DisplayName("PLAN-1: refuses an MDO without participants; empty form rows are no participants")
	void refusesAnMdoWithoutParticipants() {
		assertThat(fields(MeetingPolicy.check(meeting(List.of(), null), TODAY)))
				.containsExactly("participants:plans.participants.required");
		assertThat(fields(MeetingPolicy.check(meeting(List.of(new Participant(" ", null, true)), null), TODAY)))
				.containsExactly("participants:plans.participants.required");
	}

	@Test
	@DisplayName("PLAN-1: refuses an MDO to which the family (resident) was not invited")
	void refusesAnMdoWithoutTheFamilyInvited() {
		assertThat(fields(MeetingPolicy.check(meeting(List.of(PROFESSIONAL), "Niet nodig"), TODAY)))
				.containsExactly("participants:plans.participants.familyNotInvited");
	}

	@Test
	@DisplayName("PLAN-1: refuses an MDO without the resident present unless the reason is recorded")
	void refusesAnMdoWithoutTheResidentPresentUnlessAReasonIsGiven() {
		assertThat(fields(MeetingPolicy.check(meeting(List.of(MOTHER_ABSENT, PROFESSIONAL), null), TODAY)))
				.containsExactly("absenceReason:plans.absenceReason.required");
		assertThat(MeetingPolicy.check(meeting(List.of(MOTHER_ABSENT, PROFESSIONAL), "Moeder was ziek"), TODAY)).isEmpty();
	}

	@Test
	void refusesAParticipantWithoutNameOrWhoTheyAre() {
		assertThat(fields(MeetingPolicy.check(meeting(List.of(MOTHER_PRESENT, new Participant("Opa", null, true)), null), TODAY)))
				.containsExactly("participants:plans.participants.incomplete");
	}

	@Test
	void refusesAMeetingInTheFutureOrANextMeetingBeforeIt() {
		var future = new NewMeeting(TODAY.plusDays(1), List.of(MOTHER_PRESENT), null, null, null, null);
		assertThat(fields(MeetingPolicy.check(future, TODAY))).containsExactly("heldOn:plans.heldOn.future");
		var nextBefore = new NewMeeting(TODAY, List.of(MOTHER_PRESENT), null, null, null, TODAY);
		assertThat(fields(MeetingPolicy.check(nextBefore, TODAY))).containsExactly("nextMeetingOn:plans.nextMeetingOn.beforeHeld");
		var noDate = new NewMeeting(null, List.of(MOTHER_PRESENT), null, null, null, null);
		assertThat(fields(MeetingPolicy.check(noDate, TODAY))).containsExactly("heldOn:plans.heldOn.required");
	}
}
