package nl.jeugdregie.plans.internal.socialwork;

import static nl.jeugdregie.plans.internal.household.TextInputPolicy.present;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import nl.jeugdregie.plans.internal.household.TextInputPolicy;
import nl.jeugdregie.platform.result.Refusal;

/**
 * What the steps of an adult's social work trajectory must contain (PLAN-8, PLAN-9). Registration: a resident of
 * 18 or older on the registration date (younger people go to youth care as a help request), the question, a
 * registration date not in the future. Clarification: the clarified question, and for steun en leun a contact
 * rhythm of 1 to 26 weeks (monthly or two-monthly in the source). Contacts and closure: their kind, initiator or
 * exit route. Dates are checked by {@link SocialWorkDatePolicy}.
 */
final class SocialWorkInputPolicy {

	/** The age of majority: where the Jeugdwet ends and adult social work begins (law, not a municipal norm). */
	static final int ADULT_AGE = 18;
	static final int MAX_NAME = 100;
	static final int MAX_TEXT = 1000;
	static final int MIN_RHYTHM_WEEKS = 1;
	static final int MAX_RHYTHM_WEEKS = 26;

	private SocialWorkInputPolicy() {}

	static List<Refusal> check(SocialWorkCommands.NewTrajectory command, LocalDate today) {
		var refusals = new ArrayList<Refusal>();
		text(refusals, "residentName", command.residentName(), MAX_NAME);
		var born = command.residentDateOfBirth();
		if (born == null) {
			refusals.add(Refusal.of("residentDateOfBirth", "socialwork.residentDateOfBirth.required"));
		} else if (born.isAfter(today)) {
			refusals.add(Refusal.of("residentDateOfBirth", "socialwork.residentDateOfBirth.future"));
		} else if (Period.between(born, command.registeredOn() == null ? today : command.registeredOn()).getYears() < ADULT_AGE) {
			refusals.add(Refusal.of("residentDateOfBirth", "socialwork.residentDateOfBirth.minor"));
		}
		text(refusals, "question", command.question(), MAX_TEXT);
		if (command.registeredOn() == null) {
			refusals.add(Refusal.of("registeredOn", "socialwork.date.required"));
		} else if (command.registeredOn().isAfter(today)) {
			refusals.add(Refusal.of("registeredOn", "socialwork.date.future"));
		}
		return List.copyOf(refusals);
	}

	static List<Refusal> check(SocialWorkCommands.Conversation command) {
		var refusals = new ArrayList<Refusal>();
		text(refusals, "summary", command.summary(), MAX_TEXT);
		return List.copyOf(refusals);
	}

	static List<Refusal> check(SocialWorkCommands.Clarified command) {
		var refusals = new ArrayList<Refusal>();
		text(refusals, "clarifiedQuestion", command.clarifiedQuestion(), MAX_TEXT);
		if (command.trajectoryKind() == null) {
			refusals.add(Refusal.of("trajectoryKind", "socialwork.trajectoryKind.required"));
		} else if (command.trajectoryKind() == TrajectoryKind.SUPPORT_AND_LEAN) {
			var rhythm = command.contactRhythmWeeks();
			if (rhythm == null) {
				refusals.add(Refusal.of("contactRhythmWeeks", "socialwork.rhythm.required"));
			} else if (rhythm < MIN_RHYTHM_WEEKS || rhythm > MAX_RHYTHM_WEEKS) {
				refusals.add(Refusal.of("contactRhythmWeeks", "socialwork.rhythm.range", MIN_RHYTHM_WEEKS, MAX_RHYTHM_WEEKS));
			}
		}
		return List.copyOf(refusals);
	}

	static List<Refusal> check(SocialWorkCommands.NewContact command) {
		var refusals = new ArrayList<Refusal>();
		if (command.contactKind() == null || command.contactKind() == ContactKind.CLARIFICATION) {
			refusals.add(Refusal.of("contactKind", "socialwork.contactKind.required"));
		}
		if (command.initiatedBy() == null) {
			refusals.add(Refusal.of("initiatedBy", "socialwork.initiatedBy.required"));
		}
		text(refusals, "contactSummary", command.contactSummary(), MAX_TEXT);
		return List.copyOf(refusals);
	}

	static List<Refusal> check(SocialWorkCommands.Closure command) {
		return command.exitRoute() == null ? List.of(Refusal.of("exitRoute", "socialwork.exitRoute.required")) : List.of();
	}

	private static void text(List<Refusal> refusals, String field, @org.jspecify.annotations.Nullable String value, int max) {
		if (!present(value)) {
			refusals.add(Refusal.of(field, "socialwork." + field + ".required"));
		} else if (value.strip().length() > max) {
			refusals.add(Refusal.of(field, "socialwork.text.tooLong", max));
		}
	}
}
