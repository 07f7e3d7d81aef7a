package nl.jeugdregie.intake.internal.registration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.jeugdregie.intake.RegisterHelpRequest;
import nl.jeugdregie.platform.result.Refusal;
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

	public static List<Refusal> check(RegisterHelpRequest request, LocalDate registeredOn) {
		var refusals = new ArrayList<Refusal>();
		text(refusals, "givenName", request.givenName(), MAX_NAME, true);
		text(refusals, "familyName", request.familyName(), MAX_NAME, true);
		dateOfBirth(refusals, request.dateOfBirth(), registeredOn);
		bsn(refusals, request.bsn());
		carer(refusals, request.carerName(), request.carerRelation());
		if (request.channel() == null) {
			refusals.add(Refusal.of("channel", "intake.channel.required"));
		}
		if (request.referrer() == null) {
			refusals.add(Refusal.of("referrer", "intake.referrer.required"));
		}
		text(refusals, "question", request.question(), MAX_QUESTION, true);
		return List.copyOf(refusals);
	}

	private static void dateOfBirth(List<Refusal> refusals, @Nullable LocalDate dateOfBirth, LocalDate registeredOn) {
		if (dateOfBirth == null) {
			refusals.add(Refusal.of("dateOfBirth", "intake.dateOfBirth.required"));
		} else if (dateOfBirth.isAfter(registeredOn)) {
			refusals.add(Refusal.of("dateOfBirth", "intake.dateOfBirth.future"));
		} else if (new YoungPerson("-", "-", dateOfBirth, null).ageOn(registeredOn) > MAX_AGE) {
			refusals.add(Refusal.of("dateOfBirth", "intake.dateOfBirth.tooOld", MAX_AGE));
		}
	}

	private static void bsn(List<Refusal> refusals, @Nullable String bsn) {
		if (bsn != null && !bsn.isBlank() && !Bsn.isValid(Bsn.normalise(bsn))) {
			refusals.add(Refusal.of("bsn", "intake.bsn.invalid"));
		}
	}

	private static void carer(List<Refusal> refusals, @Nullable String name, @Nullable String relation) {
		text(refusals, "carerName", name, MAX_NAME, false);
		text(refusals, "carerRelation", relation, MAX_RELATION, false);
		if (present(name) && !present(relation)) {
			refusals.add(Refusal.of("carerRelation", "intake.carerRelation.required"));
		}
	}

	private static void text(List<Refusal> refusals, String field, @Nullable String value, int max,
			boolean required) {
		if (!present(value)) {
			if (required) {
				refusals.add(Refusal.of(field, "intake." + field + ".required"));
			}
		} else if (value.strip().length() > max) {
			refusals.add(Refusal.of(field, "intake.text.tooLong", max));
		}
	}

	public static boolean present(@Nullable String value) {
		return value != null && !value.isBlank();
	}
}
