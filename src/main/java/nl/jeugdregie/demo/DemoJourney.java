package nl.jeugdregie.demo;

import java.time.LocalDate;
import java.util.Map;
import java.util.Random;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.intake.ClosureReason;
import nl.jeugdregie.intake.HelpRequestId;
import nl.jeugdregie.intake.HelpRequestLifecycle;
import nl.jeugdregie.intake.Step;
import nl.jeugdregie.intake.TriageChecklist;
import nl.jeugdregie.intake.TriageOutcome;
import nl.jeugdregie.intake.Urgency;
import nl.jeugdregie.platform.result.Outcome;

/**
 * Walks one demo request through a plausible part of its lifecycle after the first conversation: triage,
 * conversations, an application and closure, each on a date no later than today. Some steps come late, so
 * the worklists and reports have exceedances to show.
 */
final class DemoJourney {

	private final HelpRequestLifecycle lifecycle;
	private final TriageChecklist checklists;
	private final Random random;
	private final LocalDate today;

	DemoJourney(HelpRequestLifecycle lifecycle, TriageChecklist checklists, Random random, LocalDate today) {
		this.lifecycle = lifecycle;
		this.checklists = checklists;
		this.random = random;
		this.today = today;
	}

	void continueFrom(HelpRequestId id, LocalDate firstConversation, CurrentUser professional) {
		var roll = random.nextInt(100);
		var outcome = roll < 12 ? TriageOutcome.NO_CARE_NEEDED : roll < 18 ? TriageOutcome.SOCIAL_TEAM
				: roll < 24 ? TriageOutcome.PRECEDING_FIELD : roll < 40 ? TriageOutcome.SPECIALISED_CARE
				: TriageOutcome.CJG_TREATMENT;
		var triageOn = firstConversation.plusDays(random.nextInt(0, 8));
		// TOE-4: triage is based on the life-domain checklist, recorded first.
		if (triageOn.isAfter(today) || !(checklists.recordConcerns(id, Map.of(), professional) instanceof Outcome.Done<String>)) {
			return;
		}
		if (!step(id, new Step.DecideTriage(outcome, random.nextInt(10) < 2 ? Urgency.HIGH : Urgency.NORMAL,
				"Leefgebieden en gezin in kaart gebracht; " + outcome.dutchName().toLowerCase(),
				outcome == TriageOutcome.NO_CARE_NEEDED
						? "Wat u beschrijft past bij de leeftijd. U kunt altijd terugkomen bij het CJG." : null,
				triageOn), professional)) {
			return;
		}
		var last = triageOn;
		if (outcome == TriageOutcome.CJG_TREATMENT) {
			var conversations = random.nextInt(1, 5);
			for (var i = 0; i < conversations; i++) {
				last = last.plusDays(random.nextInt(5, 15));
				if (!step(id, new Step.HoldConversation(last), professional)) {
					return;
				}
			}
			if (random.nextInt(100) < 65) {
				step(id, new Step.Close(ClosureReason.SOLVED_BY_CJG, last.plusDays(random.nextInt(1, 10))), professional);
				return;
			}
			step(id, new Step.NeedSpecialisedCare(), professional);
		}
		if (outcome == TriageOutcome.CJG_TREATMENT || outcome == TriageOutcome.SPECIALISED_CARE) {
			var appliedOn = last.plusDays(random.nextInt(100) < 75 ? random.nextInt(1, 15) : random.nextInt(15, 30));
			if (step(id, new Step.RecordApplication(appliedOn), professional) && random.nextInt(100) < 70) {
				var careStarts = appliedOn.plusDays(random.nextInt(100) < 70 ? random.nextInt(20, 57) : random.nextInt(57, 90));
				step(id, new Step.Close(ClosureReason.SPECIALISED_CARE_STARTED, careStarts), professional);
			}
		}
	}

	/** TOE-6: most applicants waiting past the term get a contact agreement, and a first contact. */
	void keepInTouchWhileWaiting(HelpRequestId id, LocalDate registeredOn, CurrentUser professional) {
		var agreedOn = registeredOn.plusDays(15);
		if (random.nextInt(100) < 60 && step(id, new Step.AgreeContact(7, agreedOn), professional)) {
			step(id, new Step.RecordContact(agreedOn.plusDays(random.nextInt(3, 8))), professional);
		}
	}

	/** Performs a step dated no later than today; a later one has not happened yet. */
	private boolean step(HelpRequestId id, Step step, CurrentUser professional) {
		var on = switch (step) {
			case Step.DecideTriage t -> t.decidedOn();
			case Step.HoldConversation c -> c.heldOn();
			case Step.RecordApplication a -> a.appliedOn();
			case Step.Close c -> c.closedOn();
			case Step.NeedSpecialisedCare n -> today;
			case Step.ContinueBeyondMaximum c -> today;
			case Step.AgreeContact a -> a.agreedOn();
			case Step.RecordContact c -> c.contactedOn();
		};
		if (on == null || on.isAfter(today)) {
			return false;
		}
		return lifecycle.perform(id, step, professional) instanceof Outcome.Done<String>;
	}
}
