package nl.jeugdregie.plans.internal.household.summary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.jeugdregie.platform.format.DutchFormat;
import nl.jeugdregie.plans.internal.household.MemberRole;
import nl.jeugdregie.plans.internal.household.HouseholdFile;

/**
 * The household's task list "Wat moet er nu gebeuren?" (issue 13, item 2), computed from what is recorded and
 * today's date: people to add, goals to set, the family's agreement with the current plan version (PLAN-2), an MDO
 * due or overdue (PLAN-1), an evaluation at the latest MDO (PLAN-5), goals without progress (PLAN-5) and young
 * people turning 18 within the horizon without a future plan (PLAN-4). A closed plan has no tasks.
 */
public final class HouseholdTasks {

	/** An MDO this many days ahead is due now. */
	static final int MEETING_DUE_DAYS = 7;

	private HouseholdTasks() {}

	public static List<HouseholdTask> of(HouseholdFile file, HouseholdSummary summary, LocalDate today) {
		if (summary.closed()) {
			return List.of();
		}
		var base = "/gezinnen/" + file.household().id().value();
		var tasks = new ArrayList<HouseholdTask>();
		if (file.members().stream().noneMatch(m -> m.role() == MemberRole.YOUNG_PERSON)) {
			tasks.add(new HouseholdTask("Personen van het gezin toevoegen", base + "/leden/nieuw",
					"Nog geen jeugdige", HouseholdTask.Urgency.DUE));
		}
		var plan = file.plan();
		if (plan.goals().isEmpty()) {
			tasks.add(new HouseholdTask("Doelen in het gezinsplan zetten", base + "/plan/doelen", "Nog geen doelen",
					HouseholdTask.Urgency.DUE));
		} else if (!plan.current().agreementRecorded()) {
			tasks.add(new HouseholdTask("Vragen wat het gezin van versie " + plan.current().number() + " vindt",
					base + "/plan/akkoord", "Nog niet gevraagd", HouseholdTask.Urgency.DUE));
		}
		meeting(summary, today, base).ifPresent(tasks::add);
		if (summary.meetingWithoutEvaluation() != null) {
			tasks.add(new HouseholdTask("Het plan evalueren (MDO van " + DutchFormat.date(summary.meetingWithoutEvaluation())
					+ ")", base + "/voortgang#evalueren-kop", "Nog niet geëvalueerd", HouseholdTask.Urgency.DUE));
		}
		for (var goal : summary.goals()) {
			if (!goal.hasProgress()) {
				tasks.add(new HouseholdTask("Voortgang vastleggen: prioriteit " + goal.goal().priority() + ", "
						+ goal.goal().lifeDomain().dutchName(), base + "/voortgang#voortgang-vastleggen-kop",
						"Nog geen voortgang", HouseholdTask.Urgency.DUE));
			}
		}
		for (var person : summary.youngPeople()) {
			var eighteen = person.eighteenthBirthday();
			if (!person.hasFuturePlan() && eighteen != null && !eighteen.isBefore(today)
					&& !eighteen.isAfter(summary.futurePlanHorizon())) {
				tasks.add(new HouseholdTask("Toekomstplan 18-/18+ maken voor " + person.name(), base + "/toekomstplan",
						"18 op " + DutchFormat.date(eighteen), HouseholdTask.Urgency.DUE));
			}
		}
		return List.copyOf(tasks);
	}

	private static Optional<HouseholdTask> meeting(HouseholdSummary summary, LocalDate today, String base) {
		var next = summary.nextMeeting();
		if (summary.lastMeeting() == null && !summary.goals().isEmpty()) {
			return Optional.of(new HouseholdTask("Het eerste MDO houden", base + "/mdo", "Nog geen MDO",
					HouseholdTask.Urgency.DUE));
		}
		if (next == null) {
			return Optional.empty();
		}
		if (next.isBefore(today)) {
			return Optional.of(new HouseholdTask("MDO houden", base + "/mdo",
					"Te laat: gepland op " + DutchFormat.date(next), HouseholdTask.Urgency.OVERDUE));
		}
		if (!next.isAfter(today.plusDays(MEETING_DUE_DAYS))) {
			return Optional.of(new HouseholdTask("MDO houden", base + "/mdo", "Op " + DutchFormat.date(next),
					HouseholdTask.Urgency.DUE));
		}
		return Optional.empty();
	}
}
