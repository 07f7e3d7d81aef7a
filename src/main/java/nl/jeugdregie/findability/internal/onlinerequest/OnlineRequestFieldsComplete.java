package nl.jeugdregie.findability.internal.onlinerequest;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.jeugdregie.intake.Referrer;
import nl.jeugdregie.platform.format.DutchFormat;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.Policy;
import nl.jeugdregie.platform.result.Refusal;

/**
 * VIND-3: every field of the public form is checked: who asks (the young person or a parent), the young person's
 * names and date of birth (age 0 to 23, not in the future), the parent's name and relation when a parent asks,
 * a Dutch postcode, a phone number or an e-mail address (at least one, each in a valid form) and the question.
 * {@link #request} gives every refusal at once, or the checked request.
 */
final class OnlineRequestFieldsComplete implements Policy<OnlineRequestFieldsComplete.Input> {

	static final int MAX_NAME = 100;
	static final int MAX_RELATION = 50;
	static final int MAX_QUESTION = 1500;
	static final int MAX_AGE = 23;

	record Input(OnlineRequestForm form, LocalDate today) {}

	@Override
	public Optional<Refusal> check(Input input) {
		return switch (request(input.form(), input.today())) {
			case Outcome.Refused<OnlineRequest>(var refusals) -> Optional.of(refusals.getFirst());
			case Outcome.Done<OnlineRequest> done -> Optional.empty();
			case Outcome.NotFound<OnlineRequest>() -> Optional.empty();
			case Outcome.Forbidden<OnlineRequest> forbidden -> Optional.empty();
			case Outcome.Stale<OnlineRequest> stale -> Optional.empty();
		};
	}

	static Outcome<OnlineRequest> request(OnlineRequestForm form, LocalDate today) {
		var refusals = new ArrayList<Refusal>();
		var who = switch (OnlineRequestForm.text(form.getWho())) {
			case "YOUNG_PERSON" -> Referrer.YOUNG_PERSON;
			case "PARENT" -> Referrer.PARENT;
			default -> null;
		};
		if (who == null) {
			refusals.add(Refusal.of("who", "findability.online.who.required"));
		}
		var givenName = text(refusals, "givenName", form.getGivenName(), MAX_NAME, true);
		var familyName = text(refusals, "familyName", form.getFamilyName(), MAX_NAME, true);
		var dateOfBirth = dateOfBirth(refusals, OnlineRequestForm.text(form.getDateOfBirth()), today);
		var parent = who == Referrer.PARENT;
		var carerName = text(refusals, "carerName", form.getCarerName(), MAX_NAME, parent);
		var carerRelation = text(refusals, "carerRelation", form.getCarerRelation(), MAX_RELATION, parent);
		var postcode = OnlineRequestForm.text(form.getPostcode());
		if (postcode.isEmpty()) {
			refusals.add(Refusal.of("postcode", "findability.online.postcode.required"));
		} else if (!Postcode.isValid(postcode)) {
			refusals.add(Refusal.of("postcode", "findability.online.postcode.invalid"));
		}
		var phone = OnlineRequestForm.text(form.getPhone());
		var phoneDigits = phone.replaceAll("[\\s-]", "");
		if (!phone.isEmpty() && !phoneDigits.matches("(\\+31|0)[1-9][0-9]{8}")) {
			refusals.add(Refusal.of("phone", "findability.online.phone.invalid"));
		}
		var email = OnlineRequestForm.text(form.getEmail());
		if (!email.isEmpty() && (email.length() > 120 || !email.matches("[^@\\s<>]+@[^@\\s<>]+\\.[A-Za-z]{2,}"))) {
			refusals.add(Refusal.of("email", "findability.online.email.invalid"));
		}
		if (phone.isEmpty() && email.isEmpty()) {
			refusals.add(Refusal.of("phone", "findability.online.contact.required"));
		}
		var question = text(refusals, "question", form.getQuestion(), MAX_QUESTION, true);
		if (!refusals.isEmpty()) {
			return Outcome.refused(refusals);
		}
		return Outcome.done(new OnlineRequest(who, givenName, familyName, dateOfBirth, parent ? carerName : null,
				parent ? carerRelation : null, new Postcode(postcode), phone.isEmpty() ? null : phoneDigits,
				email.isEmpty() ? null : email, question));
	}

	private static LocalDate dateOfBirth(List<Refusal> refusals, String text, LocalDate today) {
		if (text.isEmpty()) {
			refusals.add(Refusal.of("dateOfBirth", "findability.online.dateOfBirth.required"));
			return today;
		}
		var parsed = DutchFormat.parseDate(text).filter(date -> exists(date, text));
		if (parsed.isEmpty()) {
			refusals.add(Refusal.of("dateOfBirth", "findability.online.dateOfBirth.invalid"));
			return today;
		}
		if (parsed.get().isAfter(today)) {
			refusals.add(Refusal.of("dateOfBirth", "findability.online.dateOfBirth.future"));
		} else if (Period.between(parsed.get(), today).getYears() > MAX_AGE) {
			refusals.add(Refusal.of("dateOfBirth", "findability.online.dateOfBirth.tooOld", MAX_AGE));
		}
		return parsed.get();
	}

	/** The parser moves 31-2 to the last day of February; a date that does not exist is refused instead. */
	private static boolean exists(LocalDate parsed, String text) {
		var parts = text.split("-");
		var day = parts.length == 3 ? (parts[0].length() == 4 ? parts[2] : parts[0]) : "";
		return day.matches("[0-9]{1,2}") && Integer.parseInt(day) == parsed.getDayOfMonth();
	}

	private static String text(List<Refusal> refusals, String field, @org.jspecify.annotations.Nullable String value,
			int max, boolean required) {
		var text = OnlineRequestForm.text(value);
		if (text.isEmpty() && required) {
			refusals.add(Refusal.of(field, "findability.online." + field + ".required"));
		} else if (text.length() > max) {
			refusals.add(Refusal.of(field, "findability.text.tooLong", max));
		}
		return text;
	}
}
