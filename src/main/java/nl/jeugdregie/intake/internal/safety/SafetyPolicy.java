package nl.jeugdregie.intake.internal.safety;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.jeugdregie.intake.internal.file.Dates;
import nl.jeugdregie.platform.result.Refusal;
import org.jspecify.annotations.Nullable;

/**
 * TOE-14: what a meldcode step, a safety plan and a safety action need. The meldcode steps are taken in
 * order, each on or after the previous one; every date lies between the registration and today (a plan's
 * review date lies ahead instead).
 */
final class SafetyPolicy {

	static final int MAX_TEXT = 2000;
	static final int MAX_RESPONSIBLE = 200;

	private SafetyPolicy() {}

	static List<Refusal> checkStep(SafetyFile file, @Nullable SafetyStep step, @Nullable LocalDate takenOn,
			@Nullable String note, @Nullable SafetyDecision decision, LocalDate registeredOn, LocalDate today) {
		var refusals = new ArrayList<Refusal>();
		var next = file.nextStep();
		if (next == null) {
			refusals.add(Refusal.of("step", "intake.safety.step.allTaken"));
		} else if (step == null) {
			refusals.add(Refusal.of("step", "intake.safety.step.required"));
		} else if (step != next) {
			refusals.add(Refusal.of("step", "intake.safety.step.order", next.dutchName()));
		}
		checkDate(refusals, "takenOn", takenOn, registeredOn, today);
		var previous = file.lastStep();
		if (takenOn != null && previous != null && takenOn.isBefore(previous.takenOn())) {
			refusals.add(Refusal.of("takenOn", "intake.safety.step.beforePrevious", Dates.dutch(previous.takenOn())));
		}
		checkText(refusals, "note", "intake.safety.note.required", note, MAX_TEXT);
		if (step == SafetyStep.DECISION && decision == null) {
			refusals.add(Refusal.of("decision", "intake.safety.decision.required"));
		}
		return first(refusals);
	}

	static List<Refusal> checkPlan(@Nullable String agreements, @Nullable String responsible,
			@Nullable LocalDate reviewOn, LocalDate today) {
		var refusals = new ArrayList<Refusal>();
		checkText(refusals, "agreements", "intake.safety.agreements.required", agreements, MAX_TEXT);
		checkText(refusals, "responsible", "intake.safety.responsible.required", responsible, MAX_RESPONSIBLE);
		if (reviewOn == null) {
			refusals.add(Refusal.of("reviewOn", "intake.safety.plan.reviewOn.required"));
		} else if (reviewOn.isBefore(today)) {
			refusals.add(Refusal.of("reviewOn", "intake.safety.plan.reviewOn.past"));
		}
		return first(refusals);
	}

	static List<Refusal> checkAction(@Nullable SafetyActionKind kind, @Nullable LocalDate takenOn,
			@Nullable String outcome, LocalDate registeredOn, LocalDate today) {
		var refusals = new ArrayList<Refusal>();
		if (kind == null) {
			refusals.add(Refusal.of("kind", "intake.safety.action.kind.required"));
		}
		checkDate(refusals, "takenOn", takenOn, registeredOn, today);
		checkText(refusals, "outcome", "intake.safety.outcome.required", outcome, MAX_TEXT);
		return first(refusals);
	}

	/** A date of something that happened: known, not before the registration, not in the future. */
	static void checkDate(List<Refusal> refusals, String field, @Nullable LocalDate date, LocalDate registeredOn,
			LocalDate today) {
		if (date == null) {
			refusals.add(Refusal.of(field, "intake.safety.date.required"));
		} else if (date.isBefore(registeredOn)) {
			refusals.add(Refusal.of(field, "intake.safety.date.beforeRegistration", Dates.dutch(registeredOn)));
		} else if (date.isAfter(today)) {
			refusals.add(Refusal.of(field, "intake.safety.date.future"));
		}
	}

	static void checkText(List<Refusal> refusals, String field, String requiredCode, @Nullable String text,
			int max) {
		if (text == null || text.isBlank()) {
			refusals.add(Refusal.of(field, requiredCode));
		} else if (text.strip().length() > max) {
			refusals.add(Refusal.of(field, "intake.text.tooLong", max));
		}
	}

	/** One message per field: the first is what to fix first. */
	private static List<Refusal> first(List<Refusal> refusals) {
		var seen = new java.util.HashSet<String>();
		return refusals.stream().filter(v -> seen.add(v.field())).toList();
	}
}
