package nl.jeugdregie.intake.internal.safety;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.jeugdregie.intake.Violation;
import nl.jeugdregie.intake.internal.file.Dates;
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

	static List<Violation> checkStep(SafetyFile file, @Nullable SafetyStep step, @Nullable LocalDate takenOn,
			@Nullable String note, @Nullable SafetyDecision decision, LocalDate registeredOn, LocalDate today) {
		var violations = new ArrayList<Violation>();
		var next = file.nextStep();
		if (next == null) {
			violations.add(new Violation("step", "intake.safety.step.allTaken"));
		} else if (step == null) {
			violations.add(new Violation("step", "intake.safety.step.required"));
		} else if (step != next) {
			violations.add(new Violation("step", "intake.safety.step.order", next.dutchName()));
		}
		checkDate(violations, "takenOn", takenOn, registeredOn, today);
		var previous = file.lastStep();
		if (takenOn != null && previous != null && takenOn.isBefore(previous.takenOn())) {
			violations.add(new Violation("takenOn", "intake.safety.step.beforePrevious", Dates.dutch(previous.takenOn())));
		}
		checkText(violations, "note", "intake.safety.note.required", note, MAX_TEXT);
		if (step == SafetyStep.DECISION && decision == null) {
			violations.add(new Violation("decision", "intake.safety.decision.required"));
		}
		return first(violations);
	}

	static List<Violation> checkPlan(@Nullable String agreements, @Nullable String responsible,
			@Nullable LocalDate reviewOn, LocalDate today) {
		var violations = new ArrayList<Violation>();
		checkText(violations, "agreements", "intake.safety.agreements.required", agreements, MAX_TEXT);
		checkText(violations, "responsible", "intake.safety.responsible.required", responsible, MAX_RESPONSIBLE);
		if (reviewOn == null) {
			violations.add(new Violation("reviewOn", "intake.safety.plan.reviewOn.required"));
		} else if (reviewOn.isBefore(today)) {
			violations.add(new Violation("reviewOn", "intake.safety.plan.reviewOn.past"));
		}
		return first(violations);
	}

	static List<Violation> checkAction(@Nullable SafetyActionKind kind, @Nullable LocalDate takenOn,
			@Nullable String outcome, LocalDate registeredOn, LocalDate today) {
		var violations = new ArrayList<Violation>();
		if (kind == null) {
			violations.add(new Violation("kind", "intake.safety.action.kind.required"));
		}
		checkDate(violations, "takenOn", takenOn, registeredOn, today);
		checkText(violations, "outcome", "intake.safety.outcome.required", outcome, MAX_TEXT);
		return first(violations);
	}

	/** A date of something that happened: known, not before the registration, not in the future. */
	static void checkDate(List<Violation> violations, String field, @Nullable LocalDate date, LocalDate registeredOn,
			LocalDate today) {
		if (date == null) {
			violations.add(new Violation(field, "intake.safety.date.required"));
		} else if (date.isBefore(registeredOn)) {
			violations.add(new Violation(field, "intake.safety.date.beforeRegistration", Dates.dutch(registeredOn)));
		} else if (date.isAfter(today)) {
			violations.add(new Violation(field, "intake.safety.date.future"));
		}
	}

	static void checkText(List<Violation> violations, String field, String requiredCode, @Nullable String text,
			int max) {
		if (text == null || text.isBlank()) {
			violations.add(new Violation(field, requiredCode));
		} else if (text.strip().length() > max) {
			violations.add(new Violation(field, "intake.text.tooLong", max));
		}
	}

	/** One message per field: the first is what to fix first. */
	private static List<Violation> first(List<Violation> violations) {
		var seen = new java.util.HashSet<String>();
		return violations.stream().filter(v -> seen.add(v.field())).toList();
	}
}
