package nl.jeugdregie.plans.internal.followup;

import static nl.jeugdregie.plans.internal.household.TextInputPolicy.present;
import static nl.jeugdregie.plans.internal.household.TextInputPolicy.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.jeugdregie.plans.internal.household.TextInputPolicy;
import nl.jeugdregie.plans.internal.plan.Contributor;
import nl.jeugdregie.plans.internal.plan.PlanInputPolicy;
import nl.jeugdregie.platform.result.Refusal;

/**
 * What an MDO (multidisciplinary meeting) must contain (PLAN-1, PLAN-5): its date, not in the future; at least
 * one participant, each with a name and who they are; the family (resident) always among those invited; and when
 * no one of the family was present, the reason why. Agenda items and decisions are optional lines.
 */
final class MeetingPolicy {

	static final int MAX_PARTICIPANTS = 30;
	static final int MAX_ITEMS = 30;
	static final int MAX_ITEM = 1000;
	static final int MAX_REASON = 1000;

	private MeetingPolicy() {}

	static List<Refusal> check(FollowUpCommands.NewMeeting meeting, LocalDate today) {
		var refusals = new ArrayList<Refusal>();
		if (meeting.heldOn() == null) {
			refusals.add(Refusal.of("heldOn", "plans.heldOn.required"));
		} else if (meeting.heldOn().isAfter(today)) {
			refusals.add(Refusal.of("heldOn", "plans.heldOn.future"));
		}
		participants(refusals, meeting);
		items(refusals, "agenda", meeting.agendaItems());
		items(refusals, "decisions", meeting.decisionItems());
		var next = meeting.nextMeetingOn();
		if (next != null && meeting.heldOn() != null && !next.isAfter(meeting.heldOn())) {
			refusals.add(Refusal.of("nextMeetingOn", "plans.nextMeetingOn.beforeHeld"));
		}
		return List.copyOf(refusals);
	}

	private static void participants(List<Refusal> refusals, FollowUpCommands.NewMeeting meeting) {
		var participants = meeting.filledInParticipants();
		if (participants.isEmpty()) {
			refusals.add(Refusal.of("participants", "plans.participants.required"));
			return;
		}
		if (participants.size() > MAX_PARTICIPANTS) {
			refusals.add(Refusal.of("participants", "plans.participants.tooMany", MAX_PARTICIPANTS));
		}
		if (participants.stream().anyMatch(p -> !present(p.name()) || p.kind() == null)) {
			refusals.add(Refusal.of("participants", "plans.participants.incomplete"));
		} else if (participants.stream().anyMatch(p -> p.name().strip().length() > PlanInputPolicy.MAX_NAME)) {
			refusals.add(Refusal.of("participants", "plans.text.tooLong", PlanInputPolicy.MAX_NAME));
		}
		if (participants.stream().noneMatch(p -> p.kind() == Contributor.FAMILY)) {
			refusals.add(Refusal.of("participants", "plans.participants.familyNotInvited"));
		} else if (participants.stream().noneMatch(FollowUpCommands.Participant::familyPresent)) {
			// The resident is always invited; a meeting about them without them needs a recorded reason.
			text(refusals, "absenceReason", meeting.absenceReason(), MAX_REASON, true);
		}
	}

	private static void items(List<Refusal> refusals, String field, List<String> items) {
		if (items.size() > MAX_ITEMS) {
			refusals.add(Refusal.of(field, "plans.items.tooMany", MAX_ITEMS));
		} else if (items.stream().anyMatch(item -> item.length() > MAX_ITEM)) {
			refusals.add(Refusal.of(field, "plans.text.tooLong", MAX_ITEM));
		}
	}
}
