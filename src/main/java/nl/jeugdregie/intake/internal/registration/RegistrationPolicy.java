package nl.jeugdregie.intake.internal.registration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.jeugdregie.intake.RegisterHelpRequest;
import nl.jeugdregie.intake.Violation;
import org.jspecify.annotations.Nullable;

/**
 * What a registration must contain (TOE-1, TOE-3): names, a date of birth giving an age of 0 to 23 on the
 * registration date, a BSN passing the eleven-test when given, channel, who brought it and the question.
 */
public final class RegistrationPolicy {

	static final int MAX_NAME = 100;
	static final int MAX_RELATION = 50;
	static final int MAX_QUESTION = 2000;
	static final int MAX_AGE = 23;

	private RegistrationPolicy() {}

	public static List<Violation> check(RegisterHelpRequest request, LocalDate registeredOn) {
		var violations = new ArrayList<Violation>();
		text(violations, "givenName", request.givenName(), MAX_NAME, true);
		text(violations, "familyName", request.familyName(), MAX_NAME, true);
		dateOfBirth(violations, request.dateOfBirth(), registeredOn);
		bsn(violations, request.bsn());
		carer(violations, request.carerName(), request.carerRelation());
		if (request.channel() == null) {
			violations.add(new Violation("channel", "intake.channel.required"));
		}
		if (request.referrer() == null) {
			violations.add(new Violation("referrer", "intake.referrer.required"));
		}
		text(violations, "question", request.question(), MAX_QUESTION, true);
		return List.copyOf(violations);
	}

	private static void dateOfBirth(List<Violation> violations, @Nullable LocalDate dateOfBirth, LocalDate registeredOn) {
		if (dateOfBirth == null) {
			violations.add(new Violation("dateOfBirth", "intake.dateOfBirth.required"));
		} else if (dateOfBirth.isAfter(registeredOn)) {
			violations.add(new Violation("dateOfBirth", "intake.dateOfBirth.future"));
		} else if (new YoungPerson("-", "-", dateOfBirth, null).ageOn(registeredOn) > MAX_AGE) {
			violations.add(new Violation("dateOfBirth", "intake.dateOfBirth.tooOld", MAX_AGE));
		}
	}

	private static void bsn(List<Violation> violations, @Nullable String bsn) {
		if (bsn != null && !bsn.isBlank() && !Bsn.isValid(Bsn.normalise(bsn))) {
			violations.add(new Violation("bsn", "intake.bsn.invalid"));
		}
	}

	private static void carer(List<Violation> violations, @Nullable String name, @Nullable String relation) {
		text(violations, "carerName", name, MAX_NAME, false);
		text(violations, "carerRelation", relation, MAX_RELATION, false);
		if (present(name) && !present(relation)) {
			violations.add(new Violation("carerRelation", "intake.carerRelation.required"));
		}
	}

	private static void text(List<Violation> violations, String field, @Nullable String value, int max,
			boolean required) {
		if (!present(value)) {
			if (required) {
				violations.add(new Violation(field, "intake." + field + ".required"));
			}
		} else if (value.strip().length() > max) {
			violations.add(new Violation(field, "intake.text.tooLong", max));
		}
	}

	public static boolean present(@Nullable String value) {
		return value != null && !value.isBlank();
	}
}
