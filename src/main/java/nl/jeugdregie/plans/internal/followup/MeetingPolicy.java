package nl.jeugdregie.plans.internal.followup;

import static nl.jeugdregie.plans.internal.household.InputRules.present;
import static nl.jeugdregie.plans.internal.household.InputRules.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.jeugdregie.plans.internal.household.InputRules;
import nl.jeugdregie.plans.internal.household.Violation;
import nl.jeugdregie.plans.internal.plan.Contributor;
import nl.jeugdregie.plans.internal.plan.PlanInputPolicy;

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

	static List<Violation> check(FollowUpCommands.NewMeeting meeting, LocalDate today) {
		var violations = new ArrayList<Violation>();
		if (meeting.heldOn() == null) {
			violations.add(new Violation("heldOn", "plans.heldOn.required"));
		} else if (meeting.heldOn().isAfter(today)) {
			violations.add(new Violation("heldOn", "plans.heldOn.future"));
		}
		participants(violations, meeting);
		items(violations, "agenda", meeting.agendaItems());
		items(violations, "decisions", meeting.decisionItems());
		var next = meeting.nextMeetingOn();
		if (next != null && meeting.heldOn() != null && !next.isAfter(meeting.heldOn())) {
			violations.add(new Violation("nextMeetingOn", "plans.nextMeetingOn.beforeHeld"));
		}
		return List.copyOf(violations);
	}

	private static void participants(List<Violation> violations, FollowUpCommands.NewMeeting meeting) {
		var participants = meeting.filledInParticipants();
		if (participants.isEmpty()) {
			violations.add(new Violation("participants", "plans.participants.required"));
			return;
		}
		if (participants.size() > MAX_PARTICIPANTS) {
			violations.add(new Violation("participants", "plans.participants.tooMany", MAX_PARTICIPANTS));
		}
		if (participants.stream().anyMatch(p -> !present(p.name()) || p.kind() == null)) {
			violations.add(new Violation("participants", "plans.participants.incomplete"));
		} else if (participants.stream().anyMatch(p -> p.name().strip().length() > PlanInputPolicy.MAX_NAME)) {
			violations.add(new Violation("participants", "plans.text.tooLong", PlanInputPolicy.MAX_NAME));
		}
		if (participants.stream().noneMatch(p -> p.kind() == Contributor.FAMILY)) {
			violations.add(new Violation("participants", "plans.participants.familyNotInvited"));
		} else if (participants.stream().noneMatch(FollowUpCommands.Participant::familyPresent)) {
			// The resident is always invited; a meeting about them without them needs a recorded reason.
			text(violations, "absenceReason", meeting.absenceReason(), MAX_REASON, true);
		}
	}

	private static void items(List<Violation> violations, String field, List<String> items) {
		if (items.size() > MAX_ITEMS) {
			violations.add(new Violation(field, "plans.items.tooMany", MAX_ITEMS));
		} else if (items.stream().anyMatch(item -> item.length() > MAX_ITEM)) {
			violations.add(new Violation(field, "plans.text.tooLong", MAX_ITEM));
		}
	}
}
